using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanBot.Core.Reports;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Reports;

/// <summary>The filed report's .docx: valid Open XML, laid out as Nghị định 30/2020/NĐ-CP asks, and readable by a real word processor.</summary>
public sealed class ReportDocxTests
{
    private const double TwipsPerMm = 1440 / 25.4;

    [Fact]
    public void The_docx_is_valid_open_xml()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(ReportDocx.Write(SampleReport.Report())), false);
        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
    }

    [Fact]
    public void The_page_is_A4_with_the_margins_and_font_of_decree_30()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(ReportDocx.Write(SampleReport.Report())), false);
        var section = doc.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal(210, size.Width!.Value / TwipsPerMm, 0.5);
        Assert.Equal(297, size.Height!.Value / TwipsPerMm, 0.5);
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.InRange(margin.Top!.Value / TwipsPerMm, 20, 25);
        Assert.InRange(margin.Bottom!.Value / TwipsPerMm, 20, 25);
        Assert.InRange(margin.Left!.Value / TwipsPerMm, 30, 35);
        Assert.InRange(margin.Right!.Value / TwipsPerMm, 15, 20);
        var defaults = doc.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("Times New Roman", defaults.RunFonts!.Ascii!.Value);
        Assert.InRange(int.Parse(defaults.FontSize!.Val!.Value!, System.Globalization.CultureInfo.InvariantCulture) / 2, 13, 14);
    }

    [Fact]
    public void The_report_says_what_each_unit_did_and_why_not()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(ReportDocx.Write(SampleReport.Report())), false);
        var text = string.Join("\n", doc.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("Số: …/BC-KHCN", text);
        Assert.Contains("Bắc Giang, ngày 07 tháng 12 năm 2026", text);
        Assert.Contains("Kết quả thực hiện Kế hoạch số 12/KH-KHCN", text);
        Assert.Contains("Tổng số nhiệm vụ: 5; trong đó đã hoàn thành 2 nhiệm vụ (1 đúng hạn, 1 quá hạn); "
                        + "chưa hoàn thành 3 nhiệm vụ (2 trong hạn, 1 quá hạn)", text);
        Assert.Contains("Công đoàn Sở: Báo cáo tổng kết hoạt động Công đoàn Sở. Nguyên nhân: Chờ số liệu của các tổ công đoàn", text);
        Assert.Contains("Báo cáo tổng kết hoạt động KH&CN năm 2026 (hạn 04/12/2026, hoàn thành ngày 06/12/2026)", text);
        Assert.Contains("Chuẩn bị hội trường; hạn 17/12/2026; tiến độ 40%", text);
        Assert.Contains("GIÁM ĐỐC", text);
        Assert.Contains("Nơi nhận:", text);
    }

    /// <summary>
    /// LibreOffice (Debian's libreoffice-writer-nogui, headless) opens the draft as Word would and prints it to PDF;
    /// pdftoppm renders page 1 to artifacts/reports/bao-cao-trang-1.png for a person to look at (the whole PDF lies beside it).
    /// </summary>
    [Fact]
    public async Task LibreOffice_prints_it_with_the_figures()
    {
        var dir = Directory.CreateTempSubdirectory("planbot-docx-").FullName;
        try
        {
            var docx = Path.Combine(dir, "bao-cao.docx");
            await File.WriteAllBytesAsync(docx, ReportDocx.Write(SampleReport.Report()));
            // Its own profile directory: two LibreOffice runs sharing the default profile wait on each other's lock.
            await Run("soffice", $"-env:UserInstallation=file://{dir}/profile --headless --convert-to pdf --outdir {dir} {docx}");
            var pdf = Path.Combine(dir, "bao-cao.pdf");
            Assert.True(File.Exists(pdf), "LibreOffice wrote no PDF");

            var artifacts = Directory.CreateDirectory(Path.Combine(Repo.Root, "artifacts", "reports")).FullName;
            await Run("pdftoppm", $"-png -r 80 -f 1 -l 1 -singlefile {pdf} {Path.Combine(artifacts, "bao-cao-trang-1")}");
            Assert.True(new FileInfo(Path.Combine(artifacts, "bao-cao-trang-1.png")).Length > 10_000);
            File.Copy(pdf, Path.Combine(artifacts, "bao-cao.pdf"), overwrite: true);

            await Run("pdftotext", $"-layout {pdf} {Path.Combine(dir, "bao-cao.txt")}");
            var printed = await File.ReadAllTextAsync(Path.Combine(dir, "bao-cao.txt"));
            var text = string.Join(" ", printed.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("BÁO CÁO", text);
            Assert.Contains("Tổng số nhiệm vụ: 5; trong đó đã hoàn thành 2 nhiệm vụ (1 đúng hạn, 1 quá hạn)", text);
            Assert.Contains("chưa hoàn thành 3 nhiệm vụ (2 trong hạn, 1 quá hạn)", text);
            Assert.Contains("Tổng cộng 5 1 1 2 1 33,3%", text);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task Run(string program, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{program} failed: {await stderr}");
    }
}
