using PlanBot.Core.Plans;

namespace PlanBot.Core.Import;

/// <summary>
/// Reads "IV. TỔ CHỨC THỰC HIỆN": each responsible unit with one task per bullet, per
/// "Unit: task" item, per "Unit verb …" sentence, or per row of a task table
/// (Nội dung | Đơn vị thực hiện | Thời gian).
/// </summary>
internal static class TaskSectionReader
{
    public static List<UnitTasks> Read(List<PlanLine> lines, int from, int to, int? defaultYear)
    {
        var units = new List<(string Unit, List<PlanTaskItem> Tasks)>();
        string? current = null;

        void Add(string? unit, string task, string? due = null)
        {
            task = VietnameseText.CleanItem(task);
            if (unit is null || task.Length == 0) return;
            var entry = units.FirstOrDefault(u => string.Equals(u.Unit, unit, StringComparison.OrdinalIgnoreCase));
            if (entry.Unit is null) units.Add(entry = (unit, []));
            entry.Tasks.Add(new PlanTaskItem(VietnameseText.Capitalize(task), due is null ? VietnameseDates.ParseDue(task, defaultYear) : VietnameseDates.FindDates(due, defaultYear).FirstOrDefault() is { } d && d != default ? d : null));
        }

        for (var i = from; i < to; i++)
        {
            var line = lines[i];
            switch (line.Kind)
            {
                case LineKind.TableRow:
                    i = ReadTable(lines, i, to, (u, t, d) => Add(u, t, d)) - 1;
                    current = null;
                    break;
                case LineKind.Numbered or LineKind.Lettered:
                    current = ReadItem(line, FollowedBySubItems(lines, i, to), (u, t) => Add(u, t), current);
                    break;
                case LineKind.Bullet:
                    if (current is not null) Add(current, line.Text);
                    else if (UnitNames.Split(line.Text) is { Unit: { } u, Task: { Length: > 0 } t }) Add(u, t);
                    break;
                case LineKind.Text:
                    if (current is not null) Add(current, line.Text);
                    else if (UnitNames.Split(line.Text) is { Unit: { } unit, Task: { Length: > 0 } task }) Add(unit, task);
                    break;
            }
        }
        return units.Where(u => u.Tasks.Count > 0).Select(u => new UnitTasks(u.Unit, u.Tasks)).ToList();
    }

    /// <summary>Reads "2. Unit: task", "1. Unit does the following:" or "3. Unit verb …"; returns the unit that later bullets belong to.</summary>
    private static string? ReadItem(PlanLine line, bool hasSubItems, Action<string?, string> add, string? current)
    {
        var text = line.Text;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && colon < 160)
        {
            var unit = UnitNames.Extract(text[..colon]);
            var rest = text[(colon + 1)..].Trim();
            if (unit is null)
                return IsSubItem(line) && current is not null ? AddTo(current, text) : null;
            if (rest.Length > 0) add(unit, rest);
            return unit;
        }

        var (found, task) = UnitNames.Split(text);
        if (found is null)
            // A lettered task under a unit heading ("1. Văn phòng Sở" … "a) Xây dựng …").
            return IsSubItem(line) && current is not null ? AddTo(current, text) : null;
        if (!hasSubItems && task.Length > 0) add(found, task);
        return found;

        string AddTo(string unit, string t)
        {
            add(unit, t);
            return unit;
        }
    }

    private static bool IsSubItem(PlanLine line) => line.Kind == LineKind.Lettered || line.Depth > 0;

    private static bool FollowedBySubItems(List<PlanLine> lines, int at, int to)
    {
        var next = lines.Skip(at + 1).Take(to - at - 1).FirstOrDefault(l => l.Kind != LineKind.Blank);
        return next is not null && (next.Kind is LineKind.Bullet || (IsSubItem(next) && !IsSubItem(lines[at])));
    }

    /// <summary>A task table; rows whose unit cell is empty belong to the unit above (merged cells).</summary>
    private static int ReadTable(List<PlanLine> lines, int at, int to, Action<string?, string, string?> add)
    {
        var header = lines[at].Cells.Select(VietnameseText.Fold).ToList();
        var taskCol = header.FindIndex(h => h.Contains("noi dung", StringComparison.Ordinal) || h.Contains("cong viec", StringComparison.Ordinal) || h.Contains("nhiem vu", StringComparison.Ordinal));
        var unitCol = header.FindIndex(h => h.Contains("don vi", StringComparison.Ordinal) || h.Contains("chu tri", StringComparison.Ordinal) || h.Contains("phu trach", StringComparison.Ordinal) || h.Contains("thuc hien", StringComparison.Ordinal));
        var dueCol = header.FindIndex(h => h.Contains("thoi gian", StringComparison.Ordinal) || h.Contains("thoi han", StringComparison.Ordinal));
        var i = at + 1;
        string? unit = null;
        for (; i < to && lines[i].Kind == LineKind.TableRow; i++)
        {
            if (taskCol < 0 || unitCol < 0) continue;
            var cells = lines[i].Cells;
            if (cells.Count <= Math.Max(taskCol, unitCol)) continue;
            if (cells[unitCol].Length > 0) unit = VietnameseText.CleanItem(cells[unitCol]);
            add(unit, cells[taskCol], dueCol >= 0 && dueCol < cells.Count && cells[dueCol].Length > 0 ? cells[dueCol] : null);
        }
        return i;
    }
}
