using System.Text;
using PlanBot.Core.Import;
using PlanBot.Tests.Support;
using static PlanBot.Tests.Support.DocxBuilder;

namespace PlanBot.Tests.Import;

/// <summary>PDFs as users make them: printed by Chromium from the same documents the .docx tests build, and a scan.</summary>
public sealed class PlanFilePdfTests
{
    private static readonly string Seed = File.ReadAllText(Repo.SeedPlan);

    /// <summary>The seed plan as Word would print it (two-column header, numbered headings, bullets, signature beside "Nơi nhận").</summary>
    public static byte[] SeedPdf() => ChromiumPdf.FromHtml(DocxBuilder.Seed(Seed).Html());

    /// <summary>A page that is only a picture of the seed plan.</summary>
    public static byte[] ScannedPdf() => ChromiumPdf.FromHtml(ChromiumPdf.ScannedPage(Seed));

    private static List<string> Lines(byte[] pdf) =>
        (PdfText.Read(pdf).Text ?? "").Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToList();

    [Fact]
    public void The_seed_printed_to_pdf_imports_as_well_as_its_text()
    {
        var fromText = PlanImporter.FromText(Seed).Plan!;
        var result = PlanImporter.FromBytes("ke-hoach.pdf", SeedPdf());
        Assert.True(result.Succeeded, string.Join(", ", result.Problems));
        PlanFileDocxTests.SameAs(fromText, result.Plan!);
        Assert.Equal(new DateOnly(2023, 1, 5), result.Plan!.Event?.StartDate);
        Assert.Contains(result.Plan.Units, u => u.Unit == "Văn phòng Sở" && u.Tasks.Count == 5);
    }

    [Fact]
    public void Two_column_header_and_signature_are_read_column_by_column_and_wrapped_lines_joined()
    {
        var lines = Lines(SeedPdf());
        Assert.Equal(["UBND TỈNH BẮC GIANG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số: /KH-KHCN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Bắc Giang, ngày tháng 12 năm 2022", "KẾ HOẠCH"], lines[..7]);
        // A paragraph the page wrapped over three lines is one line again, as in the text.
        var paragraph = Seed.Split('\n').First(l => l.StartsWith("Thực hiện Chương trình", StringComparison.Ordinal)).Trim();
        Assert.Contains(paragraph, lines);
        Assert.Equal(["Nơi nhận:", "- Lãnh đạo Sở;", "- Các phòng, đơn vị trực thuộc Sở;", "- CCVC&LD thuộc Sở;", "- Lưu: VT, VP.", "GIÁM ĐỐC", "Nguyễn Thanh Bình"], lines[^7..]);
    }

    [Fact]
    public void Ruled_task_tables_read_as_the_same_rows_as_from_docx_even_across_page_breaks()
    {
        // A long appendix table: the unit cells are merged over ten rows, so merges and rows run across the page breaks.
        string[][] appendix =
        [
            ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
            .. Enumerable.Range(1, 48).Select(i => new[]
            {
                i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"Chuẩn bị nội dung số {i} của chương trình{(i % 3 == 0 ? ", tổng hợp ý kiến góp ý của các phòng, đơn vị và báo cáo Lãnh đạo Sở" : "")}",
                i % 10 == 1 ? $"Phòng số {i / 10 + 1}" : SameAsAbove,
                i % 4 == 0 ? "Văn phòng Sở" : "",
                $"Trước ngày {i % 28 + 1:00}/03/2023",
            }),
        ];
        var document = new DocxBuilder()
            .Title("KẾ HOẠCH").Paragraph("Tổ chức hội nghị tổng kết")
            .Paragraph("IV. TỔ CHỨC THỰC HIỆN")
            .Table(PlanFileDocxTests.TaskTable)
            .Paragraph("Trên đây là kế hoạch./.")
            .Title("PHỤ LỤC")
            .Table(appendix);
        var fromPdf = Lines(ChromiumPdf.FromHtml(document.Html()));
        var fromDocx = DocxText.Read(new MemoryStream(document.Build())).Split('\n').Where(l => l.Trim().Length > 0).ToList();
        var at = fromPdf.IndexOf("IV. TỔ CHỨC THỰC HIỆN");
        Assert.True(at >= 0, string.Join("\n", fromPdf));
        Assert.Equal([.. PlanFileDocxTests.TaskTableRows, "Trên đây là kế hoạch./.", "PHỤ LỤC"], fromPdf[(at + 1)..(at + 8)]);
        Assert.Equal(fromDocx, fromPdf);
        Assert.Equal(49, fromPdf.Count(l => l.StartsWith("| ", StringComparison.Ordinal)) - PlanFileDocxTests.TaskTableRows.Length);
    }

    [Fact]
    public void A_scanned_pdf_is_answered_with_what_to_send_instead()
    {
        var scanned = ScannedPdf();
        Assert.True(PdfText.Read(scanned).Scanned);
        Assert.Equal([ImportProblem.ScannedPdf], PlanImporter.FromBytes("ke-hoach-scan.pdf", scanned).Problems);
    }

    [Fact]
    public void A_pdf_made_of_an_image_only_is_a_scan_too()
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        page.AddPng(PngImage.Gray(64, 64), new UglyToad.PdfPig.Core.PdfRectangle(50, 50, 545, 792));
        Assert.Equal([ImportProblem.ScannedPdf], PlanImporter.FromBytes("scan.pdf", builder.Build()).Problems);
    }

    [Fact]
    public void Damaged_truncated_and_password_locked_pdfs_are_could_not_read()
    {
        var seed = SeedPdf();
        Assert.Equal([ImportProblem.UnreadablePdf], PlanImporter.FromBytes("cut.pdf", seed[..(seed.Length / 3)]).Problems);
        Assert.Equal([ImportProblem.UnreadablePdf], PlanImporter.FromBytes("junk.pdf", [.. "%PDF-1.7\n"u8, .. Enumerable.Range(0, 4000).Select(i => (byte)(i * 7919 % 251))]).Problems);
        Assert.Equal([ImportProblem.UnreadablePdf], PlanImporter.FromBytes("locked.pdf", PasswordLockedPdf()).Problems);
    }

    /// <summary>A PDF encrypted with the standard security handler under a user password (not the empty one), as "Protect with password" writes it.</summary>
    private static byte[] PasswordLockedPdf()
    {
        var o = new string('A', 64);
        var u = new string('B', 64);
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            "<< /Length 20 >>\nstream\n(\u00a7\u00b6\u00a5) Tj ET BT\nendstream",
            $"<< /Filter /Standard /V 1 /R 2 /O <{o}> /U <{u}> /P -44 >>",
        };
        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(sb.ToString()));
            sb.Append(i + 1).Append(" 0 obj\n").Append(objects[i]).Append("\nendobj\n");
        }
        var xref = Encoding.Latin1.GetByteCount(sb.ToString());
        sb.Append("xref\n0 ").Append(objects.Length + 1).Append("\n0000000000 65535 f \n");
        foreach (var offset in offsets) sb.Append(offset.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        sb.Append("trailer\n<< /Size ").Append(objects.Length + 1).Append(" /Root 1 0 R /Encrypt 5 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] >>\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        return Encoding.Latin1.GetBytes(sb.ToString());
    }
}
