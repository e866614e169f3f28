using System.Globalization;
using PlanBot.Core.Assignments;
using PlanBot.Core.Localization;
using PlanBot.Core.Plans;
using PlanBot.Core.Status;

namespace PlanBot.Core.Cards;

/// <summary>The overview card (cards/plan-overview.json) and the list of plans (cards/plan-list.json).</summary>
public static class OverviewCardData
{
    // How much of a large plan the card shows: Teams refuses messages over about 100 KB (see CardData); these keep it
    // within 80 KB at 120 units and 1,000 tasks (CardSizeTests, the "cards" benchmark).
    public const int OverviewUnitsPerPage = 20;
    public const int OverviewTasksUpTo = 20;
    public const int UrgentShown = 5;

    public static object Overview(Plan plan, Texts t, DateTimeOffset now) => Overview(plan, [], t, now);

    /// <summary>
    /// The overview card: overall progress, one line per unit (progress, overdue and blocked counts, a button into the
    /// unit), a page of <see cref="OverviewUnitsPerPage"/> units at a time, the few most urgent tasks, and the plan
    /// page when <paramref name="pageUrl"/> is given. Never every task: the unit's card and the plan page hold those.
    /// </summary>
    public static object Overview(Plan plan, IReadOnlyList<UnitMember> members, Texts t, DateTimeOffset now, int page = 1, string pageUrl = "")
    {
        var today = VietnamTime.Today(now);
        var facts = new List<object>();
        void Fact(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) facts.Add(new { label, value });
        }
        Fact(t.FieldEventTime, CardData.EventText(plan.Event, t) ?? t.NotStated);
        Fact(t.FieldVenue, plan.Venue ?? t.NotStated);
        Fact(t.FieldNumber, plan.Number);
        Fact(t.FieldIssuer, plan.Issuer);
        var overall = PlanProgress.Of(plan.Tasks);
        var units = plan.Units.OrderBy(u => u.Order).ToList();
        var unitPage = CardPage.Of(units.Count, OverviewUnitsPerPage, page);
        var (participants, moreParticipants) = CardText.Capped(plan.Participants, CardData.ListShown, t.MoreLines);
        // A small plan lists its tasks under each unit, marked; a larger one its most urgent tasks only.
        var listTasks = overall.Total <= OverviewTasksUpTo;
        var urgent = listTasks ? [] : Urgent(plan, units, today).ToList<(PlanUnit Unit, PlanTask Task)>();
        return new
        {
            t,
            title = plan.Title,
            facts,
            participants = participants.Select(p => new { text = CardText.Shorten(p, CardData.TaskTextMax) }),
            moreParticipants,
            progress = new { done = overall.Done, total = overall.Total, percent = overall.Percent },
            counts = t.PlanCounts(overall.Total, units.Count),
            units = unitPage.Slice(units).Select(u =>
            {
                var p = PlanProgress.Of(u.Tasks);
                var overdue = u.Tasks.Count(task => TaskStanding.IsOverdue(plan, task, today));
                var blocked = u.Tasks.Count(task => task.Status == WorkStatus.Blocked);
                var marks = new List<string>();
                if (overdue > 0) marks.Add(t.OverdueCount(overdue));
                if (blocked > 0) marks.Add(t.BlockedCount(blocked));
                return new
                {
                    unitId = u.Id,
                    name = u.Name,
                    people = CardText.Shorten($"{t.PeopleLabel}: {CardData.People(members, u.Name, t)}", 100),
                    progress = $"{p.Done}/{p.Total} · {p.Percent}%",
                    marks = string.Join(" · ", marks),
                    tasks = (listTasks ? u.Tasks.OrderBy(x => x.Order) : Enumerable.Empty<PlanTask>()).Select(task =>
                    {
                        var late = TaskStanding.IsOverdue(plan, task, today);
                        return new
                        {
                            text = CardData.TaskText(CardText.Shorten(task.Description, CardData.TaskTextMax), task.DueDate, t),
                            status = late ? $"{t.Status(task.Status)} · {t.Overdue}" : t.Status(task.Status),
                            color = late ? "Attention" : StatusCatalogue.Of(task.Status).CardColor,
                            note = task.Status == WorkStatus.Blocked || !string.IsNullOrEmpty(task.Note) ? CardText.Shorten(task.Note, CardData.NoteMax) : "",
                            noteColor = task.Status == WorkStatus.Blocked ? "Attention" : "Default",
                        };
                    }).ToList(),
                };
            }),
            unitPage = unitPage.View(t, t.UnitsOnPage),
            urgent = urgent.Take(UrgentShown).Select(x => new
            {
                text = $"{x.Unit.Name}: {CardData.TaskText(CardText.Shorten(x.Task.Description, 140), TaskStanding.DueOf(plan, x.Task), t)}",
                status = x.Task.Status == WorkStatus.Blocked
                    ? string.IsNullOrEmpty(x.Task.Note) ? t.Status(WorkStatus.Blocked) : $"{t.Status(WorkStatus.Blocked)}: {CardText.Shorten(x.Task.Note, 140)}"
                    : $"{t.Status(x.Task.Status)} · {t.Overdue}",
            }),
            moreUrgent = urgent.Count > UrgentShown ? t.MoreTasks(urgent.Count - UrgentShown) : "",
            pageUrl,
            footer = $"#{plan.Id.ToString(CultureInfo.InvariantCulture)} · {t.OverviewUpdated} {VietnamTime.Format(now)}",
            planId = plan.Id,
        };
    }

    /// <summary>Blocked tasks first (in the plan's order), then overdue ones, the longest overdue first.</summary>
    private static IEnumerable<(PlanUnit Unit, PlanTask Task)> Urgent(Plan plan, List<PlanUnit> units, DateOnly today)
    {
        var all = units.SelectMany(u => u.Tasks.OrderBy(x => x.Order).Select(task => (Unit: u, Task: task))).ToList();
        var blocked = all.Where(x => x.Task.Status == WorkStatus.Blocked);
        var overdue = all.Where(x => x.Task.Status != WorkStatus.Blocked && TaskStanding.IsOverdue(plan, x.Task, today))
            .OrderBy(x => TaskStanding.DueOf(plan, x.Task));
        return blocked.Concat(overdue);
    }

    public static object PlanList(IEnumerable<Plan> plans, Texts t) => new
    {
        t,
        plans = plans.Select(p =>
        {
            var progress = PlanProgress.Of(p.Tasks);
            var when = CardData.EventText(p.Event, t);
            var summary = string.Join(" · ", new[] { when, $"{progress.Done}/{progress.Total} ({progress.Percent}%)" }.Where(s => !string.IsNullOrEmpty(s)));
            return new { id = p.Id, title = p.Title, summary };
        }),
    };
}
