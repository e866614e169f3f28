using PlanBot.Core.Import;
using PlanBot.Tests.Support;
using static PlanBot.Tests.Support.DocxBuilder;

namespace PlanBot.Tests.Import;

/// <summary>.docx plans with the structures Word writes: automatic numbering, layout tables, merged cells, an appendix.</summary>
public sealed class PlanFileDocxTests
{
    private static readonly string Seed = File.ReadAllText(Repo.SeedPlan);

    private static List<string> Lines(DocxBuilder docx) =>
        DocxText.Read(new MemoryStream(docx.Build())).Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToList();

    /// <summary>The rows of the task table used here and in the PDF tests: a two-row header and merged cells.</summary>
    internal static readonly string[][] TaskTable =
    [
        ["STT", "Nội dung công việc", "Đơn vị", SpanLeft, "Thời gian hoàn thành"],
        [SameAsAbove, SameAsAbove, "Chủ trì", "Phối hợp", SameAsAbove],
        ["1", "Xây dựng chương trình hội nghị", "Văn phòng Sở", "Phòng Kế hoạch - Tài chính", "Trước ngày 20/12/2022"],
        ["2", "Chuẩn bị hội trường, âm thanh", SameAsAbove, "Công đoàn Sở", "Trước ngày 04/01/2023"],
        ["3", "Báo cáo tổng kết hoạt động Công đoàn", "Công đoàn Sở", "", "Trước ngày 30/12/2022"],
    ];

    internal static readonly string[] TaskTableRows =
    [
        "| STT | Nội dung công việc | Đơn vị | Đơn vị | Thời gian hoàn thành |",
        "| STT | Nội dung công việc | Chủ trì | Phối hợp | Thời gian hoàn thành |",
        "| 1 | Xây dựng chương trình hội nghị | Văn phòng Sở | Phòng Kế hoạch - Tài chính | Trước ngày 20/12/2022 |",
        "| 2 | Chuẩn bị hội trường, âm thanh | Văn phòng Sở | Công đoàn Sở | Trước ngày 04/01/2023 |",
        "| 3 | Báo cáo tổng kết hoạt động Công đoàn | Công đoàn Sở |  | Trước ngày 30/12/2022 |",
    ];

    [Fact]
    public void Word_numbering_is_written_as_Word_shows_it()
    {
        var docx = new DocxBuilder()
            .Numbered("MỤC ĐÍCH", List.Headings, 0)
            .Numbered("Mục đích", List.Headings, 1)
            .Numbered("Yêu cầu", List.Headings, 1)
            .Numbered("TỔ CHỨC THỰC HIỆN", List.Headings, 0)
            .Numbered("Văn phòng Sở:", List.Headings, 1)
            .Numbered("Chuẩn bị hội trường", List.Headings, 2)
            .Numbered("In tài liệu", List.Headings, 2)
            .Bullet("Liên hệ đại biểu")
            .Bullet("gửi giấy mời", level: 1)
            .Numbered("Công đoàn Sở:", List.Headings, 1)
            .Numbered("Thành phần", List.Numbers, 0)
            .Numbered("Đại biểu", List.Numbers, 1)
            .Numbered("Khách mời", List.Numbers, 1)
            .Numbered("Thời gian", List.Numbers, 0)
            .Numbered("Một danh sách mới", List.Numbers, 0, restart: true)
            .Numbered("tiếp theo", List.Letters, 0)
            .Numbered("và nữa", List.Letters, 0);
        Assert.Equal(
        [
            "I. MỤC ĐÍCH", "1. Mục đích", "2. Yêu cầu", "II. TỔ CHỨC THỰC HIỆN", "1. Văn phòng Sở:", "a) Chuẩn bị hội trường", "b) In tài liệu",
            "- Liên hệ đại biểu", "+ gửi giấy mời", "2. Công đoàn Sở:", "1. Thành phần", "1.1. Đại biểu", "1.2. Khách mời", "2. Thời gian",
            "1. Một danh sách mới", "a) tiếp theo", "b) và nữa",
        ], Lines(docx));
    }

