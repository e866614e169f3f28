using PlanBot.Core.Plans;

namespace PlanBot.Core.Import;

/// <summary>Gathers tasks per lead unit in the order the plan names them, and every line that became none.</summary>
internal sealed class TaskCollector(PlanYear year)
{
    private readonly List<(string Unit, List<PlanTaskItem> Tasks)> _units = [];
    private (string Unit, int Index)? _last;

    public PlanYear Year { get; } = year;

    public List<string> NotUnderstood { get; } = [];

    /// <summary>Counts every task added, so a heading knows whether anything under it became one.</summary>
    public int Added { get; private set; }

    public void Add(string unit, string task, IReadOnlyList<string> coordinating, DeadlineReader.Deadline? deadline = null)
    {
        task = VietnameseText.CleanItem(task);
        if (task.Length == 0) return;
        var due = deadline ?? DeadlineReader.InTask(task, Year);
        var entry = _units.FirstOrDefault(u => string.Equals(u.Unit, unit, StringComparison.OrdinalIgnoreCase));
        if (entry.Unit is null) _units.Add(entry = (unit, []));
        var others = coordinating.Where(c => !string.Equals(c, entry.Unit, StringComparison.OrdinalIgnoreCase)).ToList();
        entry.Tasks.Add(new PlanTaskItem(VietnameseText.Capitalize(task), due.Due) { Coordinating = others, Recurring = due.Recurring });
        _last = (entry.Unit, entry.Tasks.Count - 1);
        Added++;
    }

    /// <summary>"Thời hạn: 25/12" under a task: its deadline. False when there is no task above or it already has one.</summary>
    public bool SetLastDue(DateOnly due)
    {
        if (_last is not { } last) return false;
        var tasks = _units.First(u => u.Unit == last.Unit).Tasks;
        if (tasks[last.Index].DueDate is not null) return false;
        tasks[last.Index] = tasks[last.Index] with { DueDate = due, Recurring = false };
        return true;
    }

    public void NotATask(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 0) NotUnderstood.Add(trimmed);
    }

    public List<UnitTasks> Units() => _units.Where(u => u.Tasks.Count > 0).Select(u => new UnitTasks(u.Unit, u.Tasks)).ToList();
}
