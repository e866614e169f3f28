using System.Globalization;
using PlanBot.Core.Assignments;
using PlanBot.Core.Localization;
using PlanBot.Core.Plans;
using PlanBot.Core.Status;

namespace PlanBot.Core.Cards;

/// <summary>A unit's status card (cards/status-card.json), its read-only view (cards/unit-detail.json) and the my-tasks card.</summary>
public static class StatusCardData
{
    // How much of a large plan the card shows: Teams refuses messages over about 100 KB (see CardData); these keep it
    // within 80 KB at 120 units and 1,000 tasks (CardSizeTests, the "cards" benchmark).
    public const int TasksPerPage = 10;

    /// <summary>
    /// One unit as a card, read-only, opened from the overview: its progress, people and tasks a page at a time,
    /// with the way back to the overview page it was opened from.
    /// </summary>
    public static object UnitDetail(Plan plan, PlanUnit unit, IReadOnlyList<UnitMember> members, Texts t, DateTimeOffset now, int page = 1, int overviewPage = 1)
    {
        var today = VietnamTime.Today(now);
        var tasks = unit.Tasks.OrderBy(x => x.Order).ToList();
        var taskPage = CardPage.Of(tasks.Count, TasksPerPage, page);
        var p = PlanProgress.Of(tasks);
        return new
        {
            t,
            planId = plan.Id,
            unitId = unit.Id,
            planTitle = plan.Title,
            unitName = unit.Name,
            people = CardText.Shorten(CardData.People(members, unit.Name, t), 200),
            progress = $"{p.Done}/{p.Total} · {p.Percent}%",
            tasks = taskPage.Slice(tasks).Select((task, i) =>
            {
                var standing = TaskStanding.Of(plan, task, today);
                var overdue = standing.Overdue;
                return new
                {
                    number = taskPage.Skip + i + 1,
                    text = CardData.TaskText(CardText.Shorten(task.Description, CardData.TaskTextMax), standing.Due, t),
                    status = overdue ? $"{t.Status(task.Status)} · {t.Overdue}" : $"{t.Status(task.Status)} · {task.Percent}%",
                    color = overdue ? "Attention" : standing.Kind.CardColor,
                    note = CardText.Shorten(task.Note, CardData.NoteMax),
                };
            }),
            taskPage = taskPage.View(t, t.TasksOnPage),
            overviewPage = Math.Max(1, overviewPage),
        };
    }

    /// <summary>
    /// The status card a unit's person answers: a page of <see cref="TasksPerPage"/> tasks with status, percent and
    /// note, then the tasks of other units this unit coordinates (read-only: their lead answers for them). Each page
    /// sends only its own inputs, and an absent input leaves its task as it is, so answering one page keeps the others.
    /// </summary>
    public static object StatusCard(Plan plan, PlanUnit unit, IReadOnlyList<UnitMember> members, StatusChange? last, Texts t, DateTimeOffset now, string notice = "",
        int page = 1, IReadOnlyList<CoordinatedTask>? coordinating = null)
    {
        var today = VietnamTime.Today(now);
        var rows = unit.Tasks.OrderBy(x => x.Order).Select(task => (Task: task, Lead: (PlanUnit?)null))
            .Concat((coordinating ?? []).Select(c => (c.Task, Lead: (PlanUnit?)c.Lead))).ToList();
        var taskPage = CardPage.Of(rows.Count, TasksPerPage, page);
        return new
        {
            t,
            planId = plan.Id,
            unitId = unit.Id,
            planTitle = plan.Title,
            unitName = unit.Name,
            people = CardText.Shorten(string.Join(", ", CardData.OfUnit(members, unit.Name).Select(m => m.UserName)), 200),
            notice,
            statuses = StatusCatalogue.All.Select(s => new { title = t.Status(s.Status), value = s.Key }),
            tasks = taskPage.Slice(rows).Select((row, i) => new
            {
                id = row.Task.Id,
                number = taskPage.Skip + i + 1,
                text = CardData.TaskText(CardText.Shorten(row.Task.Description, CardData.TaskTextMax), TaskStanding.DueOf(plan, row.Task), t),
                overdue = TaskStanding.IsOverdue(plan, row.Task, today),
                answerable = row.Lead is null,
                lead = row.Lead is { } lead ? t.LeadUnit(lead.Name) : "",
                current = $"{t.Status(row.Task.Status)} · {row.Task.Percent}%" + (string.IsNullOrEmpty(row.Task.Note) ? "" : $" · {CardText.Shorten(row.Task.Note, CardData.NoteMax)}"),
                status = StatusAnswerReader.ChoiceOf(row.Task.Status),
                percent = row.Task.Percent,
                note = row.Task.Note ?? "",
            }),
            page = taskPage.View(t, t.TasksOnPage),
            recorded = last is null ? "" : t.StatusRecorded(VietnamTime.Format(last.At), last.UserName),
        };
    }

    /// <summary>The units a person answers for, newest plan first, each with a button that opens its status card.</summary>
    public static object MyTasks(IReadOnlyList<(Plan Plan, PlanUnit Unit)> units, int total, Texts t, DateTimeOffset now)
    {
        var today = VietnamTime.Today(now);
        return new
        {
            t,
            title = t.MyTasksTitle(total),
            units = units.Select(x =>
            {
                var open = x.Unit.Tasks.Select(task => TaskStanding.Of(x.Plan, task, today)).Where(s => s.Open).ToList();
                var next = open.Select(s => s.Due).Where(d => d is not null).Min();
                var detail = new List<string> { t.MyTasksOpenCount(open.Count) };
                if (next is { } due) detail.Add(t.MyTasksNextDue(due.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)));
                var overdue = open.Any(s => s.Overdue);
                if (overdue) detail.Add(t.MyTasksOverdue);
                return new { planId = x.Plan.Id, unitId = x.Unit.Id, heading = $"{x.Unit.Name} · #{x.Plan.Id} {x.Plan.Title}", detail = string.Join(" · ", detail), overdue };
            }),
            more = total > units.Count ? t.MyTasksMore(total - units.Count) : "",
        };
    }
}
