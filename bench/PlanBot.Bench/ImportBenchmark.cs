using System.Diagnostics;
using System.Globalization;
using System.Text;
using PlanBot.Core.Import;
using PlanBot.Tests.Support;

namespace PlanBot.Bench;

/// <summary>
/// Plan import per format: the same plan (5 units per 50 tasks, up to 50 units and 500 tasks in a task table
/// with merged unit cells, a two-column header and signature, a scanned stamp that makes the largest .docx
/// about 2 MB) as pasted text, as .docx and as the PDF Chromium prints from it. Prints, per format and size,
/// the median time of an import and the bytes it allocates, with the text import as the baseline ratio.
/// </summary>
public static class ImportBenchmark
{
    private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync()
    {
        Console.WriteLine("building the plans (and printing their PDFs with Chromium) …");
        var rows = new List<string>();
        foreach (var tasks in new[] { 10, 100, 500 })
        {
            var units = Math.Max(1, tasks / 10);
            var (text, docx) = Plan(units, tasks / units);
            var print = Stopwatch.StartNew();
            var pdf = await ChromiumPdf.FromHtmlAsync(docx.Html());
            Console.WriteLine(string.Create(Ci, $"  {tasks} tasks: PDF printed in {print.Elapsed.TotalSeconds:F1} s"));
            var files = new (string Format, string Name, byte[] Bytes)[]
            {
                ("text", "ke-hoach.txt", Encoding.UTF8.GetBytes(text)),
                (".docx", "ke-hoach.docx", docx.Build()),
                (".pdf", "ke-hoach.pdf", pdf),
            };
            var iterations = tasks switch { 10 => 40, 100 => 15, _ => 7 };
            (double Ms, long Bytes)? baseline = null;
            foreach (var (format, name, bytes) in files)
            {
                var (ms, allocated, found) = Measure(name, bytes, iterations);
                baseline ??= (ms, allocated);
                rows.Add(string.Create(Ci, $"| {format} | {tasks} | {bytes.Length / 1024.0:N0} KB | {ms:F1} ms | {allocated / 1048576.0:F1} MB | {ms / baseline.Value.Ms:F1} | {(double)allocated / baseline.Value.Bytes:F1} | {found} |"));
            }
        }
        // A province's programme plan of about 40 pages: 40 bodies under their headings, each with duties of several
        // sentences as a) b) c) paragraphs, the shape issue 17 is about.
        {
            var (text, docx) = ProgrammePlan(bodies: 40, dutiesPerBody: 6);
            var print = Stopwatch.StartNew();
            var pdf = await ChromiumPdf.FromHtmlAsync(docx.Html());
            Console.WriteLine(string.Create(Ci, $"  40-page programme plan: PDF printed in {print.Elapsed.TotalSeconds:F1} s, {PageCount(pdf)} pages"));
            (double Ms, long Bytes)? baseline = null;
            foreach (var (format, name, bytes) in new[] { ("text", "ke-hoach.txt", Encoding.UTF8.GetBytes(text)), (".docx", "ke-hoach.docx", docx.Build()), (".pdf", "ke-hoach.pdf", pdf) })
            {
                var (ms, allocated, found) = Measure(name, bytes, 7);
                baseline ??= (ms, allocated);
                rows.Add(string.Create(Ci, $"| {format} | 40 bodies × 6 duties, {PageCount(pdf)} pages | {bytes.Length / 1024.0:N0} KB | {ms:F1} ms | {allocated / 1048576.0:F1} MB | {ms / baseline.Value.Ms:F1} | {(double)allocated / baseline.Value.Bytes:F1} | {found} |"));
            }
        }
        Console.WriteLine();
        Console.WriteLine("| format | tasks in plan | file | median per import | allocated per import | time / text | memory / text | tasks read |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var row in rows) Console.WriteLine(row);
        Console.WriteLine();
        Console.WriteLine(string.Create(Ci, $"Chromium printing: {ChromiumPdf.Spent.TotalSeconds:F1} s (not in the figures above)"));
        return 0;
    }

    /// <summary>Median wall time and median allocated bytes of an import, after one warm-up; the tasks the last one read.</summary>
    private static (double Ms, long Bytes, int Tasks) Measure(string name, byte[] bytes, int iterations)
    {
        var result = PlanImporter.FromBytes(name, bytes);
        var times = new List<double>();
        var allocations = new List<long>();
        for (var i = 0; i < iterations; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            result = PlanImporter.FromBytes(name, bytes);
            times.Add(watch.Elapsed.TotalMilliseconds);
            allocations.Add(GC.GetAllocatedBytesForCurrentThread() - before);
        }
        times.Sort();
        allocations.Sort();
        return (times[times.Count / 2], allocations[allocations.Count / 2], result.Plan?.TaskCount ?? 0);
    }

    private static readonly string[] Heads = ["Sở", "Phòng", "Trung tâm", "Ban", "Chi cục", "Hội", "Đoàn", "Công đoàn", "Bệnh viện", "Trường"];
    private static readonly string[] Fields = ["Tài chính", "Nội vụ", "Kế hoạch và Đầu tư", "Giáo dục", "Y tế", "Văn hóa", "Nông nghiệp", "Giao thông", "Xây dựng", "Tư pháp"];
    private static readonly string[] Works = ["Xây dựng kế hoạch chi tiết", "Tổng hợp báo cáo kết quả", "Chuẩn bị tài liệu phục vụ", "Rà soát, đề xuất danh sách", "Tổ chức kiểm tra, đôn đốc", "Phối hợp tuyên truyền", "Bố trí kinh phí thực hiện", "Hướng dẫn các đơn vị cơ sở", "Chuẩn bị hội trường và âm thanh", "Theo dõi, tổng hợp vướng mắc"];

    private static int PageCount(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }

    private static readonly string[] Provincial = ["Sở Tài chính", "Sở Nội vụ", "Sở Tư pháp", "Sở Y tế", "Sở Xây dựng", "Sở Công Thương", "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ"];

    /// <summary>
    /// "V. TỔ CHỨC THỰC HIỆN" with <paramref name="bodies"/> bodies ("1. Sở Tài chính", "Giám đốc Sở …", "Chủ tịch UBND
    /// các huyện …"), each with duties of three sentences (~450 characters) as a) b) c) items, wrapped at 90 characters
    /// in the text as a PDF copy wraps them; in the .docx each duty is one paragraph.
    /// </summary>
    private static (string Text, DocxBuilder Docx) ProgrammePlan(int bodies, int dutiesPerBody)
    {
        const string header = "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |\nSố: 28/KH-UBND | Tuyên Quang, ngày 10 tháng 02 năm 2027 |\n\nKẾ HOẠCH\nTriển khai Chương trình mục tiêu quốc gia năm 2027 trên địa bàn tỉnh\n\n";
        var text = new StringBuilder(header).Append("I. MỤC ĐÍCH, YÊU CẦU\n");
        var docx = new DocxBuilder()
            .Layout(["ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"], ["Số: 28/KH-UBND", "Tuyên Quang, ngày 10 tháng 02 năm 2027"])
            .Title("KẾ HOẠCH").Title("Triển khai Chương trình mục tiêu quốc gia năm 2027 trên địa bàn tỉnh")
            .Numbered("MỤC ĐÍCH, YÊU CẦU", DocxBuilder.List.Headings, 0);
        const string background = "Triển khai đồng bộ, hiệu quả các nhiệm vụ của Chương trình; phân công rõ cơ quan chủ trì, cơ quan phối hợp, thời hạn hoàn thành và sản phẩm của từng nhiệm vụ, bảo đảm đúng quy định.";
        for (var i = 0; i < 4; i++)
        {
            text.Append(background).Append('\n');
            docx.Paragraph(background);
        }
        text.Append("V. TỔ CHỨC THỰC HIỆN\n");
        docx.Numbered("TỔ CHỨC THỰC HIỆN", DocxBuilder.List.Headings, 0);
        for (var b = 0; b < bodies; b++)
        {
            var name = b % 10 == 9 ? $"Chủ tịch UBND các huyện nhóm {b / 10 + 1}" : $"Giám đốc {Provincial[b % Provincial.Length]} nhóm {b + 1}";
            text.Append(CultureInfo.InvariantCulture, $"{b + 1}. {name}\n");
            docx.Paragraph($"{b + 1}. {name}");
            for (var d = 0; d < dutiesPerBody; d++)
            {
                var due = new DateOnly(2027, 3, 1).AddDays((b * dutiesPerBody + d) % 280).ToString("dd/MM/yyyy", Ci);
                var duty = $"{Works[(b + d) % Works.Length]} thực hiện nội dung số {d + 1} của Chương trình tại các xã đặc biệt khó khăn, bảo đảm đúng đối tượng, đúng định mức hỗ trợ. "
                           + "Phối hợp với Sở Tài chính, Ban Dân tộc tỉnh hướng dẫn các địa phương lập hồ sơ, quyết toán kinh phí theo quy định hiện hành. "
                           + $"Tổng hợp kết quả, báo cáo UBND tỉnh trước ngày {due}.";
                var item = $"{(char)('a' + d)}) {duty}";
                foreach (var line in Wrap(item, 90)) text.Append(line).Append('\n');
                docx.Paragraph(item);
            }
        }
        const string closing = "Trên đây là Kế hoạch triển khai Chương trình mục tiêu quốc gia năm 2027 trên địa bàn tỉnh./.";
        text.Append(closing).Append("\n\nNơi nhận: | TM. ỦY BAN NHÂN DÂN |\n- Các sở, ban, ngành; | KT. CHỦ TỊCH |\n- Lưu: VT. | PHÓ CHỦ TỊCH |\n| Nguyễn Văn Minh |\n");
        docx.Paragraph(closing).Layout(["Nơi nhận:\n- Các sở, ban, ngành;\n- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn Minh"]);
        return (text.ToString(), docx);
    }

    private static IEnumerable<string> Wrap(string paragraph, int width)
    {
        var line = new StringBuilder();
        foreach (var word in paragraph.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) yield return line.ToString();
    }

    /// <summary>The plan as text (the task table as "|" rows, as a paste keeps it) and as a Word document.</summary>
    private static (string Text, DocxBuilder Docx) Plan(int units, int tasksPerUnit)
    {
        var unitNames = Enumerable.Range(0, units).Select(u => $"{Heads[u % Heads.Length]} {Fields[u / Heads.Length % Fields.Length]}{(u >= 100 ? " " + (u / 100 + 1) : "")}").ToList();
        var table = new List<string[]> { new[] { "STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành" } };
        var n = 0;
        for (var u = 0; u < units; u++)
            for (var t = 0; t < tasksPerUnit; t++)
            {
                n++;
                var due = new DateOnly(2027, 1, 1).AddDays(n % 300);
                table.Add([n.ToString(Ci), $"{Works[(u + t) % Works.Length]} nội dung số {n} của chương trình công tác năm 2027", t == 0 ? unitNames[u] : DocxBuilder.SameAsAbove, units > 1 ? unitNames[(u + 1) % units] : "Văn phòng UBND tỉnh", "Trước ngày " + due.ToString("dd/MM/yyyy", Ci)]);
            }
        const string background = "Thực hiện Chương trình công tác năm 2027 của Ủy ban nhân dân tỉnh, nhằm triển khai đồng bộ, hiệu quả các nhiệm vụ trọng tâm, các sở, ban, ngành và địa phương tập trung chỉ đạo, phối hợp chặt chẽ, bảo đảm tiến độ và chất lượng.";
        var docx = new DocxBuilder()
            .Layout(["ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"], ["Số: 25/KH-UBND", "Bắc Giang, ngày 05 tháng 01 năm 2027"])
            .Title("KẾ HOẠCH").Title("Triển khai nhiệm vụ trọng tâm năm 2027")
            .Numbered("MỤC ĐÍCH, YÊU CẦU", DocxBuilder.List.Headings, 0);
        for (var i = 0; i < 5; i++) docx.Paragraph(background);
        docx.Numbered("THỜI GIAN, ĐỊA ĐIỂM", DocxBuilder.List.Headings, 0)
            .Numbered("Thời gian: 08 giờ 00 phút, ngày 15/01/2027", DocxBuilder.List.Headings, 1)
            .Numbered("Địa điểm: Hội trường tầng 3, Ủy ban nhân dân tỉnh", DocxBuilder.List.Headings, 1)
            .Numbered("TỔ CHỨC THỰC HIỆN", DocxBuilder.List.Headings, 0)
            .Table([.. table])
            .Paragraph("Trên đây là Kế hoạch triển khai nhiệm vụ trọng tâm năm 2027./.")
            .Layout(["Nơi nhận:\n- Các sở, ban, ngành;\n- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn Minh"]);
        // A scanned signature and stamp, as signed plans carry: the largest .docx is then about 2 MB.
        if (units * tasksPerUnit >= 500) docx.Image(PngImage.Gray(1400, 1400, noiseSeed: 7));

        var text = new StringBuilder()
            .Append("ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\nSố: 25/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBắc Giang, ngày 05 tháng 01 năm 2027\n\n")
            .Append("KẾ HOẠCH\nTriển khai nhiệm vụ trọng tâm năm 2027\n\nI. MỤC ĐÍCH, YÊU CẦU\n");
        for (var i = 0; i < 5; i++) text.Append(background).Append('\n');
        text.Append("II. THỜI GIAN, ĐỊA ĐIỂM\n1. Thời gian: 08 giờ 00 phút, ngày 15/01/2027\n2. Địa điểm: Hội trường tầng 3, Ủy ban nhân dân tỉnh\nIII. TỔ CHỨC THỰC HIỆN\n");
        string[]? above = null;
        foreach (var row in table)
        {
            var cells = row.Select((c, i) => c == DocxBuilder.SameAsAbove ? above![i] : c).ToArray();
            text.Append("| ").AppendJoin(" | ", cells).Append(" |\n");
            above = cells;
        }
        text.Append("Trên đây là Kế hoạch triển khai nhiệm vụ trọng tâm năm 2027./.\n\nNơi nhận:\n- Các sở, ban, ngành;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn Minh\n");
        return (text.ToString(), docx);
    }
}
