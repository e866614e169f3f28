using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PlanBot.Core.Reports;

/// <summary>
/// The report's Excel table: a summary sheet (one row per unit, the four buckets, the on-time rate) and a task
/// sheet (one row per task and unit, lead or coordinating). Header rows are frozen and filtered, columns sized,
/// dates are real dates (serial numbers shown dd/mm/yyyy) so that offices can sort and filter by them.
/// </summary>
public static class ReportXlsx
{
    // Cell formats of the stylesheet below, by index.
    private const uint Plain = 0, Header = 1, DateCell = 2, RateCell = 3, Bold = 4, BoldRate = 5, Wrapped = 6;

    public static byte[] Write(AccountabilityReport report)
    {
        using var buffer = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var book = doc.AddWorkbookPart();
            book.Workbook = new Workbook();
            book.AddNewPart<WorkbookStylesPart>().Stylesheet = Stylesheet();
            var sheets = new Sheets();
            var names = new DefinedNames();
            AddSheet(book, sheets, names, 1, ReportWords.SummarySheet, Summary(report));
            AddSheet(book, sheets, names, 2, ReportWords.TaskSheet, TaskRows(report));
            book.Workbook.Append(sheets, names);
        }
        return buffer.ToArray();
    }

    private sealed record SheetContent(double[] Widths, string[] Headers, List<Cell[]> Rows, int FilteredRows);

    private static SheetContent Summary(AccountabilityReport report)
    {
        var rows = report.Units.Select(u => UnitRow(u.Unit, u.Counts, Plain, RateCell)).ToList();
        rows.Add(UnitRow(ReportWords.GrandTotal, report.Overall, Bold, BoldRate));
        // The total row stays outside the filter, so filtering units never hides or sorts it among them.
        return new SheetContent([40, 10, 14, 14, 14, 14, 14, 12],
            [ReportWords.Unit, ReportWords.Total, ReportWords.OnTime, ReportWords.Late, ReportWords.WithinDeadline, ReportWords.Overdue,
             ReportWords.Settled, ReportWords.OnTimeRate],
            rows, report.Units.Count);
    }

    private static Cell[] UnitRow(string unit, BucketCounts c, uint style, uint rateStyle) =>
    [
        Str(unit, style), Num(c.Total, style), Num(c.OnTime, style), Num(c.Late, style), Num(c.WithinDeadline, style), Num(c.Overdue, style),
        Num(c.Settled, style), c.OnTimeRate is { } r ? Num(r / 100, rateStyle) : Str("", style),
    ];

    private static SheetContent TaskRows(AccountabilityReport report)
    {
        var rows = new List<Cell[]>();
        foreach (var t in report.Tasks)
        {
            rows.Add(TaskRow(t, t.Unit, ReportWords.Lead));
            // A coordinating unit answers to the same task: it gets its own row, so filtering by unit shows all it takes part in.
            foreach (var other in t.Coordinating) rows.Add(TaskRow(t, other, ReportWords.Coordinating));
        }
        return new SheetContent([32, 12, 60, 12, 14, 14, 24, 16, 10, 40, 40],
            [ReportWords.Unit, ReportWords.Role, ReportWords.Task, ReportWords.OriginalDue, ReportWords.ExtendedDue, ReportWords.CompletedOn,
             ReportWords.Bucket, ReportWords.Status, ReportWords.Percent, ReportWords.LastNote, ReportWords.Explanation],
            rows, rows.Count);
    }

    private static Cell[] TaskRow(TaskAccount t, string unit, string role) =>
    [
        Str(unit, Wrapped), Str(role), Str(t.Task, Wrapped), Date(t.OriginalDue), Date(t.ExtendedDue), Date(t.CompletedOn),
        Str(ReportWords.BucketName(t.Bucket)), Str(ReportWords.StatusName(t.Status)), Num(t.Percent, Plain),
        Str(t.Note ?? "", Wrapped), Str(t.Explanation ?? "", Wrapped),
    ];

    private static void AddSheet(WorkbookPart book, Sheets sheets, DefinedNames names, uint id, string name, SheetContent content)
    {
        var part = book.AddNewPart<WorksheetPart>();
        var lastColumn = Column(content.Headers.Length - 1);
        var data = new SheetData();
        data.Append(new Row(content.Headers.Select(h => Str(h, Header))) { RowIndex = 1 });
        for (var i = 0; i < content.Rows.Count; i++)
            data.Append(new Row(content.Rows[i]) { RowIndex = (uint)(i + 2) });
        foreach (var row in data.Elements<Row>())
        {
            var col = 0;
            foreach (var cell in row.Elements<Cell>()) cell.CellReference = $"{Column(col++)}{row.RowIndex}";
        }
        var filter = $"A1:{lastColumn}{content.FilteredRows + 1}";
        part.Worksheet = new Worksheet(
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue>(["A2"]) })
            { WorkbookViewId = 0, TabSelected = id == 1 }),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            new Columns(content.Widths.Select((w, i) =>
                new DocumentFormat.OpenXml.Spreadsheet.Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true })),
            data,
            new AutoFilter { Reference = filter });
        sheets.Append(new Sheet { Id = book.GetIdOfPart(part), SheetId = id, Name = name });
        // Excel keeps a filter's range in this hidden name too; without it some versions drop the filter on save.
        names.Append(new DefinedName($"'{name}'!$A$1:${lastColumn}${content.FilteredRows + 1}")
            { Name = "_xlnm._FilterDatabase", LocalSheetId = id - 1, Hidden = true });
    }

    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" }),
            new Font(new DocumentFormat.OpenXml.Spreadsheet.Bold(), new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" })) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
            { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center, Horizontal = HorizontalAlignmentValues.Center })
                { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyAlignment = true },
            new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 10, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat { NumberFormatId = 10, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyNumberFormat = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
                { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true }) { Count = 7 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static Cell Str(string text, uint style = Plain) =>
        new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString, StyleIndex = style };

    private static Cell Num(double value, uint style) =>
        new(new CellValue(value.ToString("R", CultureInfo.InvariantCulture))) { DataType = CellValues.Number, StyleIndex = style };

    /// <summary>A date as Excel's serial day number (days since 30/12/1899), shown dd/mm/yyyy; empty when there is none.</summary>
    private static Cell Date(DateOnly? date) => date is { } d
        ? new Cell(new CellValue((d.DayNumber - ExcelDayZero.DayNumber).ToString(CultureInfo.InvariantCulture)))
            { DataType = CellValues.Number, StyleIndex = DateCell }
        : Str("");

    private static readonly DateOnly ExcelDayZero = new(1899, 12, 30);

    /// <summary>0 → A, 25 → Z, 26 → AA.</summary>
    private static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : Column(index / 26 - 1) + (char)('A' + index % 26);
}
