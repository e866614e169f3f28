using PlanBot.Core.Plans;
using PlanBot.Core.Status;

namespace PlanBot.Core.Reports;

/// <summary>Builds a plan's <see cref="AccountabilityReport"/> from the plan and the history of its answers.</summary>
public static class AccountabilityReports
{
    /// <param name="history">Every recorded answer of the plan's tasks (any order).</param>
    /// <param name="now">The moment the report is asked for; its Hanoi date is "today".</param>
    /// <param name="from">With <paramref name="to"/>: only tasks due within the period, as they stood at its end.</param>
    public static AccountabilityReport Build(Plan plan, IEnumerable<StatusChange> history, DateTimeOffset now, DateOnly? from = null, DateOnly? to = null)
    {
        var today = VietnamTime.Today(now);
        // A period that has ended is reported as it stood at its end; one still running, as it stands today.
        var asOf = to is { } end && end < today ? end : today;
        var pastState = asOf < today;
        var changes = history
            .Where(c => VietnamTime.Today(c.At) <= asOf)
            .GroupBy(c => c.TaskId)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.At).ThenBy(c => c.Id).ToList());

        var tasks = new List<TaskAccount>();
        var units = new List<UnitAccount>();
        foreach (var unit in plan.Units.OrderBy(u => u.Order))
        {
            var first = tasks.Count;
            foreach (var task in unit.Tasks.OrderBy(t => t.Order))
            {
                var due = TaskStanding.DueOf(plan, task);
                if (from is not null || to is not null)
                {
                    if (due is not { } d || (from is { } f && d < f) || (to is { } e && d > e)) continue;
                }
                var own = changes.GetValueOrDefault(task.Id) ?? [];
                var asItWas = pastState ? AsItWas(task, own.LastOrDefault()) : task;
                var standing = TaskStanding.Of(plan, asItWas, asOf);
                var completedOn = standing.Open ? null : CompletedOn(task, own, pastState);
                var bucket = TaskAccounting.BucketOf(standing, completedOn);
                tasks.Add(new TaskAccount(task.Id, unit.Name, task.Description, task.Coordinating, due, null, completedOn,
                    bucket, TaskAccounting.RiskOf(bucket, due, asOf), asItWas.Status, standing.Percent, asItWas.Note, null));
            }
            units.Add(new UnitAccount(unit.Name, BucketCounts.Count(tasks.Skip(first).Select(t => t.Bucket))));
        }
        var heading = new ReportHeading(plan.Title, plan.Number, plan.IssueDate, plan.Issuer, null, plan.IssuePlace, plan.SignerTitle, plan.SignerName);
        return new AccountabilityReport(heading, asOf, from, to, units, tasks);
    }

    /// <summary>The task as its last answer up to the period's end left it; not started when it had none yet.</summary>
    private static PlanTask AsItWas(PlanTask task, StatusChange? last) => new()
    {
        Id = task.Id, UnitId = task.UnitId, Order = task.Order, Description = task.Description, DueDate = task.DueDate,
        Coordinating = task.Coordinating, Recurring = task.Recurring,
        Status = last?.NewStatus ?? WorkStatus.NotStarted, Percent = last?.NewPercent ?? 0, Note = last?.Note, UpdatedAt = last?.At, UpdatedBy = last?.UserName,
    };

    /// <summary>
    /// The Hanoi date the task's status last became done. Without a recorded change to done (a plan saved before
    /// history was kept), the date of its last update stands in.
    /// </summary>
    private static DateOnly? CompletedOn(PlanTask task, List<StatusChange> own, bool pastState)
    {
        var became = own.LastOrDefault(c => !TaskStanding.IsOpen(c.NewStatus) && TaskStanding.IsOpen(c.OldStatus));
        if (became is not null) return VietnamTime.Today(became.At);
        return !pastState && task.UpdatedAt is { } at ? VietnamTime.Today(at) : null;
    }
}