    [Fact]
    public void Header_and_signature_layout_tables_are_read_column_by_column()
    {
        var docx = new DocxBuilder()
            .Layout(["ỦY BAN NHÂN DÂN TỈNH BẮC GIANG\nSỞ KHOA HỌC VÀ CÔNG NGHỆ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
                    ["Số: 16/KH-SKHCN", "Bắc Giang, ngày 19 tháng 12 năm 2022"])
            .Title("KẾ HOẠCH")
            .Paragraph("Trên đây là kế hoạch./.")
            .Layout(["Nơi nhận:\n- Lãnh đạo Sở;\n- Lưu: VT, VP.", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nTrần Văn An"]);
        Assert.Equal(
        [
            "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số: 16/KH-SKHCN",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Bắc Giang, ngày 19 tháng 12 năm 2022",
            "KẾ HOẠCH", "Trên đây là kế hoạch./.",
            "Nơi nhận:", "- Lãnh đạo Sở;", "- Lưu: VT, VP.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn An",
        ], Lines(docx));
    }

    [Fact]
    public void Task_table_with_merged_cells_and_a_two_row_header_becomes_one_row_per_line()
    {
        var lines = Lines(new DocxBuilder().Paragraph("IV. TỔ CHỨC THỰC HIỆN").Table(TaskTable));
        Assert.Equal(["IV. TỔ CHỨC THỰC HIỆN", .. TaskTableRows], lines);
    }

    [Fact]
    public void Automatic_numbers_in_a_table_column_are_written_in_the_cells()
    {
        var docx = new DocxBuilder()
            .Numbered("Đã có một danh sách", List.Numbers, 0)
            .Table(["STT", "Nội dung", "Đơn vị thực hiện"], [AutoNumber, "Khai mạc", "Văn phòng"], [AutoNumber, "Bế mạc", "Văn phòng"]);
        Assert.Equal(["1. Đã có một danh sách", "| STT | Nội dung | Đơn vị thực hiện |", "| 1. | Khai mạc | Văn phòng |", "| 2. | Bế mạc | Văn phòng |"], Lines(docx));
    }

    [Fact]
    public void Appendix_table_after_the_signature_is_read_after_it()
    {
        var docx = new DocxBuilder()
            .Title("KẾ HOẠCH").Paragraph("Tổ chức hội nghị")
            .Layout(["Nơi nhận:\n- Lưu: VT.", "GIÁM ĐỐC\n\nTrần Văn An"])
            .PageBreakBefore()
            .Title("PHỤ LỤC PHÂN CÔNG NHIỆM VỤ")
            .Table(TaskTable);
        var lines = Lines(docx);
        Assert.Equal("Trần Văn An", lines[lines.IndexOf("PHỤ LỤC PHÂN CÔNG NHIỆM VỤ") - 1]);
        Assert.Equal(TaskTableRows, lines[(lines.IndexOf("PHỤ LỤC PHÂN CÔNG NHIỆM VỤ") + 1)..]);
    }

    [Fact]
    public void Soft_line_breaks_and_tabs_are_read_as_Word_lays_them_out()
    {
        var docx = new DocxBuilder()
            .Paragraph("ỦY BAN NHÂN DÂN\nHUYỆN NHÂN ĐẠO")
            .Paragraph("Số: 16/KH-THNĐ\t\t\tNhân Đạo, ngày 19 tháng 03 năm 2018")
            .Paragraph("1.\tThời gian:\t08 giờ 00 phút");
        Assert.Equal(["ỦY BAN NHÂN DÂN", "HUYỆN NHÂN ĐẠO", "Số: 16/KH-THNĐ", "Nhân Đạo, ngày 19 tháng 03 năm 2018", "1. Thời gian: 08 giờ 00 phút"], Lines(docx));
    }

    [Fact]
    public async Task The_seed_written_in_Word_imports_like_its_text()
    {
        var fromText = PlanImporter.FromText(Seed).Plan!;
        var result = await PlanImporter.FromFileAsync("ke-hoach.docx", new MemoryStream(DocxBuilder.Seed(Seed).Build()), CancellationToken.None);
        Assert.True(result.Succeeded, string.Join(", ", result.Problems));
        SameAs(fromText, result.Plan!);
    }

    internal static void SameAs(Core.Plans.PlanDocument expected, Core.Plans.PlanDocument actual)
    {
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Number, actual.Number);
        Assert.Equal(expected.Event, actual.Event);
        Assert.Equal(expected.Venue, actual.Venue);
        Assert.Equal(expected.Participants, actual.Participants);
        Assert.Equal(expected.Units.Select(u => (u.Unit, string.Join("|", u.Tasks.Select(t => t.Description)))),
                     actual.Units.Select(u => (u.Unit, string.Join("|", u.Tasks.Select(t => t.Description)))));
        Assert.Equal(expected.Recipients, actual.Recipients);
        Assert.Equal(expected.Signer, actual.Signer);
    }
}
