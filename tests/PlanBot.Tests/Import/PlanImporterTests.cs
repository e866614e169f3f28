using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using PlanBot.Core.Import;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Import;

public sealed class PlanImporterTests
{
    private static readonly string Seed = File.ReadAllText(Repo.SeedPlan);

    private static Task<PlanImportResult> ImportFile(string name, byte[] bytes) =>
        PlanImporter.FromFileAsync(name, new MemoryStream(bytes), CancellationToken.None);

    [Fact]
    public async Task Docx_with_word_bullets_reads_like_the_text_plan()
    {
        var fromText = PlanImporter.FromText(Seed).Plan!;
        var fromDocx = (await ImportFile("ke-hoach.docx", DocxBuilder.FromText(Seed).Build())).Plan;
        Assert.NotNull(fromDocx);
        Assert.Equal(fromText.Title, fromDocx.Title);
        Assert.Equal(fromText.Event, fromDocx.Event);
        Assert.Equal(fromText.Venue, fromDocx.Venue);
        Assert.Equal(fromText.Participants, fromDocx.Participants);
        Assert.Equal(fromText.Units.Select(u => (u.Unit, string.Join("|", u.Tasks.Select(t => t.Description)))),
                     fromDocx.Units.Select(u => (u.Unit, string.Join("|", u.Tasks.Select(t => t.Description)))));
        Assert.Equal(fromText.Recipients, fromDocx.Recipients);
        Assert.Equal(fromText.Signer, fromDocx.Signer);
    }

    [Fact]
    public async Task Docx_task_table_and_side_by_side_signature_are_read()
    {
        var docx = new DocxBuilder()
            .Paragraph("SỞ KHOA HỌC VÀ CÔNG NGHỆ").Paragraph("Số: 10/KH-SKHCN").Paragraph("Bắc Giang, ngày 01 tháng 12 năm 2023")
            .Paragraph("KẾ HOẠCH").Paragraph("Tổ chức Hội nghị tổng kết năm 2023").Paragraph("")
            .Paragraph("I. THỜI GIAN, ĐỊA ĐIỂM").Paragraph("1. Thời gian: 08 giờ 00 phút, ngày 15 tháng 12 năm 2023").Paragraph("2. Địa điểm: Hội trường tầng 1")
            .Paragraph("II. TỔ CHỨC THỰC HIỆN")
            .Table(["STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời hạn"],
                   ["1", "Dự thảo báo cáo tổng kết", "Văn phòng Sở", "05/12/2023"],
                   ["2", "Chuẩn bị hội trường", "", "14/12/2023"],
                   ["3", "Báo cáo chuyên đề", "Phòng Quản lý khoa học", "10/12/2023"])
            .Table(["Nơi nhận:\n- Lãnh đạo Sở;\n- Lưu: VT.", "GIÁM ĐỐC\n\nTrần Văn An"])
            .Build();
        var plan = (await ImportFile("ke-hoach.docx", docx)).Plan;
        Assert.NotNull(plan);
        Assert.Equal(new DateOnly(2023, 12, 15), plan.Event?.StartDate);
        Assert.Equal(new TimeOnly(8, 0), plan.Event?.StartTime);
        var office = Assert.Single(plan.Units, u => u.Unit == "Văn phòng Sở");
        Assert.Equal(["Dự thảo báo cáo tổng kết", "Chuẩn bị hội trường"], office.Tasks.Select(t => t.Description));
        Assert.Equal(new DateOnly(2023, 12, 14), office.Tasks[1].DueDate);
        Assert.Contains(plan.Units, u => u.Unit == "Phòng Quản lý khoa học");
        Assert.Equal(["Lãnh đạo Sở", "Lưu: VT"], plan.Recipients);
        Assert.Equal("Trần Văn An", plan.Signer?.Name);
    }

    [Fact]
    public async Task Docx_zip_bomb_is_refused_quickly_without_inflating_it()
    {
        using var bomb = new MemoryStream();
        using (var zip = new ZipArchive(bomb, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 200; i++) await entry.WriteAsync(zeros); // 200 MB of zeros, ~200 KB compressed
        }
        Assert.True(bomb.Length < PlanImporter.MaxFileBytes);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var result = await ImportFile("bomb.docx", bomb.ToArray());
        Assert.Equal([ImportProblem.DamagedDocument], result.Problems);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 50 * 1024 * 1024, "the bomb was inflated");
    }

    [Fact]
    public async Task Files_that_are_not_plans_get_a_clear_reason()
    {
        Assert.Equal([ImportProblem.Empty], (await ImportFile("empty.txt", [])).Problems);
        Assert.Equal([ImportProblem.NotText], (await ImportFile("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0, 0, 1, 2])).Problems);
        Assert.Equal([ImportProblem.DamagedDocument], (await ImportFile("fake.docx", Encoding.UTF8.GetBytes("not a zip"))).Problems);
        Assert.Equal([ImportProblem.UnreadablePdf], (await ImportFile("plan.pdf", [1, 2, 3])).Problems);
        Assert.Equal([ImportProblem.UnsupportedFile], (await ImportFile("plan.xlsx", [1, 2, 3])).Problems);
        Assert.Equal([ImportProblem.TooLarge], (await ImportFile("huge.txt", new byte[PlanImporter.MaxFileBytes + 1])).Problems);
        var notAPlan = await ImportFile("notes.txt", Encoding.UTF8.GetBytes("Ghi chú cuộc họp\n- mua nước\n- in tài liệu\n- gọi điện"));
        Assert.Equal([ImportProblem.NoPlanMarkers], notAPlan.Problems);
    }

    [Fact]
    public async Task Utf8_with_bom_and_utf16_text_files_are_read()
    {
        var withBom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Seed)).ToArray();
        Assert.True((await ImportFile("plan.txt", withBom)).Succeeded);
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Seed)).ToArray();
        Assert.True((await ImportFile("plan.txt", utf16)).Succeeded);
    }

    [Fact]
    public void Teams_html_message_is_read_as_lines()
    {
        var html = string.Concat(Seed.Split('\n').Select(l => $"<p>{System.Net.WebUtility.HtmlEncode(l)}</p>"));
        var plan = PlanImporter.FromText(html).Plan;
        Assert.NotNull(plan);
        Assert.Equal("Phòng họp số 02, tầng 5, Sở KH&CN, đường Lý Tự Trọng, phường Xương Giang, thành phố Bắc Giang", plan.Venue);
        Assert.Equal(7, plan.TaskCount);
    }
}
