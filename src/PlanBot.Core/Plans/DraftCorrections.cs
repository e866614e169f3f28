namespace PlanBot.Core.Plans;

/// <summary>Applies an organizer's corrections to a plan that is not saved yet (the draft's <see cref="PlanDocument"/>).</summary>
public static class DraftCorrections
{
    public sealed record Result(PlanDocument Document, int Changes, CorrectionProblem Problem = CorrectionProblem.None, int ShowUnit = 0);

    public static Result Apply(PlanDocument doc, UnitCorrection c)
    {
        var units = doc.Units.Select(u => (Name: u.Unit, Tasks: u.Tasks.ToList())).ToList();
        // A plan read without any unit: the first name typed makes its first unit.
        if (units.Count == 0 && c.Unit == 0 && UnitCorrection.Clean(c.Name) is { } first) units.Add((first, []));
        if (c.Unit < 0 || c.Unit >= units.Count) return new(doc, 0, CorrectionProblem.NoSuchUnit);
        var unit = units[c.Unit];
        if (c.Tasks.Any(t => t.Index < 0 || t.Index >= unit.Tasks.Count)) return new(doc, 0, CorrectionProblem.NoSuchTask);
        if (c.Picked == PickedAction.Move && (c.MoveTo is not { } target || target < 0 || target >= units.Count || target == c.Unit))
            return new(doc, 0, CorrectionProblem.NoMoveTarget);
        var lines = doc.NotUnderstood.ToList();
        var adopt = (c.AdoptLines ?? []).Distinct().ToList();
        if (adopt.Any(i => i < 0 || i >= lines.Count)) return new(doc, 0, CorrectionProblem.NoSuchLine);

        var changes = 0;
        // Texts and due dates first, so a task moved or deleted afterwards carries what was typed.
        foreach (var edit in c.Tasks)
        {
            var task = unit.Tasks[edit.Index];
            var text = UnitCorrection.Clean(edit.Description) ?? task.Description;
            if (text != task.Description || edit.Due != task.DueDate)
            {
                unit.Tasks[edit.Index] = task with { Description = text, DueDate = edit.Due };
                changes++;
            }
        }
        var picked = c.Tasks.Where(t => t.Picked).Select(t => t.Index).Distinct().OrderDescending().ToList();
        if (c.Picked != PickedAction.None && picked.Count > 0)
        {
            var moved = picked.Select(i => unit.Tasks[i]).Reverse().ToList();
            foreach (var i in picked) unit.Tasks.RemoveAt(i);
            if (c.Picked == PickedAction.Move) units[c.MoveTo!.Value].Tasks.AddRange(moved);
            changes += moved.Count;
        }
        if (UnitCorrection.Clean(c.NewTask) is { } added)
        {
            unit.Tasks.Add(new PlanTaskItem(added, c.NewDue));
            changes++;
        }
        foreach (var i in adopt.Order()) unit.Tasks.Add(new PlanTaskItem(lines[i], null));
        changes += adopt.Count;
        foreach (var i in adopt.OrderDescending()) lines.RemoveAt(i);

        var show = c.Unit;
        if (UnitCorrection.Clean(c.Name) is { } name && name != unit.Name)
        {
            var same = units.FindIndex(u => string.Equals(u.Name, name, StringComparison.OrdinalIgnoreCase));
            if (same >= 0 && same != c.Unit)
            {
                // A name another unit has: the two are one unit, written two ways.
                units[same].Tasks.AddRange(unit.Tasks);
                units.RemoveAt(c.Unit);
                show = same > c.Unit ? same - 1 : same;
            }
            else units[c.Unit] = (name, unit.Tasks);
            changes++;
        }
        var result = doc with { Units = units.Select(u => new UnitTasks(u.Name, u.Tasks)).ToList(), NotUnderstood = lines };
        return new(result, changes, ShowUnit: show);
    }
}
