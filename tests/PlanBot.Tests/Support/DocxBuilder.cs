using System.Globalization;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanBot.Tests.Support;

/// <summary>
/// Writes plans the way Word does — paragraphs with soft breaks and tabs, automatic numbering from numbering.xml
/// (the number is not in the text), the two-column header and signature blocks as borderless layout tables,
/// task tables with merged cells (vMerge, gridSpan) and two-row headers, a page break before an appendix —
/// and renders the same document as HTML, as Word would print it, for a PDF made with Chromium
/// (<see cref="ChromiumPdf"/>).
/// </summary>
public sealed class DocxBuilder
{
    /// <summary>Marks a cell continuing the merged cell above it (Word's vMerge continue; HTML rowspan).</summary>
    public const string SameAsAbove = "^";

    /// <summary>Marks a cell covered by the cell on its left (Word's gridSpan; HTML colspan).</summary>
    public const string SpanLeft = "<";

    /// <summary>A cell numbered by Word (the STT column as a numbered list: the number is not in the text); .docx only.</summary>
    public const string AutoNumber = "#";

    /// <summary>The lists of numbering.xml: each numId's levels as (format, level text).</summary>
    public enum List { Bullet = 1, Headings = 2, Numbers = 3, Letters = 4 }

    private static readonly Dictionary<List, (NumberFormatValues Format, string Text)[]> Lists = new()
    {
        [List.Bullet] = [(NumberFormatValues.Bullet, "-"), (NumberFormatValues.Bullet, "+"), (NumberFormatValues.Bullet, "•")],
        [List.Headings] = [(NumberFormatValues.UpperRoman, "%1."), (NumberFormatValues.Decimal, "%2."), (NumberFormatValues.LowerLetter, "%3)")],
        [List.Numbers] = [(NumberFormatValues.Decimal, "%1."), (NumberFormatValues.Decimal, "%1.%2."), (NumberFormatValues.LowerLetter, "%3)")],
        [List.Letters] = [(NumberFormatValues.LowerLetter, "%1)"), (NumberFormatValues.Decimal, "%2.")],
    };

    private abstract record Block;
    private sealed record Para(string Text, List? NumList, int Level, bool Bold, bool Center, bool Restart) : Block;
    private sealed record Grid(string[][] Rows, bool Borders, bool CenterRight) : Block;
    private sealed record PageBreak : Block;
    private sealed record Picture(byte[] Png) : Block;

    private readonly List<Block> _blocks = [];

    public DocxBuilder Paragraph(string text) => Add(new Para(text, null, 0, false, false, false));

    /// <summary>A centred bold line (the title "KẾ HOẠCH", a heading of the appendix).</summary>
    public DocxBuilder Title(string text) => Add(new Para(text, null, 0, true, true, false));

    /// <summary>A paragraph in Word's automatic bullet list: no "-" in its text.</summary>
    public DocxBuilder Bullet(string text, int level = 0) => Add(new Para(text, List.Bullet, level, false, false, false));

    /// <summary>A paragraph numbered by Word (level 0, 1, 2 of the list); <paramref name="restart"/> starts the list again at 1 (a new numId with startOverride).</summary>
    public DocxBuilder Numbered(string text, List list = List.Numbers, int level = 0, bool restart = false) =>
        Add(new Para(text, list, level, level == 0 && list == List.Headings, false, restart));

    /// <summary>A bordered table; cells may hold several paragraphs ("\n"), <see cref="SameAsAbove"/> and <see cref="SpanLeft"/>.</summary>
    public DocxBuilder Table(params string[][] rows) => Add(new Grid(rows, true, false));

    /// <summary>A borderless layout table: the two-column header, or "Nơi nhận" beside the signature; a cell's lines are its paragraphs, "- " lines Word bullets.</summary>
    public DocxBuilder Layout(params string[][] rows) => Add(new Grid(rows, false, true));

    public DocxBuilder PageBreakBefore() => Add(new PageBreak());

    /// <summary>A picture in its own paragraph (a scanned signature and stamp, a logo): an image part and an inline drawing, as Word stores it.</summary>
    public DocxBuilder Image(byte[] png) => Add(new Picture(png));

    private DocxBuilder Add(Block block)
    {
        _blocks.Add(block);
        return this;
    }

    /// <summary>Every line of a text plan as a paragraph; "- " bullets become Word bullets.</summary>
    public static DocxBuilder FromText(string text)
    {
        var builder = new DocxBuilder();
        foreach (var line in text.Replace("\r", "").Split('\n'))
        {
            if (line.StartsWith("- ", StringComparison.Ordinal)) builder.Bullet(line[2..]);
            else builder.Paragraph(line);
        }
        return builder;
    }

