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
        var today = DateOnly.FromDateTime(VietnamTime.Local(now));
        // A period that has ended is reported as it stood at its end; one still running, as it stands today.
        var asOf = to is { } end && end < today ? end : today;
        var pastState = asOf < today;
        var changes = history
            .Where(c => DateOnly.FromDateTime(VietnamTime.Local(c.At)) <= asOf)
            .GroupBy(c => c.TaskId)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.At).ThenBy(c => c.Id).ToList());

        var tasks = new List<TaskAccount>();
        var units = new List<UnitAccount>();
        foreach (var unit in plan.Units.OrderBy(u => u.Order))
        {
            var first = tasks.Count;
            foreach (var task in unit.Tasks.OrderBy(t => t.Order))
            {
                var due = plan.DueOf(task);
                if (from is not null || to is not null)
                {
                    if (due is not { } d || (from is { } f && d < f) || (to is { } e && d > e)) continue;
                }
                var own = changes.GetValueOrDefault(task.Id) ?? [];
                var last = own.LastOrDefault();
                var (status, percent, note) = pastState
                    ? (last?.NewStatus ?? WorkStatus.NotStarted, last?.NewPercent ?? 0, last?.Note)
                    : (task.Status, task.Percent, task.Note);
                var completedOn = status == WorkStatus.Done ? CompletedOn(task, own, pastState) : null;
                var bucket = TaskAccounting.BucketOf(status == WorkStatus.Done, due, completedOn, asOf);
                tasks.Add(new TaskAccount(task.Id, unit.Name, task.Description, task.Coordinating, due, null, completedOn,
                    bucket, TaskAccounting.RiskOf(bucket, due, asOf), status, status == WorkStatus.Done ? 100 : percent, note, null));
            }
            units.Add(new UnitAccount(unit.Name, BucketCounts.Count(tasks.Skip(first).Select(t => t.Bucket))));
        }
        var heading = new ReportHeading(plan.Title, plan.Number, plan.IssueDate, plan.Issuer, null, plan.IssuePlace, plan.SignerTitle, plan.SignerName);
        return new AccountabilityReport(heading, asOf, from, to, units, tasks);
    }

    /// <summary>
    /// The Hanoi date the task's status last became done. Without a recorded change to done (a plan saved before
    /// history was kept), the date of its last update stands in.
    /// </summary>
    private static DateOnly? CompletedOn(PlanTask task, List<StatusChange> own, bool pastState)
    {
        var became = own.LastOrDefault(c => c.NewStatus == WorkStatus.Done && c.OldStatus != WorkStatus.Done);
        if (became is not null) return DateOnly.FromDateTime(VietnamTime.Local(became.At));
        return !pastState && task.UpdatedAt is { } at ? DateOnly.FromDateTime(VietnamTime.Local(at)) : null;
    }
}
