using PlanBot.Core.Plans;

namespace PlanBot.Core.Reports;

/// <summary>What the written report says about the plan it reports on; null where the plan did not say.</summary>
public sealed record ReportHeading(
    string PlanTitle,
    string? PlanNumber,
    string? PlanIssueDate,
    string? IssuingBody,
    string? ParentBody,
    string? Place,
    string? SignerTitle,
    string? SignerName);

/// <summary>One task as the report counts it. <see cref="ExtendedDue"/> is an approved extension's date, null without one.</summary>
public sealed record TaskAccount(
    int TaskId,
    string Unit,
    string Task,
    IReadOnlyList<string> Coordinating,
    DateOnly? OriginalDue,
    DateOnly? ExtendedDue,
    DateOnly? CompletedOn,
    AccountBucket Bucket,
    RiskColour Risk,
    WorkStatus Status,
    int Percent,
    string? Note,
    string? Explanation)
{
    /// <summary>The date the task is judged against: the approved extension's, else its own.</summary>
    public DateOnly? Due => ExtendedDue ?? OriginalDue;
}

/// <summary>One unit's counts (the tasks it leads).</summary>
public sealed record UnitAccount(string Unit, BucketCounts Counts);

/// <summary>
/// A plan's accountability report as of one Hanoi date: the four buckets overall and per unit, and every task
/// it counts. With a period, only the tasks due within it, as they stood at its end.
/// </summary>
public sealed record AccountabilityReport(
    ReportHeading Heading,
    DateOnly AsOf,
    DateOnly? From,
    DateOnly? To,
    IReadOnlyList<UnitAccount> Units,
    IReadOnlyList<TaskAccount> Tasks)
{
    public BucketCounts Overall { get; } = BucketCounts.Count(Tasks.Select(t => t.Bucket));

    public int Extended => Tasks.Count(t => t.ExtendedDue is not null);
}
