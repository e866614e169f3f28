using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanBot.Core.Import;

/// <summary>
/// Turns a .docx plan into the plain lines the text parser reads, as Word shows the document: one line per
/// paragraph with Word's automatic numbering written out ("1.", "a)", "-", from numbering.xml), soft line
/// breaks as line breaks, data tables (tasks, an appendix) as "| cell | cell |" rows (<see cref="TableText"/>)
/// and layout tables (the two-column header and signature blocks) column by column, left column first,
/// so "ỦY BAN NHÂN DÂN TỈNH …" and "CỘNG HÒA XÃ HỘI …" do not interleave.
/// </summary>
public static class DocxText
{
    /// <summary>Largest uncompressed document part read; a bigger one is refused before inflating (zip bombs).</summary>
    public const long MaxDocumentPartBytes = 20L * 1024 * 1024;

    public static string Read(Stream docx)
    {
        using var buffer = new MemoryStream();
        docx.CopyTo(buffer);
        CheckSizes(buffer);
        buffer.Position = 0;
        using var document = WordprocessingDocument.Open(buffer, false);
        var main = document.MainDocumentPart;
        var body = main?.Document?.Body ?? throw new InvalidDataException("The document has no body.");
        var writer = new Writer(new DocxNumbering(main!.NumberingDefinitionsPart?.Numbering, main.StyleDefinitionsPart?.Styles));
        writer.Blocks(body);
        return writer.Text;
    }

