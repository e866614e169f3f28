using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using PlanBot.Core.Reports;

namespace PlanBot.Tests.Reports;

/// <summary>The report's Excel table: valid, filterable, frozen header, sized columns, dates an office can sort by.</summary>
public sealed class ReportXlsxTests
{
    [Fact]
    public void The_xlsx_is_valid_open_xml()
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(ReportXlsx.Write(SampleReport.Report())), false);
        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
    }

    [Fact]
    public void The_summary_sheet_has_a_row_per_unit_with_the_four_buckets_and_the_on_time_rate()
    {
        var sheets = XlsxSheets.Read(ReportXlsx.Write(SampleReport.Report()));
        var summary = sheets["Tổng hợp"];
        Assert.Equal(["Đơn vị", "Tổng số", "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Chưa hoàn thành, trong hạn", "Chưa hoàn thành, quá hạn",
            "Số nhiệm vụ đến hạn", "Tỷ lệ đúng hạn"], summary.Rows[0]);
        Assert.Equal(["Văn phòng Sở", "2", "1", "1", "0", "0", "2", "0.5"], summary.Rows[1]);
        Assert.Equal(["Công đoàn Sở", "1", "0", "0", "0", "1", "1", "0"], summary.Rows[2]);
        Assert.Equal(["Phòng Quản lý khoa học", "2", "0", "0", "2", "0", "0", ""], summary.Rows[3]);
        Assert.Equal("Tổng cộng", summary.Rows[4][0]);
        Assert.Equal(["5", "1", "1", "2", "1", "3"], summary.Rows[4][1..7]);
    }

    [Fact]
    public void The_task_sheet_has_real_dates_a_frozen_filtered_header_and_sized_columns()
    {
        var bytes = ReportXlsx.Write(SampleReport.Report());
        var tasks = XlsxSheets.Read(bytes)["Nhiệm vụ"];
        Assert.Equal(["Đơn vị", "Chủ trì / phối hợp", "Nhiệm vụ", "Hạn ban đầu", "Hạn được gia hạn", "Ngày hoàn thành", "Kết quả", "Trạng thái",
            "Tiến độ (%)", "Ghi chú gần nhất", "Giải trình"], tasks.Rows[0]);
        // The late task: due 04/12/2026, done 06/12/2026, as Excel serial days.
        var late = tasks.Rows.Single(r => r[2] == "Báo cáo tổng kết hoạt động KH&CN năm 2026");
        Assert.Equal(new DateOnly(2026, 12, 4), ExcelDate(late[3]));
        Assert.Equal(new DateOnly(2026, 12, 6), ExcelDate(late[5]));
        Assert.Equal("Hoàn thành quá hạn", late[6]);
        // The coordinating unit has its own row for the task it takes part in.
        Assert.Contains(tasks.Rows, r => r[0] == "Phòng Kế hoạch - Tài chính" && r[1] == "Phối hợp" && r[2] == "Xây dựng Chương trình tổng kết năm 2026");

        using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        foreach (var part in doc.WorkbookPart!.WorksheetParts)
        {
            var sheet = part.Worksheet!;
            var pane = sheet.Descendants<Pane>().Single();
            Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
            Assert.Equal("A2", pane.TopLeftCell!.Value);
            Assert.StartsWith("A1:", sheet.GetFirstChild<AutoFilter>()!.Reference!.Value);
            Assert.All(sheet.Descendants<Column>(), c => Assert.True(c.CustomWidth!.Value && c.Width!.Value >= 10));
        }
        var dateFormat = doc.WorkbookPart.WorkbookStylesPart!.Stylesheet!.NumberingFormats!.Elements<NumberingFormat>().Single();
        Assert.Equal("dd/mm/yyyy", dateFormat.FormatCode!.Value);
    }

    private static DateOnly ExcelDate(string serial) =>
        DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(serial, System.Globalization.CultureInfo.InvariantCulture)));
}

/// <summary>Reads an .xlsx's sheets back as rows of cell texts (inline strings, or the raw number).</summary>
internal sealed record XlsxSheet(List<string[]> Rows);

internal static class XlsxSheets
{
    public static Dictionary<string, XlsxSheet> Read(byte[] bytes)
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var book = doc.WorkbookPart!;
        return book.Workbook!.Descendants<Sheet>().ToDictionary(s => s.Name!.Value!, s =>
        {
            var part = (WorksheetPart)book.GetPartById(s.Id!.Value!);
            return new XlsxSheet(part.Worksheet!.Descendants<Row>()
                .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToArray()).ToList());
        });
    }
}
