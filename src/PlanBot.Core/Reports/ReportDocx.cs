using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PlanBot.Core.Reports;

/// <summary>
/// The draft "Báo cáo kết quả thực hiện Kế hoạch số …" as a .docx in the administrative document format of
/// Nghị định 30/2020/NĐ-CP (Phụ lục I): A4, margins top/bottom 22 mm, left 32 mm, right 18 mm (the middle of the
/// allowed ranges, so an office's printer settings keep it within them), Times New Roman 14 pt body, the two-column
/// header, "Số: …" left for the office to fill, and the signature block. The office edits it in Word before filing.
/// </summary>
public static class ReportDocx
{
    // Twentieths of a point. A4 is 210 × 297 mm; 1 mm = 56.69 twips.
    public const int PageWidth = 11906, PageHeight = 16838;
    public const int MarginTop = 1247, MarginBottom = 1247, MarginLeft = 1814, MarginRight = 1021;
    private const int TextWidth = PageWidth - MarginLeft - MarginRight;
    private const string Font = "Times New Roman";

    /// <summary>The header's left column (issuing body, number); the right holds the nation and the motto.</summary>
    private const int HeaderLeft = 3300;

    public static byte[] Write(AccountabilityReport report)
    {
        using var buffer = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var body = new Body();
            Header(body, report);
            Results(body, report);
            Shortcomings(body, report);
            NextSteps(body, report);
            Closing(body, report);
            body.Append(new SectionProperties(
                new W.PageSize { Width = PageWidth, Height = PageHeight },
                new PageMargin { Top = MarginTop, Bottom = MarginBottom, Left = MarginLeft, Right = MarginRight, Header = 720, Footer = 720, Gutter = 0 }));
            main.Document = new Document(body);
            doc.PackageProperties.Title = $"Báo cáo kết quả thực hiện {ReportWords.PlanName(report.Heading)}";
            doc.PackageProperties.Creator = "PlanBot";
        }
        return buffer.ToArray();
    }

    private static Styles Styles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" },
                new Languages { Val = "vi-VN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { Before = "0", After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        new Style(
            new StyleName { Val = "Table Grid" },
            new StyleTableProperties(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })))
        { Type = StyleValues.Table, StyleId = "TableGrid" });

    // ---- header: issuing body | nation and motto; number | place and date; title and subject ----

    private static void Header(Body body, AccountabilityReport report)
    {
        var h = report.Heading;
        var left = new List<Paragraph>();
        if (!string.IsNullOrWhiteSpace(h.ParentBody)) left.Add(Para(JustificationValues.Center, 0, Text(h.ParentBody.ToUpperInvariant(), size: 26)));
        left.Add(Para(JustificationValues.Center, 0, Text((h.IssuingBody ?? "……………").ToUpperInvariant(), bold: true, size: 26)));
        left.Add(Rule(1200, HeaderLeft));
        left.Add(Para(JustificationValues.Center, 0, Text(ReportWords.NumberLine(h), size: 26)));

        var right = new List<Paragraph>
        {
            // 12 pt, the smallest Nghị định 30 allows for this line, keeps it on one line beside the issuing body.
            Para(JustificationValues.Center, 0, Text(ReportWords.Nation, bold: true, size: 24)),
            Para(JustificationValues.Center, 0, Text(ReportWords.Motto, bold: true)),
            Rule(3100, TextWidth - HeaderLeft),
            Para(JustificationValues.Center, 0, Text(ReportWords.PlaceAndDate(h.Place, report.AsOf), italic: true)),
        };
        body.Append(TwoColumns(HeaderLeft, left, right));

        body.Append(Para(JustificationValues.Center, 0, Text(ReportWords.Title, bold: true)).WithSpaceBefore(360));
        body.Append(Para(JustificationValues.Center, 0, Text($"Kết quả thực hiện {ReportWords.PlanName(h)}", bold: true)));
        body.Append(Para(JustificationValues.Center, 0, Text(h.PlanTitle, bold: true)));
        if (report.From is { } from && report.To is { } to)
        {
            var words = $"(Kỳ báo cáo: từ ngày {ReportWords.Date(from)} đến ngày {ReportWords.Date(to)})";
            body.Append(Para(JustificationValues.Center, 0, Text(words, italic: true)));
        }
        body.Append(Rule(1800, TextWidth).WithSpaceAfter(240));

        // The issuing body is known only as written in the header, in capitals; a body's name in running text is written
        // in its own mixed case, which PlanBot cannot know, so the sentence does without it.
        var issued = h.PlanIssueDate is { Length: > 0 } d ? $" ngày {d}" : "";
        var asOf = ReportWords.Date(report.AsOf);
        body.Append(BodyText($"Thực hiện {ReportWords.PlanName(h)}{issued}, xin báo cáo kết quả thực hiện tính đến ngày {asOf} như sau:"));
    }

    // ---- I. results: the four buckets overall, then one row per unit ----

    private static void Results(Body body, AccountabilityReport report)
    {
        var o = report.Overall;
        body.Append(Heading(ReportWords.Results));
        body.Append(Heading("1. Kết quả chung", bold: false, italic: true));
        body.Append(BodyText($"Tổng số nhiệm vụ: {o.Total}; trong đó đã hoàn thành {o.Done} nhiệm vụ ({o.OnTime} đúng hạn, {o.Late} quá hạn); " +
                             $"chưa hoàn thành {o.Open} nhiệm vụ ({o.WithinDeadline} trong hạn, {o.Overdue} quá hạn)."));
        body.Append(BodyText(
            $"Tỷ lệ hoàn thành đúng hạn trên số nhiệm vụ đã đến hạn hoặc đã hoàn thành ({o.Settled} nhiệm vụ): {ReportWords.Rate(o.OnTimeRate)}."));
        if (report.Extended > 0)
            body.Append(BodyText($"Số nhiệm vụ được gia hạn: {report.Extended}."));
        body.Append(Heading("2. Kết quả theo đơn vị", bold: false, italic: true));

        string[] headers = ["STT", ReportWords.Unit, ReportWords.Total, ReportWords.OnTime, ReportWords.Late, ReportWords.WithinDeadline,
            ReportWords.Overdue, ReportWords.OnTimeRate];
        int[] widths = [650, 2100, 800, 1050, 1050, 1050, 1050, 1021];
        var rows = report.Units.Select((u, i) => Row(widths, false, ReportWords.Number(i + 1), u.Unit,
            ReportWords.Number(u.Counts.Total), ReportWords.Number(u.Counts.OnTime), ReportWords.Number(u.Counts.Late),
            ReportWords.Number(u.Counts.WithinDeadline), ReportWords.Number(u.Counts.Overdue), ReportWords.Rate(u.Counts.OnTimeRate))).ToList();
        rows.Add(Row(widths, true, "", ReportWords.GrandTotal, ReportWords.Number(o.Total), ReportWords.Number(o.OnTime), ReportWords.Number(o.Late),
            ReportWords.Number(o.WithinDeadline), ReportWords.Number(o.Overdue), ReportWords.Rate(o.OnTimeRate)));
        body.Append(Grid(widths, Row(widths, true, headers), rows));
        body.Append(Para(JustificationValues.Both, 0));
    }

    // ---- II. shortcomings: blocked tasks with their notes; late and overdue tasks with their explanations ----

    private static void Shortcomings(Body body, AccountabilityReport report)
    {
        body.Append(Heading(ReportWords.Shortcomings));
        body.Append(Heading("1. Nhiệm vụ gặp khó khăn, vướng mắc", bold: false, italic: true));
        var blocked = report.Tasks.Where(t => t.Status == Plans.WorkStatus.Blocked).ToList();
        if (blocked.Count == 0) body.Append(BodyText("Không có."));
        foreach (var t in blocked)
            body.Append(BodyText($"- {t.Unit}: {t.Task}. {(string.IsNullOrWhiteSpace(t.Note) ? "Chưa nêu nguyên nhân." : $"Nguyên nhân: {t.Note}")}"));

        body.Append(Heading("2. Nhiệm vụ hoàn thành quá hạn, chưa hoàn thành quá hạn", bold: false, italic: true));
        var late = report.Tasks.Where(t => t.Bucket is AccountBucket.DoneLate or AccountBucket.OpenOverdue).ToList();
        if (late.Count == 0) body.Append(BodyText("Không có."));
        foreach (var t in late)
        {
            var when = t.Bucket == AccountBucket.DoneLate
                ? $"hạn {ReportWords.Date(t.Due!.Value)}, hoàn thành ngày {ReportWords.Date(t.CompletedOn!.Value)}"
                : $"hạn {ReportWords.Date(t.Due!.Value)}, quá hạn {report.AsOf.DayNumber - t.Due.Value.DayNumber} ngày";
            var why = string.IsNullOrWhiteSpace(t.Explanation) ? "Đơn vị chưa giải trình." : $"Giải trình của đơn vị: “{t.Explanation}”";
            body.Append(BodyText($"- {t.Unit}: {t.Task} ({when}). {why}"));
        }
    }

    // ---- III. next: open tasks by due date, with extensions ----

    private static void NextSteps(Body body, AccountabilityReport report)
    {
        body.Append(Heading(ReportWords.NextSteps));
        var open = report.Tasks.Where(t => Status.TaskStanding.IsOpen(t.Status)).OrderBy(t => t.Due ?? DateOnly.MaxValue).ToList();
        if (open.Count == 0) body.Append(BodyText("Các nhiệm vụ của Kế hoạch đã hoàn thành."));
        foreach (var t in open)
        {
            var due = t.Due is { } d ? $"hạn {ReportWords.Date(d)}" : "không có hạn cụ thể";
            var extended = t.ExtendedDue is not null && t.OriginalDue is { } o ? $" (gia hạn từ {ReportWords.Date(o)})" : "";
            body.Append(BodyText($"- {t.Unit}: {t.Task}; {due}{extended}; tiến độ {t.Percent}%."));
        }
        body.Append(BodyText($"Trên đây là báo cáo kết quả thực hiện {ReportWords.PlanName(report.Heading)}./.").WithSpaceAfter(360));
    }

    // ---- "Nơi nhận" | signer's title, space to sign, name ----

    private static void Closing(Body body, AccountabilityReport report)
    {
        var h = report.Heading;
        var left = new List<Paragraph>
        {
            Para(JustificationValues.Left, 0, Text(ReportWords.Recipients, bold: true, italic: true, size: 24)),
            Para(JustificationValues.Left, 0, Text("- ……… (để báo cáo);", size: 22)),
            Para(JustificationValues.Left, 0, Text("- Lưu: VT.", size: 22)),
        };
        var right = new List<Paragraph>
        {
            Para(JustificationValues.Center, 0, Text((h.SignerTitle ?? "THỦ TRƯỞNG CƠ QUAN").ToUpperInvariant(), bold: true)),
            Para(JustificationValues.Center, 0, Text("(Ký, ghi rõ họ tên và đóng dấu)", italic: true, size: 24)).WithSpaceAfter(1200),
            Para(JustificationValues.Center, 0, Text(h.SignerName ?? "", bold: true)),
        };
        body.Append(TwoColumns(4200, left, right));
    }

    // ---- building blocks ----

    private static Paragraph Heading(string text, bool bold = true, bool italic = false) =>
        Para(JustificationValues.Both, 567, Text(text, bold: bold, italic: italic)).WithSpaceBefore(120);

    /// <summary>Body text: justified, first line indented 1 cm, as Nghị định 30 lays out a paragraph.</summary>
    private static Paragraph BodyText(string text) => Para(JustificationValues.Both, 567, Text(text));

    private static Paragraph Para(JustificationValues align, int firstLine, params Run[] runs)
    {
        // Typed properties keep the children in the order the schema requires (pBdr, spacing, ind, jc).
        var props = new ParagraphProperties { Justification = new Justification { Val = align } };
        if (firstLine > 0) props.Indentation = new Indentation { FirstLine = Twips(firstLine) };
        var p = new Paragraph(props);
        p.Append(runs);
        return p;
    }

    private static Run Text(string text, bool bold = false, bool italic = false, int size = 28)
    {
        var props = new RunProperties();
        if (bold) props.Bold = new Bold();
        if (italic) props.Italic = new Italic();
        if (size != 28) props.FontSize = new FontSize { Val = Twips(size) };
        return new Run(props, new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    /// <summary>
    /// The short solid line under the issuing body, the motto and the subject: an empty paragraph's top border,
    /// its length set by equal side indents within the <paramref name="width"/> it sits in.
    /// </summary>
    private static Paragraph Rule(int length, int width)
    {
        var p = Para(JustificationValues.Center, 0);
        var props = p.ParagraphProperties!;
        props.ParagraphBorders = new ParagraphBorders(new TopBorder { Val = BorderValues.Single, Size = 6, Space = 1 });
        props.SpacingBetweenLines = new SpacingBetweenLines { Before = "40", After = "80", Line = "120", LineRule = LineSpacingRuleValues.Exact };
        var side = Twips(Math.Max(0, (width - length) / 2));
        props.Indentation = new Indentation { Left = side, Right = side };
        return p;
    }

    private static string Twips(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static Table TwoColumns(int leftWidth, IEnumerable<Paragraph> left, IEnumerable<Paragraph> right)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Width = TextWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(new GridColumn { Width = leftWidth.ToString(CultureInfo.InvariantCulture) },
                new GridColumn { Width = (TextWidth - leftWidth).ToString(CultureInfo.InvariantCulture) }));
        table.Append(new TableRow(Cell(leftWidth, left), Cell(TextWidth - leftWidth, right)));
        return table;
    }

    private static TableCell Cell(int width, IEnumerable<Paragraph> content)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa }));
        cell.Append(content);
        return cell;
    }

    private static Table Grid(int[] widths, TableRow header, IEnumerable<TableRow> rows)
    {
        var table = new Table(new TableProperties(
                new TableStyle { Val = "TableGrid" },
                new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        header.PrependChild(new TableRowProperties(new TableHeader()));
        table.Append(header);
        table.Append(rows);
        return table;
    }

    /// <summary>A row of the per-unit table, 12 pt so that eight columns fit the width; numbers centred, the unit's name left.</summary>
    private static TableRow Row(int[] widths, bool bold, params string[] cells) =>
        new(cells.Select((c, i) => Cell(widths[i],
            [Para(i == 1 && !bold ? JustificationValues.Left : JustificationValues.Center, 0, Text(c, bold: bold, size: 24)).WithSpaceAfter(0)])));

    private static Paragraph WithSpaceBefore(this Paragraph p, int before)
    {
        var props = p.ParagraphProperties!;
        props.SpacingBetweenLines ??= new SpacingBetweenLines();
        props.SpacingBetweenLines.Before = Twips(before);
        return p;
    }

    private static Paragraph WithSpaceAfter(this Paragraph p, int after)
    {
        var props = p.ParagraphProperties!;
        props.SpacingBetweenLines ??= new SpacingBetweenLines();
        props.SpacingBetweenLines.After = Twips(after);
        return p;
    }
}
