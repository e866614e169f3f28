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
    public void A_ruled_task_table_reads_as_the_same_rows_as_from_docx()
    {
        var document = new DocxBuilder()
            .Title("KẾ HOẠCH").Paragraph("Tổ chức hội nghị tổng kết")
            .Paragraph("IV. TỔ CHỨC THỰC HIỆN")
            .Table(PlanFileDocxTests.TaskTable)
            .Paragraph("Trên đây là kế hoạch./.");
        var lines = Lines(ChromiumPdf.FromHtml(document.Html()));
        var at = lines.IndexOf("IV. TỔ CHỨC THỰC HIỆN");
        Assert.True(at >= 0, string.Join("\n", lines));
        Assert.Equal([.. PlanFileDocxTests.TaskTableRows, "Trên đây là kế hoạch./."], lines[(at + 1)..]);
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
        page.AddPng(Png(64, 64), new UglyToad.PdfPig.Core.PdfRectangle(50, 50, 545, 792));
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

    /// <summary>A small grey PNG (what a scanner's page is, smaller).</summary>
    private static byte[] Png(int width, int height)
    {
        using var raw = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            raw.WriteByte(0);
            for (var x = 0; x < width; x++) raw.WriteByte((byte)(200 + (x * y) % 40));
        }
        using var idat = new MemoryStream();
        using (var z = new System.IO.Compression.ZLibStream(idat, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true)) z.Write(raw.ToArray());
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", [.. BigEndian(width), .. BigEndian(height), 8, 0, 0, 0, 0]);
        Chunk(png, "IDAT", idat.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();

        static byte[] BigEndian(int v) => [(byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v];

        static void Chunk(Stream s, string type, byte[] data)
        {
            s.Write(BigEndian(data.Length));
            var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
            s.Write(typed);
            s.Write(BigEndian((int)Crc32(typed)));
        }

        static uint Crc32(byte[] bytes)
        {
            var crc = 0xFFFFFFFFu;
            foreach (var b in bytes)
            {
                crc ^= b;
                for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
            return ~crc;
        }
    }
}
