using System.Globalization;
using PlanBot.Core.Localization;
using PlanBot.Core.Plans;

namespace PlanBot.Core.Cards;

/// <summary>A unit as the editing card shows it: its name and its tasks in order.</summary>
public sealed record EditableUnit(string Name, IReadOnlyList<(string Text, DateOnly? Due)> Tasks)
{
    public static IReadOnlyList<EditableUnit> Of(PlanDocument doc) =>
        doc.Units.Select(u => new EditableUnit(u.Unit, u.Tasks.Select(t => (t.Description, t.DueDate)).ToList())).ToList();

    public static IReadOnlyList<EditableUnit> Of(Plan plan) =>
        plan.Units.OrderBy(u => u.Order).Select(u => new EditableUnit(u.Name, u.Tasks.OrderBy(t => t.Order).Select(t => (t.Description, t.DueDate)).ToList())).ToList();
}

/// <summary>
/// The editing card (cards/plan-edit.json): one unit at a time, ten tasks a page, so that a unit with many tasks and a
/// plan with many units stay within Teams' message size.
/// </summary>
public static class PlanEditCardData
{
    public const int TasksPerPage = 10;
    public const int LinesShown = 20;

    /// <param name="draftId">The draft being corrected before saving, or "" for a saved plan.</param>
    /// <param name="planId">The saved plan being corrected, or 0 for a draft.</param>
    public static object Build(string title, IReadOnlyList<EditableUnit> units, IReadOnlyList<string> notUnderstood, int unitIndex, int page,
        string draftId, int planId, Texts t, string notice = "")
    {
        unitIndex = units.Count == 0 ? 0 : Math.Clamp(unitIndex, 0, units.Count - 1);
        var unit = units.Count == 0 ? new EditableUnit("", []) : units[unitIndex];
        var pages = Math.Max(1, (unit.Tasks.Count + TasksPerPage - 1) / TasksPerPage);
        page = Math.Clamp(page, 0, pages - 1);
        var first = page * TasksPerPage;
        var shown = unit.Tasks.Skip(first).Take(TasksPerPage).ToList();
        return new
        {
            t,
            title,
            notice,
            draftId,
            planId,
            unitIndex,
            page,
            hasNext = page + 1 < pages,
            noUnits = units.Count == 0,
            unitValue = unitIndex.ToString(CultureInfo.InvariantCulture),
            unitName = unit.Name,
            units = units.Select((u, i) => new { title = $"{i + 1}. {u.Name} ({u.Tasks.Count})", value = i.ToString(CultureInfo.InvariantCulture) }),
            moves = units.Select((u, i) => (u, i)).Where(x => x.i != unitIndex)
                .Select(x => new { title = t.EditMoveTo(x.u.Name), value = "move-" + x.i.ToString(CultureInfo.InvariantCulture) }),
            pageText = unit.Tasks.Count > TasksPerPage ? t.EditPage(first + 1, first + shown.Count, unit.Tasks.Count) : "",
            tasks = shown.Select((task, k) => new
            {
                index = (first + k).ToString(CultureInfo.InvariantCulture),
                number = (first + k + 1).ToString(CultureInfo.InvariantCulture),
                text = task.Text,
                due = task.Due is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "",
            }),
            lines = notUnderstood.Take(LinesShown).Select((line, j) => new { index = j.ToString(CultureInfo.InvariantCulture), text = line }),
            linesMore = notUnderstood.Count > LinesShown ? t.EditLinesMore(notUnderstood.Count - LinesShown) : "",
        };
    }
}