    /// <summary>Refuses archives whose parts would inflate past the limit, reading only the zip directory.</summary>
    private static void CheckSizes(MemoryStream buffer)
    {
        buffer.Position = 0;
        using var zip = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true);
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            if (entry.Length > MaxDocumentPartBytes || total > 4 * MaxDocumentPartBytes)
                throw new InvalidDataException("The document expands to more than PlanBot reads.");
        }
    }

    private sealed class Writer(DocxNumbering numbering)
    {
        private readonly StringBuilder _sb = new();

        public string Text => _sb.ToString();

        /// <summary>Paragraphs and tables in document order; content controls and custom XML are looked through.</summary>
        public void Blocks(OpenXmlElement container)
        {
            foreach (var element in container.ChildElements)
            {
                switch (element)
                {
                    case Paragraph p:
                        Paragraph(p);
                        break;
                    case Table t:
                        Table(t);
                        break;
                    case SdtBlock or SdtContentBlock or CustomXmlBlock or SdtCell or SdtContentCell:
                        Blocks(element);
                        break;
                }
            }
        }

        private void Paragraph(Paragraph p)
        {
            var (text, boxes) = Inline(p);
            _sb.Append(numbering.Prefix(p)).Append(text).Append('\n');
            foreach (var box in boxes) Blocks(box);
        }

        private void Table(Table table)
        {
            var grid = Grid.Of(table);
            if (grid.Cells.Count == 0) return;
            // Decided on the plain text, so the numbering counters advance only once, when the cells are written.
            if (TableText.IsDataTable(grid.Rows(PlainText), grid.Columns))
            {
                TableText.Write(grid.Rows(CellText), _sb);
                return;
            }
            // A layout table: each column is a block of its own (read top to bottom, left column first).
            // A row that is one cell across the table (a title between the blocks) stays where it is.
            var pending = new List<Grid.Cell>();
            foreach (var row in grid.Cells)
            {
                if (row.Count == 1 && row[0].Span >= grid.Columns && grid.Columns > 1)
                {
                    FlushColumns(pending);
                    Blocks(row[0].Element);
                    continue;
                }
                pending.AddRange(row.Where(c => !c.Continues));
            }
            FlushColumns(pending);
        }

        private void FlushColumns(List<Grid.Cell> cells)
        {
            foreach (var cell in cells.OrderBy(c => c.Column)) Blocks(cell.Element);
            cells.Clear();
        }

        private static string PlainText(TableCell cell) => string.Join(" ", cell.Descendants<Paragraph>().Select(p => Inline(p).Text));

        /// <summary>A data cell on one line: paragraphs joined (by "; " where a paragraph ends without punctuation, as a list of units does).</summary>
        private string CellText(TableCell cell)
        {
            var parts = new List<string>();
            foreach (var p in cell.Descendants<Paragraph>())
            {
                var text = (numbering.Prefix(p) + Inline(p).Text.Replace('\n', ' ')).Trim();
                if (text.Length > 0) parts.Add(text);
            }
            var sb = new StringBuilder();
            for (var i = 0; i < parts.Count; i++)
            {
                if (i > 0) sb.Append(parts[i - 1][^1] is '.' or ';' or ',' or ':' or '-' ? " " : "; ");
                sb.Append(parts[i]);
            }
            return sb.ToString();
        }

        /// <summary>
        /// The text Word shows for a paragraph: runs, tabs, soft breaks (as line breaks), non-breaking hyphens;
        /// not deleted or moved-away text, field codes, hidden text or a drawing's fallback copy.
        /// Text boxes come back separately, to be read after the paragraph.
        /// </summary>
        private static (string Text, List<OpenXmlElement> Boxes) Inline(Paragraph p)
        {
            var sb = new StringBuilder();
            var boxes = new List<OpenXmlElement>();
            Walk(p, sb, boxes);
            return (Tabs(sb.ToString()), boxes);
        }

        private static void Walk(OpenXmlElement element, StringBuilder sb, List<OpenXmlElement> boxes)
        {
            foreach (var e in element.ChildElements)
            {
                switch (e)
                {
                    case Text t: sb.Append(t.Text); break;
                    case TabChar or PositionalTab: sb.Append('\t'); break;
                    case Break or CarriageReturn: sb.Append('\n'); break;
                    case NoBreakHyphen: sb.Append('-'); break;
                    case ParagraphProperties or RunProperties or DeletedText or FieldCode or DeletedRun or MoveFromRun or SoftHyphen or SymbolChar: break;
                    case Run r when r.RunProperties?.Vanish is { } vanish && vanish.Val?.Value != false: break;
                    case AlternateContentFallback: break;
                    case TextBoxContent box: boxes.Add(box); break;
                    default: Walk(e, sb, boxes); break;
                }
            }
        }

        /// <summary>A run of tabs between two texts places them apart on the line (two blocks: a line each); a single tab is a space.</summary>
        private static string Tabs(string text)
        {
            if (!text.Contains('\t', StringComparison.Ordinal)) return text;
            var lines = text.Split('\n').Select(line =>
                string.Join("\n", System.Text.RegularExpressions.Regex.Split(line.Trim('\t', ' '), @"[ ]*\t[ \t]*\t[ \t]*")
                    .Select(part => part.Replace('\t', ' '))));
            return string.Join("\n", lines);
        }
    }

    /// <summary>A table laid on its grid: which grid column each cell starts in, its span, and whether it continues a vertical merge.</summary>
    private sealed class Grid
    {
        public sealed record Cell(TableCell Element, int Column, int Span, bool Continues);

        public List<List<Cell>> Cells { get; } = [];

        public int Columns { get; private set; }

        public static Grid Of(Table table)
        {
            var grid = new Grid();
            foreach (var row in table.Elements<TableRow>())
            {
                var column = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
                var cells = new List<Cell>();
                foreach (var cell in row.ChildElements.SelectMany(e => e is TableCell c ? [c] : e is SdtCell ? e.Descendants<TableCell>() : []))
                {
                    var props = cell.TableCellProperties;
                    var span = Math.Max(1, props?.GridSpan?.Val?.Value ?? 1);
                    var merge = props?.VerticalMerge;
                    var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                    cells.Add(new Cell(cell, column, span, continues));
                    column += span;
                }
                grid.Cells.Add(cells);
                grid.Columns = Math.Max(grid.Columns, column);
            }
            return grid;
        }

        /// <summary>Each row's text per grid column: spans repeated, a vertically merged cell's text on every row it covers.</summary>
        public List<IReadOnlyList<string>> Rows(Func<TableCell, string> text)
        {
            var rows = new List<IReadOnlyList<string>>();
            string[]? above = null;
            foreach (var cells in Cells)
            {
                var values = new string[Columns];
                Array.Fill(values, "");
                foreach (var cell in cells)
                {
                    var value = cell.Continues ? null : text(cell.Element);
                    for (var c = cell.Column; c < Math.Min(Columns, cell.Column + cell.Span); c++)
                        values[c] = value ?? above?[c] ?? "";
                }
                rows.Add(values);
                above = values;
            }
            return rows;
        }
    }
}
