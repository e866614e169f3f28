using PlanBot.Core.Assignments;
using PlanBot.Core.Localization;
using PlanBot.Core.Plans;
using PlanBot.Core.Status;

namespace PlanBot.Core.Cards;

/// <summary>The organizer's escalation digest (cards/escalation.json) and the line a reminder card opens with.</summary>
public static class ReminderCardData
{
    /// <summary>The organizer's digest of overdue units: the first units with their longest-overdue tasks, and how many more.</summary>
    public static object Escalation(Plan plan, IReadOnlyList<UnitMember> members, Texts t, DateTimeOffset now)
    {
        var today = VietnamTime.Today(now);
        var late = plan.Units.OrderBy(u => u.Order)
            .Select(u => new
            {
                unit = u,
                overdue = u.Tasks.OrderBy(x => TaskStanding.DueOf(plan, x)).ThenBy(x => x.Order).Where(x => TaskStanding.IsOverdue(plan, x, today)).ToList(),
            })
            .Where(x => x.overdue.Count > 0)
            .ToList();
        var (units, moreUnits) = CardText.Capped(late, EscalationUnitsShown, t.MoreUnits);
        return new
        {
            t,
            planId = plan.Id,
            title = plan.Title,
            units = units.Select(x =>
            {
                var (tasks, more) = CardText.Capped(x.overdue, EscalationTasksShown, t.MoreTasks);
                return new
                {
                    name = x.unit.Name,
                    people = CardText.Shorten(CardData.People(members, x.unit.Name, t), 200),
                    tasks = tasks.Select(task => new
                    {
                        text = CardData.TaskText(CardText.Shorten(task.Description, CardData.TaskTextMax), TaskStanding.DueOf(plan, task), t),
                        status = string.IsNullOrEmpty(task.Note) ? t.Status(task.Status) : $"{t.Status(task.Status)}: {CardText.Shorten(task.Note, CardData.NoteMax)}",
                    }),
                    more,
                };
            }),
            moreUnits,
        };
    }

    public const int EscalationUnitsShown = 15;
    public const int EscalationTasksShown = 5;

    /// <summary>The line a reminder card opens with.</summary>
    public static string ReminderNotice(Reminders.ReminderReason? reason, Texts t) => reason?.Kind switch
    {
        Reminders.ReminderKind.Overdue => t.ReminderOverdue(reason.Days),
        Reminders.ReminderKind.DueToday => t.ReminderDueToday,
        Reminders.ReminderKind.DueSoon => t.ReminderDueSoon(reason.Days),
        _ => "",
    };
}
