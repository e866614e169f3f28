using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace PlanBot.Core.Import;

/// <summary>
/// Ruled tables of a PDF page, found from the drawn cell borders (thin filled rectangles, as Chromium and Word
/// draw them, or stroked lines): the borders that touch form one table; its distinct horizontal and vertical
/// rules make a grid; a grid cell without a rule above it continues the cell above (a vertical merge), one
/// without a rule on its left continues the cell on its left (a span).
/// </summary>
internal static class PdfTables
{
    private const double Thin = 2.5;
    private const double Touch = 2.0;
    private const double SameLine = 3.0;

    internal sealed record Rule(bool Horizontal, double At, double From, double To)
    {
        public bool Touches(Rule other)
        {
            if (Horizontal == other.Horizontal)
                return Math.Abs(At - other.At) <= Touch && From <= other.To + Touch && other.From <= To + Touch;
            var (h, v) = Horizontal ? (this, other) : (other, this);
            return v.At >= h.From - Touch && v.At <= h.To + Touch && h.At >= v.From - Touch && h.At <= v.To + Touch;
        }

        public bool Covers(double position) => position >= From - Touch && position <= To + Touch;
    }

    public static List<PdfTable> Find(Page page)
    {
        var rules = Rules(page);
        if (rules.Count < 4 || rules.Count > 20_000) return [];
        var parent = Enumerable.Range(0, rules.Count).ToArray();
        int Root(int i) { while (parent[i] != i) i = parent[i] = parent[parent[i]]; return i; }
        // Sweep by position so touching rules are compared with their neighbours, not with every rule of the page.
        var order = Enumerable.Range(0, rules.Count).OrderBy(i => Low(rules[i])).ToArray();
        for (var a = 0; a < order.Length; a++)
            for (var b = a + 1; b < order.Length && Low(rules[order[b]]) <= High(rules[order[a]]) + Touch; b++)
                if (rules[order[a]].Touches(rules[order[b]])) parent[Root(order[a])] = Root(order[b]);
        return Enumerable.Range(0, rules.Count).GroupBy(Root)
            .Select(g => PdfTable.From(g.Select(i => rules[i]).ToList()))
            .OfType<PdfTable>().ToList();

        static double Low(Rule r) => r.Horizontal ? r.At : r.From;
        static double High(Rule r) => r.Horizontal ? r.At : r.To;
    }

    private static List<Rule> Rules(Page page)
    {
        var rules = new List<Rule>();
        foreach (var path in page.Paths)
        {
            if (!path.IsFilled && !path.IsStroked) continue;
            foreach (var subpath in path)
            {
                if (subpath.GetBoundingRectangle() is not { } box) continue;
                if (box.Height <= Thin && box.Width > Thin * 2) rules.Add(new Rule(true, (box.Bottom + box.Top) / 2, box.Left, box.Right));
                else if (box.Width <= Thin && box.Height > Thin * 2) rules.Add(new Rule(false, (box.Left + box.Right) / 2, box.Bottom, box.Top));
                else if (path.IsStroked)
                {
                    // A stroked outline (a cell drawn as a rectangle, or a border path of many segments): its straight segments are rules.
                    foreach (var line in subpath.Commands.OfType<PdfSubpath.Line>())
                    {
                        if (Math.Abs(line.From.Y - line.To.Y) <= 0.5 && Math.Abs(line.From.X - line.To.X) > Thin * 2)
                            rules.Add(new Rule(true, line.From.Y, Math.Min(line.From.X, line.To.X), Math.Max(line.From.X, line.To.X)));
                        else if (Math.Abs(line.From.X - line.To.X) <= 0.5 && Math.Abs(line.From.Y - line.To.Y) > Thin * 2)
                            rules.Add(new Rule(false, line.From.X, Math.Min(line.From.Y, line.To.Y), Math.Max(line.From.Y, line.To.Y)));
                    }
                    if (subpath.IsDrawnAsRectangle)
                    {
                        rules.Add(new Rule(true, box.Top, box.Left, box.Right));
                        rules.Add(new Rule(true, box.Bottom, box.Left, box.Right));
                        rules.Add(new Rule(false, box.Left, box.Bottom, box.Top));
                        rules.Add(new Rule(false, box.Right, box.Bottom, box.Top));
                    }
                }
            }
        }
        return rules;
    }

    internal sealed class PdfTable
    {
        private readonly List<Rule> _rules;
        private readonly double[] _ys; // top to bottom
        private readonly double[] _xs; // left to right

        private PdfTable(List<Rule> rules, double[] ys, double[] xs) => (_rules, _ys, _xs) = (rules, ys, xs);

        public double Top => _ys[0];

