namespace PlanBot.Core.Plans;

/// <summary>
/// Applies an organizer's corrections to a saved plan (its tracked entities). Tasks keep their ids, status and history
/// when their text or due date changes, when they move to another unit, and when units merge; a deleted task's recorded
/// answers stay in the history.
/// </summary>
public static class PlanCorrections
{
    public sealed record Result(int Changes, CorrectionProblem Problem = CorrectionProblem.None, int ShowUnit = 0);

    public static Result Apply(Plan plan, UnitCorrection c)
    {
        if (plan.Units.Count == 0 && c.Unit == 0 && UnitCorrection.Clean(c.Name) is { } first) plan.Units.Add(new PlanUnit { Name = first, Order = 0 });
        var units = plan.Units.OrderBy(u => u.Order).ToList();
        if (c.Unit < 0 || c.Unit >= units.Count) return new(0, CorrectionProblem.NoSuchUnit);
        var unit = units[c.Unit];
        var tasks = unit.Tasks.OrderBy(t => t.Order).ToList();
        if (c.Tasks.Any(t => t.Index < 0 || t.Index >= tasks.Count)) return new(0, CorrectionProblem.NoSuchTask);
        if (c.Picked == PickedAction.Move && (c.MoveTo is not { } target || target < 0 || target >= units.Count || target == c.Unit))
            return new(0, CorrectionProblem.NoMoveTarget);
        if ((c.AdoptLines ?? []).Count > 0) return new(0, CorrectionProblem.NoSuchLine); // a saved plan keeps no unread lines

        var changes = 0;
        foreach (var edit in c.Tasks)
        {
            var task = tasks[edit.Index];
            var text = UnitCorrection.Clean(edit.Description) ?? task.Description;
            if (text == task.Description && edit.Due == task.DueDate) continue;
            task.Description = text;
            task.DueDate = edit.Due;
            task.Version++;
            changes++;
        }
        var picked = c.Tasks.Where(t => t.Picked).Select(t => tasks[t.Index]).Distinct().ToList();
        if (c.Picked != PickedAction.None && picked.Count > 0)
        {
            foreach (var task in picked) unit.Tasks.Remove(task);
            if (c.Picked == PickedAction.Move) AppendTo(units[c.MoveTo!.Value], picked);
            changes += picked.Count;
        }
        if (UnitCorrection.Clean(c.NewTask) is { } added)
        {
            AppendTo(unit, [new PlanTask { Description = added, DueDate = c.NewDue }]);
            changes++;
        }

        var show = c.Unit;
        if (UnitCorrection.Clean(c.Name) is { } name && name != unit.Name)
        {
            var same = units.FindIndex(u => string.Equals(u.Name, name, StringComparison.OrdinalIgnoreCase));
            if (same >= 0 && same != c.Unit)
            {
                var moving = unit.Tasks.OrderBy(t => t.Order).ToList();
                unit.Tasks.Clear();
                AppendTo(units[same], moving);
                plan.Units.Remove(unit);
                units.RemoveAt(c.Unit);
                for (var i = 0; i < units.Count; i++) units[i].Order = i;
                show = same > c.Unit ? same - 1 : same;
            }
            else unit.Name = name;
            changes++;
        }
        return new(changes, ShowUnit: show);
    }

    private static void AppendTo(PlanUnit unit, IEnumerable<PlanTask> tasks)
    {
        var next = unit.Tasks.Count == 0 ? 0 : unit.Tasks.Max(t => t.Order) + 1;
        foreach (var task in tasks)
        {
            task.Order = next++;
            unit.Tasks.Add(task);
        }
    }
}
