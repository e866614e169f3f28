using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace PlanBot.Core.Import;

/// <summary>What a PDF held: its text in reading order, or why there is none.</summary>
public sealed record PdfReading(string? Text, bool TooManyPages = false)
{
    /// <summary>No text layer to speak of: a scan, or pages of images.</summary>
    public bool Scanned => Text is null && !TooManyPages;
}

/// <summary>
/// Turns a text PDF into the lines the text parser reads, in reading order: letters become words and lines by
/// their baseline; a ruled table becomes "| cell | cell |" rows (<see cref="PdfTables"/>, merged cells as from
/// .docx); a two-column block (the header and signature tables) is read column by column, left first; the lines
/// of one paragraph that the page wrapped are joined again. A PDF with (almost) no letters is a scan.
/// </summary>
public static partial class PdfText
{
    /// <summary>More pages than any plan has; a longer PDF is refused rather than read.</summary>
    public const int MaxPages = 300;

    /// <summary>Fewer letters than this per page, on average, is a scan (a stamp or a page number is not a text layer).</summary>
    private const int ScannedLettersPerPage = 40;

    public static PdfReading Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        if (document.NumberOfPages > MaxPages) return new PdfReading(null, TooManyPages: true);
        var sb = new StringBuilder();
        var letters = 0;
        var flow = new ParagraphFlow(sb);
        var pages = new List<(Page Page, List<Glyph> Glyphs)>();
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            var page = document.GetPage(number);
            var glyphs = page.Letters.Where(l => l.TextOrientation == TextOrientation.Horizontal && l.Value.Length > 0).Select(Glyph.Of).ToList();
            letters += glyphs.Count(l => !l.IsSpace);
            pages.Add((page, glyphs));
        }
        for (var i = 0; i + 1 < pages.Count; i++) DropPageEdgeCopies(pages[i], pages[i + 1]);
        foreach (var (page, glyphs) in pages) ReadPage(page, glyphs, flow);
        flow.End();
        if (letters < ScannedLettersPerPage * Math.Max(1, document.NumberOfPages)) return new PdfReading(null);
        return new PdfReading(VietnameseText.WellFormed(sb.ToString()).Normalize(NormalizationForm.FormC));
    }

    /// <summary>
    /// A tall letter at a page break is printed on both pages (Chromium does so; the copy is clipped away on paper,
    /// not in the text layer). A short line at the bottom of a page whose every letter has a twin at the same place
    /// in a longer line at the top of the next (or the other way round) is such a copy.
    /// </summary>
    private static void DropPageEdgeCopies((Page Page, List<Glyph> Glyphs) upper, (Page Page, List<Glyph> Glyphs) lower)
    {
        var bottom = Lines(upper.Glyphs.Where(g => g.Baseline < upper.Page.Height * 0.2));
        var top = Lines(lower.Glyphs.Where(g => g.Baseline > lower.Page.Height * 0.8));
        Drop(bottom, top, upper.Glyphs);
        Drop(top, bottom, lower.Glyphs);

        static void Drop(List<TextLine> candidates, List<TextLine> others, List<Glyph> from)
        {
            foreach (var line in candidates)
            {
                var letters = line.Glyphs.Where(g => !g.IsSpace).ToList();
                if (letters.Count is 0 or > 3) continue;
                if (letters.All(g => others.Any(o => o.Glyphs.Count > 2 * letters.Count && o.Glyphs.Any(t => t.Value == g.Value && Math.Abs(t.Left - g.Left) < 0.5))))
                    from.RemoveAll(line.Glyphs.Contains);
            }
        }
    }

    private static void ReadPage(Page page, List<Glyph> letters, ParagraphFlow flow)
    {
        var tables = PdfTables.Find(page);
        var inTables = new HashSet<Glyph>();
        var items = new List<(double Top, Action Write)>();
        var first = tables.MaxBy(t => t.Top);
        foreach (var table in tables)
        {
            // The first table of a page, with nothing above it, may go on from the last one of the page before (same columns).
            var goesOn = flow.LastTable is { } last && table == first && SameColumns(last.Columns, table.Columns) && !letters.Any(l => !l.IsSpace && l.Baseline > table.Top);
            var rows = table.Rows(letters, inTables, goesOn ? (flow.LastTable!.Value.LastRow, flow.LastTable.Value.OpenAtBottom) : null);
            // A row the page break cut in two (no rule under it at all): the part on this page completes the last row of the page before.
            var splitRow = goesOn && flow.LastTable!.Value.OpenAtBottom.All(open => open);
            items.Add((table.Top, () => flow.Table(rows, table.Columns, table.OpenAtBottom, splitRow)));
        }
        var lines = Lines(letters.Where(l => !inTables.Contains(l)));
        var margins = lines.Count == 0 ? (0.0, page.Width) : (lines.Min(l => l.Left), lines.Max(l => l.Right));
        foreach (var block in Blocks(lines, margins))
            items.Add((block.Top, () => block.Write(flow)));
        foreach (var (_, write) in items.OrderByDescending(i => i.Top)) write();
        flow.PageEnd();
    }

    private static bool SameColumns(IReadOnlyList<double> a, IReadOnlyList<double> b) =>
        a.Count == b.Count && a.Zip(b).All(p => Math.Abs(p.First - p.Second) <= 2);

    /// <summary>Letters on one baseline, left to right (cells of one table row share a baseline too; they are split into runs later).</summary>
    internal static List<TextLine> Lines(IEnumerable<Glyph> letters)
    {
        var lines = new List<List<Glyph>>();
        foreach (var glyph in letters.OrderByDescending(l => l.Baseline).ThenBy(l => l.Left))
        {
            var line = lines.Count > 0 ? lines[^1] : null;
            if (line is not null && Math.Abs(line[0].Baseline - glyph.Baseline) <= 0.35 * Math.Max(line[0].Size, glyph.Size)) line.Add(glyph);
            else lines.Add([glyph]);
        }
        return lines.Select(l => new TextLine(l.OrderBy(g => g.Left).ToList())).Where(l => l.Runs.Count > 0).ToList();
    }

    /// <summary>
    /// Lines grouped into what is read as a unit: a plain line, a borderless table row (three or more runs far
    /// apart, cells joined by " | "), or a two-column block, read left column first.
    /// </summary>
    private static List<Block> Blocks(List<TextLine> lines, (double Left, double Right) margins)
    {
        var blocks = new List<Block>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Runs.Count != 2)
            {
                blocks.Add(new Block(line.Baseline + line.Size, [line], null));
                continue;
            }
            var columns = new TwoColumns(line, margins);
            var members = new List<TextLine> { line };
            for (var j = i + 1; j < lines.Count && columns.Takes(lines[j]); j++) members.Add(lines[j]);
            blocks.Add(new Block(line.Baseline + line.Size, members, columns));
            i += members.Count - 1;
        }
        return blocks;
    }

    private sealed record Block(double Top, List<TextLine> Lines, TwoColumns? Columns)
    {
        public void Write(ParagraphFlow flow)
        {
            if (Columns is null)
            {
                var line = Lines[0];
                if (line.Runs.Count >= 3) flow.Table([line.Runs.Select(r => r.Text).ToList()]);
                else flow.Line(line);
                return;
            }
            flow.Break();
            foreach (var side in new[] { true, false })
            {
                var width = Columns.Width(side);
                (TextLine Line, TextRun Run)? previous = null;
                var text = new StringBuilder();
                foreach (var line in Lines)
                    foreach (var run in line.Runs.Where(r => Columns.IsLeft(r) == side))
                    {
                        // A line of a column that the cell wrapped: its first word would not have fitted on the line before.
                        var wrapped = previous is { } p && p.Line.Baseline - line.Baseline <= 1.5 * line.Size && !ListMarker().IsMatch(run.Text)
                                      && p.Run.Right - p.Run.Left + run.FirstWordWidth + run.Size * 0.6 > width - run.Size * 0.4;
                        if (previous is not null) text.Append(wrapped ? ' ' : '\n');
                        text.Append(run.Text);
                        previous = (line, run);
                    }
                if (text.Length > 0) flow.Plain(text.ToString());
            }
            flow.Break();
        }
    }

    /// <summary>
    /// A two-column block started by a line with two runs far apart. It goes on while lines have two runs, or one run
    /// that sits in one of the columns (aligned with its left edge, right edge or centre); a line across the gap, or a
    /// centred title of the page, ends it.
    /// </summary>
    private sealed class TwoColumns
    {
        private readonly double _split;
        private readonly List<TextRun> _left = [];
        private readonly List<TextRun> _right = [];

        private readonly (double Left, double Right) _margins;

        public TwoColumns(TextLine first, (double Left, double Right) margins)
        {
            _margins = margins;
            _split = (first.Runs[0].Right + first.Runs[1].Left) / 2;
            // Both blocks centred in their cells (as the header is): the cells meet where both centres put the boundary.
            var fromLeft = 2 * (first.Runs[0].Left + first.Runs[0].Right) / 2 - margins.Left;
            var fromRight = 2 * (first.Runs[1].Left + first.Runs[1].Right) / 2 - margins.Right;
            var boundary = (fromLeft + fromRight) / 2;
            if (Math.Abs(fromLeft - fromRight) < 30 && boundary > first.Runs[0].Right && boundary < first.Runs[1].Left) _split = boundary;
            _left.Add(first.Runs[0]);
            _right.Add(first.Runs[1]);
        }

        public bool IsLeft(TextRun run) => (run.Left + run.Right) / 2 < _split;

        /// <summary>About the width of the column's cell: from the page's text margin to the gap between the columns.</summary>
        public double Width(bool left) => left ? _split - _margins.Left : _margins.Right - _split;

        public bool Takes(TextLine line)
        {
            if (line.Runs.Count >= 3) return false;
            if (line.Runs.Count == 2)
            {
                if (!(line.Runs[0].Right < _split && line.Runs[1].Left > _split)) return false;
                _left.Add(line.Runs[0]);
                _right.Add(line.Runs[1]);
                return true;
            }
            var run = line.Runs[0];
            if (run.Left < _split && run.Right > _split) return false;
            var column = IsLeft(run) ? _left : _right;
            var tolerance = Math.Max(4, run.Size * 0.5);
            var aligned = column.Any(c => Math.Abs(c.Left - run.Left) <= tolerance || Math.Abs(c.Right - run.Right) <= tolerance
                                          || Math.Abs((c.Left + c.Right) / 2 - (run.Left + run.Right) / 2) <= 2 * tolerance);
            if (aligned) column.Add(run);
            return aligned;
        }
    }

    /// <summary>
    /// Writes lines, joining the ones a page wrapped: a line continues the one before when the first word of it would
    /// not have fitted at the end of that one, it follows at normal line spacing (or at the top of the next page), and
    /// it does not start with a list marker.
    /// </summary>
    private sealed class ParagraphFlow(StringBuilder sb)
    {
        private TextLine? _last;
        private double _rightMargin;
        private bool _newPage;

        public void Line(TextLine line)
        {
            LastTable = null;
            Flush();
            if (_last is { } last && Continues(last, line)) sb.Append(' ');
            else if (_last is not null || sb.Length > 0) sb.Append('\n');
            sb.Append(line.Text);
            _rightMargin = Math.Max(_rightMargin, line.Right);
            _last = line;
            _newPage = false;
        }

        public void Plain(string text)
        {
            LastTable = null;
            Flush();
            Break();
            sb.Append(text).Append('\n');
        }

        private string[]? _pendingRow;

        public (IReadOnlyList<double> Columns, IReadOnlyList<string> LastRow, bool[] OpenAtBottom)? LastTable { get; private set; }

        /// <summary>Writes a table's rows; the last one waits, as the next page may complete it.</summary>
        public void Table(List<IReadOnlyList<string>> rows, IReadOnlyList<double>? columns = null, bool[]? openAtBottom = null, bool completesLastRow = false)
        {
            if (completesLastRow && _pendingRow is { } pending && rows.Count > 0 && rows[0].Count == pending.Length)
            {
                for (var c = 0; c < pending.Length; c++)
                    if (rows[0][c].Length > 0 && rows[0][c] != pending[c]) pending[c] = (pending[c] + " " + rows[0][c]).Trim();
                rows = rows.Skip(1).ToList();
                if (rows.Count == 0) return;
            }
            Flush();
            Break();
            TableText.Write(rows.Take(rows.Count - 1), sb);
            _pendingRow = [.. rows[^1]];
            LastTable = columns is not null && openAtBottom is not null ? (columns, _pendingRow, openAtBottom) : null;
        }

        private void Flush()
        {
            if (_pendingRow is null) return;
            TableText.Write([_pendingRow], sb);
            _pendingRow = null;
        }

        /// <summary>Ends the paragraph being written.</summary>
        public void Break()
        {
            if (_last is not null) sb.Append('\n');
            _last = null;
        }

        public void PageEnd() => _newPage = true;

        public void End()
        {
            Flush();
            Break();
        }

        private bool Continues(TextLine last, TextLine line)
        {
            if (ListMarker().IsMatch(line.Text)) return false;
            if (!_newPage && (last.Baseline - line.Baseline > 1.5 * Math.Max(last.Size, line.Size) || line.Baseline >= last.Baseline)) return false;
            if (line.Left > last.Left + last.Size) return false;
            var firstWord = line.Runs[0].FirstWordWidth;
            return last.Right + firstWord + last.Size * 0.6 > _rightMargin;
        }
    }

    [GeneratedRegex(@"^\s*(?:[-–—•+*]\s|\d{1,3}(?:\.\d{1,3})*[.)]\s|[a-zđ][.)]\s|[IVXLC]{1,6}\.\s|(?:Điều|Phần|Chương|PHẦN|CHƯƠNG)\s)")]
    private static partial Regex ListMarker();
}

