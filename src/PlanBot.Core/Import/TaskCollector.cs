using PlanBot.Core.Plans;

namespace PlanBot.Core.Import;

/// <summary>Gathers tasks per lead unit in the order the plan names them, and every line that became none.</summary>
internal sealed class TaskCollector(PlanYear year)
{
    private readonly List<(string Unit, List<PlanTaskItem> Tasks)> _units = [];

    // The sentence a task's coordinating units were read from; read again once every lead unit of the plan is known.
    private readonly Dictionary<PlanTaskItem, string> _coordinationText = new(ReferenceEqualityComparer.Instance);
    private (string Unit, int Index)? _last;

    public PlanYear Year { get; } = year;

    public List<string> NotUnderstood { get; } = [];

    /// <summary>Counts every task added, so a heading knows whether anything under it became one.</summary>
    public int Added { get; private set; }

    /// <summary>A task read from a sentence: its coordinating units come from the sentence.</summary>
    public void Add(string unit, string task, string sentence) =>
        Add(unit, task, UnitSentence.CoordinatingIn(sentence, unit), null, sentence);

    public void Add(string unit, string task, IReadOnlyList<string> coordinating, DeadlineReader.Deadline? deadline = null, string? sentence = null)
    {
        task = VietnameseText.CleanItem(task);
        if (task.Length == 0) return;
        // "… (Ban Dân tộc tỉnh chủ trì, phối hợp với Sở Tư pháp; thời gian: Quý II/2025)": the bracket names the lead.
        if (BracketLead.Read(task) is { } lead)
        {
            (unit, task, sentence) = (lead.Unit, lead.Task, lead.Bracket);
            coordinating = UnitSentence.CoordinatingIn(lead.Bracket, lead.Unit);
            if (DeadlineReader.InCell(lead.Bracket, Year) is { Due: not null } inBracket) deadline = inBracket;
        }
        unit = VietnameseText.Capitalize(BodyTitles.Body(unit));
        var due = deadline ?? DeadlineReader.InTask(task, Year);
        var entry = _units.FirstOrDefault(u => string.Equals(u.Unit, unit, StringComparison.OrdinalIgnoreCase));
        if (entry.Unit is null) _units.Add(entry = (unit, []));
        var others = coordinating.Where(c => !string.Equals(c, entry.Unit, StringComparison.OrdinalIgnoreCase)).ToList();
        var item = new PlanTaskItem(VietnameseText.Capitalize(task), due.Due) { Coordinating = others, Recurring = due.Recurring };
        entry.Tasks.Add(item);
        if (sentence is not null) _coordinationText[item] = sentence;
        _last = (entry.Unit, entry.Tasks.Count - 1);
        Added++;
    }

    /// <summary>How many tasks the unit has so far (its name as a heading writes it: "Giám đốc Sở Y tế" is "Sở Y tế").</summary>
    public int CountFor(string unit)
    {
        var name = VietnameseText.Capitalize(BodyTitles.Body(unit));
        return _units.FirstOrDefault(u => string.Equals(u.Unit, name, StringComparison.OrdinalIgnoreCase)).Tasks?.Count ?? 0;
    }

    /// <summary>"Thời hạn: 25/12" under a task: its deadline. False when there is no task above or it already has one.</summary>
    public bool SetLastDue(DateOnly due)
    {
        if (_last is not { } last) return false;
        var tasks = _units.First(u => u.Unit == last.Unit).Tasks;
        if (tasks[last.Index].DueDate is not null) return false;
        var updated = tasks[last.Index] with { DueDate = due, Recurring = false };
        if (_coordinationText.Remove(tasks[last.Index], out var sentence)) _coordinationText[updated] = sentence;
        tasks[last.Index] = updated;
        return true;
    }

    public void NotATask(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 0) NotUnderstood.Add(trimmed);
    }

    public List<UnitTasks> Units()
    {
        var known = _units.Where(u => u.Tasks.Count > 0).Select(u => u.Unit).ToList();
        return _units.Where(u => u.Tasks.Count > 0)
            .Select(u => new UnitTasks(u.Unit, u.Tasks.Select(t => _coordinationText.TryGetValue(t, out var sentence)
                ? t with { Coordinating = UnitSentence.CoordinatingIn(sentence, u.Unit, known) }
                : t).ToList()))
            .ToList();
    }
}