    /// <summary>
    /// The seed plan as an office writes it in Word: the agency and the national motto side by side, "Số" beside
    /// the place and date, headings and items numbered by Word (I., 1.), Word bullets, "Nơi nhận" beside the
    /// signature. The text is the seed's, line for line.
    /// </summary>
    public static DocxBuilder Seed(string seedText)
    {
        var lines = seedText.Replace("\r", "").Split('\n').ToList();
        var builder = new DocxBuilder()
            .Layout(["UBND TỈNH BẮC GIANG\nSỞ KHOA HỌC VÀ CÔNG NGHỆ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
                    [lines.First(l => l.StartsWith("Số:", StringComparison.Ordinal)), lines.First(l => l.Contains(", ngày", StringComparison.Ordinal))]);
        var body = lines.SkipWhile(l => l.Trim() != "KẾ HOẠCH").TakeWhile(l => l.Trim() != "Nơi nhận:").ToList();
        var closing = lines.SkipWhile(l => l.Trim() != "Nơi nhận:").Where(l => l.Trim().Length > 0).ToList();
        var roman = new System.Text.RegularExpressions.Regex(@"^[IVX]+\.\s+");
        var number = new System.Text.RegularExpressions.Regex(@"^\d+\.\s+");
        foreach (var line in body)
        {
            if (line.Trim() == "KẾ HOẠCH") builder.Title(line);
            else if (roman.IsMatch(line)) builder.Numbered(roman.Replace(line, ""), List.Headings, 0);
            else if (number.IsMatch(line)) builder.Numbered(number.Replace(line, ""), List.Headings, 1);
            else if (line.StartsWith("- ", StringComparison.Ordinal)) builder.Bullet(line[2..]);
            else builder.Paragraph(line);
        }
        var signer = closing.Skip(1).SkipWhile(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        builder.Layout([string.Join("\n", closing.TakeWhile(l => !signer.Contains(l))), string.Join("\n\n", signer)]);
        return builder;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var numbering = new NumberingParts();
            var body = new Body(_blocks.SelectMany(b => b is Picture picture ? [WordPicture(main, picture.Png)] : Word(b, numbering)));
            body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 }, new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 1134 }));
            main.Document = new Document(body);
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering.Part();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman" }, new FontSize { Val = "26" }))));
        }
        return stream.ToArray();
    }

    /// <summary>Keeps the numbering part as Word writes it: one abstract definition per list, a new instance with startOverride for each restart.</summary>
    private sealed class NumberingParts
    {
        private readonly List<NumberingInstance> _instances = [];
        private int _next = 10;

        public int InstanceOf(List list, bool restart)
        {
            if (!restart) return (int)list;
            var id = _next++;
            _instances.Add(new NumberingInstance(new AbstractNumId { Val = (int)list }, new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 }) { NumberID = id });
            return id;
        }

        public Numbering Part()
        {
            var numbering = new Numbering();
            foreach (var (list, levels) in Lists)
                numbering.Append(new AbstractNum(levels.Select((l, i) => new Level(
                    new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = l.Format }, new LevelText { Val = l.Text },
                    new LevelJustification { Val = LevelJustificationValues.Left },
                    new PreviousParagraphProperties(new Indentation { Left = (720 * (i + 1)).ToString(CultureInfo.InvariantCulture), Hanging = "360" })) { LevelIndex = i }))
                { AbstractNumberId = (int)list });
            foreach (var list in Lists.Keys) numbering.Append(new NumberingInstance(new AbstractNumId { Val = (int)list }) { NumberID = (int)list });
            foreach (var instance in _instances) numbering.Append(instance);
            return numbering;
        }
    }

    private static IEnumerable<OpenXmlElement> Word(Block block, NumberingParts numbering)
    {
        switch (block)
        {
            case Para p:
                yield return WordParagraph(p, numbering);
                break;
            case PageBreak:
                yield return new Paragraph(new Run(new Break { Type = BreakValues.Page }));
                break;
            case Grid g:
                yield return WordTable(g, numbering);
                break;
        }
    }

    private static Paragraph WordPicture(MainDocumentPart main, byte[] png)
    {
        var part = main.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(png)) part.FeedData(stream);
        var id = main.GetIdOfPart(part);
        const long cx = 1800000, cy = 1200000; // EMU: about 5 × 3.3 cm
        var picture = new DocumentFormat.OpenXml.Drawing.Pictures.Picture(
            new DocumentFormat.OpenXml.Drawing.Pictures.NonVisualPictureProperties(
                new DocumentFormat.OpenXml.Drawing.Pictures.NonVisualDrawingProperties { Id = 0U, Name = "con-dau.png" },
                new DocumentFormat.OpenXml.Drawing.Pictures.NonVisualPictureDrawingProperties()),
            new DocumentFormat.OpenXml.Drawing.Pictures.BlipFill(new DocumentFormat.OpenXml.Drawing.Blip { Embed = id }, new DocumentFormat.OpenXml.Drawing.Stretch(new DocumentFormat.OpenXml.Drawing.FillRectangle())),
            new DocumentFormat.OpenXml.Drawing.Pictures.ShapeProperties(
                new DocumentFormat.OpenXml.Drawing.Transform2D(new DocumentFormat.OpenXml.Drawing.Offset { X = 0L, Y = 0L }, new DocumentFormat.OpenXml.Drawing.Extents { Cx = cx, Cy = cy }),
                new DocumentFormat.OpenXml.Drawing.PresetGeometry(new DocumentFormat.OpenXml.Drawing.AdjustValueList()) { Preset = DocumentFormat.OpenXml.Drawing.ShapeTypeValues.Rectangle }));
        var inline = new DocumentFormat.OpenXml.Drawing.Wordprocessing.Inline(
            new DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent { Cx = cx, Cy = cy },
            new DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties { Id = 1U, Name = "Picture 1" },
            new DocumentFormat.OpenXml.Drawing.Graphic(new DocumentFormat.OpenXml.Drawing.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }));
        return new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), new Run(new Drawing(inline)));
    }

    private static Paragraph WordParagraph(Para p, NumberingParts numbering)
    {
        var props = new ParagraphProperties();
        if (p.NumList is { } list)
            props.Append(new NumberingProperties(new NumberingLevelReference { Val = p.Level }, new NumberingId { Val = numbering.InstanceOf(list, p.Restart) }));
        if (p.Center) props.Append(new Justification { Val = JustificationValues.Center });
        var paragraph = new Paragraph(props);
        var runProps = p.Bold ? new RunProperties(new Bold()) : null;
        var run = new Run();
        if (runProps is not null) run.Append(runProps);
        var parts = p.Text.Split('\n');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0) run.Append(new Break()); // Shift+Enter: a line break inside the paragraph
            var pieces = parts[i].Split('\t');
            for (var j = 0; j < pieces.Length; j++)
            {
                if (j > 0) run.Append(new TabChar());
                if (pieces[j].Length > 0) run.Append(new Text(pieces[j]) { Space = SpaceProcessingModeValues.Preserve });
            }
        }
        paragraph.Append(run);
        return paragraph;
    }

    private static Table WordTable(Grid g, NumberingParts numbering)
    {
        var columns = g.Rows.Max(r => r.Length);
        var borders = g.Borders
            ? new TableBorders(new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new RightBorder { Val = BorderValues.Single, Size = 4 }, new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })
            : new TableBorders(new TopBorder { Val = BorderValues.Nil }, new BottomBorder { Val = BorderValues.Nil }, new LeftBorder { Val = BorderValues.Nil },
                new RightBorder { Val = BorderValues.Nil }, new InsideHorizontalBorder { Val = BorderValues.Nil }, new InsideVerticalBorder { Val = BorderValues.Nil });
        var table = new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }, borders),
            new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = (9000 / columns).ToString(CultureInfo.InvariantCulture) })));
        var restart = true;
        for (var r = 0; r < g.Rows.Length; r++)
        {
            var row = new TableRow();
            var cells = g.Rows[r];
            for (var c = 0; c < cells.Length; c++)
            {
                if (cells[c] == SpanLeft) continue;
                var span = 1;
                while (c + span < cells.Length && cells[c + span] == SpanLeft) span++;
                var props = new TableCellProperties();
                if (span > 1) props.Append(new GridSpan { Val = span });
                if (cells[c] == SameAsAbove) props.Append(new VerticalMerge());
                else if (r + 1 < g.Rows.Length && c < g.Rows[r + 1].Length && g.Rows[r + 1][c] == SameAsAbove) props.Append(new VerticalMerge { Val = MergedCellValues.Restart });
                var cell = new TableCell(props);
                var text = cells[c] == SameAsAbove ? "" : cells[c];
                var center = g.CenterRight && (c > 0 || !text.Contains("\n- ", StringComparison.Ordinal));
                if (text == AutoNumber)
                {
                    cell.Append(WordParagraph(new Para("", List.Numbers, 0, false, false, restart), numbering));
                    restart = false;
                    row.Append(cell);
                    continue;
                }
                foreach (var line in text.Split('\n'))
                {
                    var bullet = !g.Borders && line.StartsWith("- ", StringComparison.Ordinal);
                    cell.Append(WordParagraph(new Para(bullet ? line[2..] : line, bullet ? List.Bullet : null, 0, false, center && !bullet, false), numbering));
                }
                row.Append(cell);
            }
            table.Append(row);
        }
        return table;
    }

    /// <summary>The document as Word prints it (A4, Times New Roman 13 pt): numbers and bullets written out, layout tables without borders.</summary>
    public string Html()
    {
        var sb = new StringBuilder("""
            <!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
            @page { size: A4; margin: 2cm 2cm 2cm 3cm; }
            body { font-family: "Liberation Serif", "Times New Roman", serif; font-size: 13pt; line-height: 1.25; }
            p { margin: 0 0 6pt 0; text-align: justify; }
            p.c { text-align: center; font-weight: bold; }
            table { width: 100%; border-collapse: collapse; margin: 6pt 0; }
            table.grid td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: middle; }
            table.layout td { border: none; vertical-align: top; text-align: center; padding: 0 4pt; }
            table.layout td p { text-align: inherit; margin: 0; }
            table.layout td.l { width: 42%; }
            table.layout td.list { text-align: left; }
            .tab { display: inline-block; width: 4em; }
            .brk { page-break-before: always; }
            </style></head><body>
            """);
        var counters = new Dictionary<(int Instance, int Level), int>();
        var instances = new Dictionary<List, int>();
        var nextInstance = 100;
        foreach (var block in _blocks)
        {
            switch (block)
            {
                case Para p:
                    sb.Append(p.Center ? "<p class=\"c\">" : "<p>").Append(Marker(p)).Append(Inline(p.Text)).Append("</p>\n");
                    break;
                case PageBreak:
                    sb.Append("<div class=\"brk\"></div>\n");
                    break;
                case Picture picture:
                    sb.Append("<p class=\"c\"><img style=\"width:5cm;height:3.3cm\" src=\"data:image/png;base64,").Append(Convert.ToBase64String(picture.Png)).Append("\"></p>\n");
                    break;
                case Grid g:
                    HtmlTable(g, sb);
                    break;
            }
        }
        return sb.Append("</body></html>").ToString();

        string Marker(Para p)
        {
            if (p.NumList is not { } list) return "";
            var (format, text) = Lists[list][p.Level];
            if (format == NumberFormatValues.Bullet) return WebUtility.HtmlEncode(text) + " ";
            if (p.Restart || !instances.ContainsKey(list)) instances[list] = p.Restart ? nextInstance++ : (int)list;
            var instance = instances[list];
            counters[(instance, p.Level)] = counters.GetValueOrDefault((instance, p.Level)) + 1;
            foreach (var key in counters.Keys.Where(k => k.Instance == instance && k.Level > p.Level).ToList()) counters.Remove(key);
            for (var n = 0; n <= p.Level; n++)
            {
                var value = Math.Max(1, counters.GetValueOrDefault((instance, n)));
                var f = Lists[list][n].Format;
                var shown = f == NumberFormatValues.UpperRoman ? Roman(value) : f == NumberFormatValues.LowerLetter ? ((char)('a' + value - 1)).ToString() : value.ToString(CultureInfo.InvariantCulture);
                text = text.Replace("%" + (n + 1).ToString(CultureInfo.InvariantCulture), shown, StringComparison.Ordinal);
            }
            return text + " ";
        }
    }

    private static string Roman(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", 4 => "IV", 5 => "V", 6 => "VI", 7 => "VII", 8 => "VIII", 9 => "IX", _ => "X" };

    private static string Inline(string text) =>
        string.Join("<br>", text.Split('\n').Select(line => string.Join("<span class=\"tab\"></span>", line.Split('\t').Select(WebUtility.HtmlEncode))));

    private static void HtmlTable(Grid g, StringBuilder sb)
    {
        sb.Append(g.Borders ? "<table class=\"grid\">" : "<table class=\"layout\">");
        for (var r = 0; r < g.Rows.Length; r++)
        {
            sb.Append("<tr>");
            var cells = g.Rows[r];
            for (var c = 0; c < cells.Length; c++)
            {
                if (cells[c] is SpanLeft or SameAsAbove) continue;
                var span = 1;
                while (c + span < cells.Length && cells[c + span] == SpanLeft) span++;
                var rows = 1;
                while (r + rows < g.Rows.Length && c < g.Rows[r + rows].Length && g.Rows[r + rows][c] == SameAsAbove) rows++;
                var css = g.Borders ? "" : (c == 0 ? "l" : "") + (cells[c].Contains("\n- ", StringComparison.Ordinal) ? " list" : "");
                sb.Append("<td").Append(css.Length > 0 ? $" class=\"{css.Trim()}\"" : "")
                  .Append(span > 1 ? $" colspan=\"{span}\"" : "").Append(rows > 1 ? $" rowspan=\"{rows}\"" : "").Append('>');
                sb.Append(string.Concat(cells[c].Split('\n').Select(line => line.Length == 0 ? "<p>&nbsp;</p>" : "<p>" + Inline(line) + "</p>")));
                sb.Append("</td>");
            }
            sb.Append("</tr>\n");
        }
        sb.Append("</table>\n");
    }
}