/// <summary>One letter of the page, in points, the baseline measured from the bottom.</summary>
internal sealed record Glyph(string Value, double Left, double Right, double Baseline, double Size)
{
    public bool IsSpace => string.IsNullOrWhiteSpace(Value);

    public static Glyph Of(Letter l)
    {
        var size = l.PointSize > 1 ? l.PointSize : Math.Max(1, l.BoundingBox.Height * 1.4);
        var width = l.Width > 0 ? l.Width : l.BoundingBox.Width;
        return new Glyph(l.Value, l.StartBaseLine.X, l.StartBaseLine.X + width, l.StartBaseLine.Y, size);
    }
}

/// <summary>Words on one line close enough to be read together; runs far apart are separate columns or cells.</summary>
internal sealed record TextRun(string Text, double Left, double Right, double Size, double FirstWordWidth);

/// <summary>A baseline's letters, as runs of words.</summary>
internal sealed class TextLine
{
    public TextLine(List<Glyph> glyphs)
    {
        Glyphs = glyphs;
        Baseline = glyphs.Average(g => g.Baseline);
        Size = glyphs.Max(g => g.Size);
        Runs = Split(glyphs);
    }

    public List<Glyph> Glyphs { get; }
    public double Baseline { get; }
    public double Size { get; }
    public List<TextRun> Runs { get; }
    public double Left => Runs[0].Left;
    public double Right => Runs[^1].Right;
    public string Text => string.Join(" ", Runs.Select(r => r.Text));

