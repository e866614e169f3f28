using System.Text;

namespace PlanBot.Core.Import;

/// <summary>
/// How a table reaches the text parser, the same from .docx and PDF: one "| cell | cell |" line per row,
/// one cell per grid column (a cell spanning columns repeats in each, a vertically merged cell repeats
/// its text on every row it covers: "same as above"), a row that is one cell across the whole table
/// (a group heading) as "| text |". Header rows are written like any other row.
/// </summary>
internal static class TableText
{
    private static readonly string[] HeaderWords =
        ["stt", "tt", "noi dung", "cong viec", "nhiem vu", "don vi", "chu tri", "phoi hop", "thoi gian", "thoi han", "ghi chu", "phu trach", "thuc hien", "ho va ten", "dia diem", "san pham", "ket qua", "trach nhiem", "hoan thanh"];

    /// <summary>A table of data (tasks, a programme), as opposed to a layout table that only places blocks side by side.</summary>
    public static bool IsDataTable(IReadOnlyList<IReadOnlyList<string>> rows, int columns)
    {
        var headerCells = rows.Take(2).SelectMany(r => r.Distinct()).Count(c => IsHeaderWord(c));
        if (headerCells >= 2) return true;
        // A big grid is data too, unless a column is empty throughout (a spacer column of a layout table).
        return columns >= 3 && rows.Count >= 3 && Enumerable.Range(0, columns).All(c => rows.Any(r => c < r.Count && r[c].Trim().Length > 0));
    }

    private static bool IsHeaderWord(string cell)
    {
        var folded = VietnameseText.Fold(cell).Trim().TrimEnd('.', ':');
        if (folded.Length == 0 || folded.Length > 40) return false;
        return HeaderWords.Any(w => folded == w || (w.Length > 3 && folded.Contains(w, StringComparison.Ordinal)));
    }

    public static void Write(IEnumerable<IReadOnlyList<string>> rows, StringBuilder sb)
    {
        foreach (var row in rows)
        {
            var cells = row.Select(Clean).ToList();
            if (cells.All(c => c.Length == 0)) continue;
            if (cells.Count > 1 && cells.Distinct().Count() == 1) cells = [cells[0]];
            sb.Append("| ").AppendJoin(" | ", cells).Append(" |\n");
        }
    }

    /// <summary>A cell on one line: its own line breaks become spaces, a "|" in it would split it.</summary>
    private static string Clean(string cell) =>
        string.Join(" ", cell.Replace('|', '/').Split(['\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