        /// <summary>A table when the borders make at least two columns and one row; an underline or a frame around one text is not.</summary>
        public static PdfTable? From(List<Rule> rules)
        {
            // A table broken by a page has no rule along the break: the columns' rules still reach it, so their ends bound the grid too.
            var vertical = rules.Where(r => !r.Horizontal).ToList();
            var horizontal = rules.Where(r => r.Horizontal).ToList();
            var yEnds = vertical.Count == 0 ? [] : new[] { vertical.Max(r => r.To), vertical.Min(r => r.From) };
            var ys = Distinct(horizontal.Select(r => r.At).Concat(yEnds)).OrderByDescending(y => y).ToArray();
            var xs = Distinct(vertical.Select(r => r.At)).OrderBy(x => x).ToArray();
            return ys.Length >= 2 && xs.Length >= 3 ? new PdfTable(rules, ys, xs) : null;
        }

        /// <summary>The column boundaries, to tell a table that goes on from the page before.</summary>
        public IReadOnlyList<double> Columns => _xs;

        /// <summary>Per column, whether it has no rule along the table's bottom: its last cell goes on on the next page.</summary>
        public bool[] OpenAtBottom => Enumerable.Range(0, _xs.Length - 1).Select(c => !_rules.Any(h => h.Horizontal && Math.Abs(h.At - _ys[^1]) <= SameLine && h.Covers((_xs[c] + _xs[c + 1]) / 2))).ToArray();

        /// <summary>Whether a column has no rule along the table's top (the table goes on from the page before).</summary>
        private bool OpenAtTop(int column) => !_rules.Any(h => h.Horizontal && Math.Abs(h.At - _ys[0]) <= SameLine && h.Covers((_xs[column] + _xs[column + 1]) / 2));

        private static List<double> Distinct(IEnumerable<double> values)
        {
            var result = new List<double>();
            foreach (var v in values.OrderBy(v => v))
                if (result.Count == 0 || v - result[^1] > SameLine) result.Add(v);
            return result;
        }

        /// <summary>The rows of the table, one text per grid column; the letters read are added to <paramref name="taken"/>.</summary>
        /// <param name="above">The last row of the table on the page before, when this one goes on from it, and which of its cells the break left open: such a cell merged across the break repeats its text.</param>
        public List<IReadOnlyList<string>> Rows(List<Glyph> letters, HashSet<Glyph> taken, (IReadOnlyList<string> Row, bool[] Open)? above = null)
        {
            int rows = _ys.Length - 1, columns = _xs.Length - 1;
            var parent = Enumerable.Range(0, rows * columns).ToArray();
            int Root(int i) { while (parent[i] != i) i = parent[i] = parent[parent[i]]; return i; }
            for (var r = 0; r < rows; r++)
                for (var c = 0; c < columns; c++)
                {
                    double midX = (_xs[c] + _xs[c + 1]) / 2, midY = (_ys[r] + _ys[r + 1]) / 2;
                    if (r > 0 && !_rules.Any(h => h.Horizontal && Math.Abs(h.At - _ys[r]) <= SameLine && h.Covers(midX))) parent[Root(r * columns + c)] = Root((r - 1) * columns + c);
                    if (c > 0 && !_rules.Any(v => !v.Horizontal && Math.Abs(v.At - _xs[c]) <= SameLine && v.Covers(midY))) parent[Root(r * columns + c)] = Root(r * columns + c - 1);
                }
            var cells = new Dictionary<int, List<Glyph>>();
            foreach (var g in letters)
            {
                var x = (g.Left + g.Right) / 2;
                var y = g.Baseline + g.Size * 0.3;
                if (x < _xs[0] || x > _xs[^1] || y > _ys[0] || y < _ys[^1]) continue;
                var c = Array.FindIndex(_xs, 1, v => v >= x) - 1;
                var r = Array.FindIndex(_ys, 1, v => v <= y) - 1;
                if (c < 0 || r < 0) continue;
                taken.Add(g);
                var root = Root(r * columns + c);
                if (!cells.TryGetValue(root, out var list)) cells[root] = list = [];
                list.Add(g);
            }
            var texts = cells.ToDictionary(kv => kv.Key, kv => string.Join(" ", PdfText.Lines(kv.Value).Select(l => l.Text)));
            var result = new List<IReadOnlyList<string>>();
            for (var r = 0; r < rows; r++)
            {
                var row = new string[columns];
                for (var c = 0; c < columns; c++)
                {
                    row[c] = texts.GetValueOrDefault(Root(r * columns + c), "");
                    if (row[c].Length == 0 && above is { } prev && prev.Row.Count == columns && prev.Open[c] && Root(r * columns + c) == Root(c) && OpenAtTop(c)) row[c] = prev.Row[c];
                }
                // A band between rules of one column only (a cell's inner line) repeats the row above: not a row of its own.
                if (result.Count > 0 && row.SequenceEqual(result[^1])) continue;
                result.Add(row);
            }
            return result;
        }
    }
}