    /// <summary>
    /// A space is a space glyph or a gap of a fifth of the letter size; a gap of more than two and a half letter sizes
    /// (a tab stop, another column) starts a new run.
    /// </summary>
    private static List<TextRun> Split(List<Glyph> glyphs)
    {
        var runs = new List<TextRun>();
        var sb = new StringBuilder();
        double left = 0, right = 0, size = 0, firstWord = -1;
        Glyph? previous = null;
        foreach (var g in glyphs)
        {
            if (g.IsSpace) { if (sb.Length > 0 && sb[^1] != ' ') { sb.Append(' '); if (firstWord < 0) firstWord = right - left; } continue; }
            if (previous is not null && sb.Length > 0)
            {
                var gap = g.Left - previous.Right;
                if (gap > 2.5 * Math.Max(g.Size, previous.Size)) { Close(); }
                else if (gap > 0.2 * g.Size && sb[^1] != ' ') { sb.Append(' '); if (firstWord < 0) firstWord = right - left; }
            }
            if (sb.Length == 0) { left = g.Left; size = 0; firstWord = -1; }
            sb.Append(g.Value);
            right = Math.Max(right, g.Right);
            size = Math.Max(size, g.Size);
            previous = g;
        }
        Close();
        return runs;

        void Close()
        {
            var text = sb.ToString().Trim();
            if (text.Length > 0) runs.Add(new TextRun(text, left, right, size, firstWord < 0 ? right - left : firstWord));
            sb.Clear();
        }
    }
}
