namespace PlanBot.Core.Import;

/// <summary>
/// A task table (STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành),
/// in the implementation section or an appendix. A second header row ("Chủ trì | Phối hợp" under
/// "Đơn vị") is folded into the first; an empty lead cell is the merged cell above.
/// </summary>
internal static class TaskTableReader
{
    /// <summary>The line after the table that starts at <paramref name="at"/>.</summary>
    public static int End(List<PlanLine> lines, int at, int to)
    {
        var end = at;
        while (end < to && lines[end].Kind == LineKind.TableRow) end++;
        return end;
    }

    /// <summary>Reads the rows [<paramref name="at"/>, <paramref name="end"/>) as tasks; false when they are no task table.</summary>
    public static bool Read(List<PlanLine> lines, int at, int end, TaskCollector tasks)
    {
        var bordered = lines[at].Raw.Trim().StartsWith('|');
        var rows = lines.Skip(at).Take(end - at).Select(l => Cells(l.Raw, bordered)).ToList();

        var header = rows[0].Select(VietnameseText.Fold).ToList();
        var first = 1;
        if (rows.Count > 1 && IsSecondHeader(rows[1]))
        {
            var spanned = "";
            for (var c = 0; c < Math.Max(header.Count, rows[1].Count); c++)
            {
                var top = c < header.Count ? header[c] : "";
                if (top.Length > 0) spanned = top;
                var below = c < rows[1].Count ? VietnameseText.Fold(rows[1][c]) : "";
                if (c < header.Count) header[c] = below.Length > 0 ? $"{spanned} {below}" : top;
                else header.Add(below.Length > 0 ? $"{spanned} {below}" : "");
            }
            first = 2;
        }
        var taskCol = header.FindIndex(h => Has(h, "noi dung", "cong viec", "nhiem vu", "hoat dong"));
        var leadCol = header.FindIndex(h => Has(h, "chu tri"));
        if (leadCol < 0) leadCol = header.FindIndex(h => !Has(h, "phoi hop", "thoi gian", "thoi han") && Has(h, "don vi", "phu trach", "thuc hien", "trach nhiem", "bo phan", "nguoi"));
        var coordCol = header.FindIndex(h => Has(h, "phoi hop"));
        var dueCol = header.FindIndex(h => Has(h, "thoi gian", "thoi han", "hoan thanh", "tien do", "han chot"));
        if (taskCol < 0 || leadCol < 0 || taskCol == leadCol) return false;
        // A column's name is a few words; a row of sentences ("1. Tình nguyện … | 2. Tổ chức các hoạt động …") is no header.
        if (header[taskCol].Length > 60 || header[leadCol].Length > 60) return false;

        string? lead = null;
        foreach (var row in rows.Skip(first))
        {
            string Cell(int c) => c >= 0 && c < row.Count ? row[c] : "";
            var task = Cell(taskCol);
            // "I | CÔNG TÁC CHUẨN BỊ | | |": a group of the rows below, not a task.
            if (IsGroupRow(row, taskCol))
            {
                tasks.NotATask(string.Join(" | ", row));
                continue;
            }
            var leads = UnitList(Cell(leadCol));
            if (leads.Count > 0) lead = leads[0];
            if (task.Length == 0 || lead is null || row.All(c => c.Length == 0))
            {
                if (row.Any(c => c.Length > 0)) tasks.NotATask(string.Join(" | ", row));
                continue;
            }
            var coordinating = leads.Skip(1).Concat(UnitList(Cell(coordCol))).ToList();
            var due = Cell(dueCol) is { Length: > 0 } d ? DeadlineReader.InCell(d, tasks.Year) : DeadlineReader.InTask(task, tasks.Year);
            tasks.Add(lead, task, coordinating, due);
        }
        return true;
    }

    private static bool IsGroupRow(List<string> row, int taskCol) =>
        taskCol < row.Count && VietnameseText.IsUpper(row[taskCol]) && row[taskCol].Length > 3
        && row.Where((c, i) => i != taskCol && i != 0).All(c => c.Length == 0);

    /// <summary>A header's second row names columns ("Chủ trì", "Phối hợp"); it has no number and no task.</summary>
    private static bool IsSecondHeader(List<string> row)
    {
        var folded = row.Select(VietnameseText.Fold).ToList();
        return folded.Any(c => Has(c, "chu tri", "phoi hop", "thuc hien", "bat dau", "ket thuc")) && !folded.Any(c => c.Length > 0 && char.IsDigit(c[0]));
    }

    /// <summary>"Sở Y tế; Báo Bắc Giang" and "Công an tỉnh, Sở Công Thương": one name per unit.</summary>
    private static List<string> UnitList(string cell)
    {
        var clean = VietnameseText.CleanItem(cell.Trim().TrimStart('-', '+', '•').Trim());
        if (clean.Length == 0) return [];
        var names = UnitNames.SplitList(clean);
        return names.Count > 0 ? names : [clean];
    }

    private static List<string> Cells(string raw, bool bordered)
    {
        var s = raw.Trim();
        if (bordered)
        {
            if (s.StartsWith('|')) s = s[1..];
            if (s.EndsWith('|')) s = s[..^1];
        }
        return s.Split('|').Select(c => c.Trim()).ToList();
    }

    private static bool Has(string folded, params string[] words) => words.Any(w => folded.Contains(w, StringComparison.Ordinal));
}
