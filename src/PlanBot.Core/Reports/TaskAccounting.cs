using PlanBot.Core.Status;

namespace PlanBot.Core.Reports;

/// <summary>
/// The rules that put a task in its bucket and give it its risk colour, as of one Hanoi date.
/// A task due today is not overdue today: its deadline is the end of that day.
/// </summary>
public static class TaskAccounting
{
    /// <summary>Working days of warning before a due date that turn a task orange.</summary>
    public const int DueSoonWorkingDays = 3;

    /// <summary>
    /// Open: overdue when <see cref="TaskStanding"/> says so (the one definition). Finished: on time when finished on or
    /// before its due date; a task without one cannot be late, and a finished task whose finishing day is unknown is
    /// taken as on time rather than accused.
    /// </summary>
    public static AccountBucket BucketOf(TaskStanding standing, DateOnly? completedOn) =>
        standing.Open
            ? standing.Overdue ? AccountBucket.OpenOverdue : AccountBucket.OpenWithinDeadline
            : standing.Due is { } d && completedOn is { } c && c > d ? AccountBucket.DoneLate : AccountBucket.DoneOnTime;

    public static RiskColour RiskOf(AccountBucket bucket, DateOnly? due, DateOnly asOf) => bucket switch
    {
        AccountBucket.OpenOverdue => RiskColour.Red,
        AccountBucket.OpenWithinDeadline when due is { } d && WorkingDaysAfter(asOf, d) <= DueSoonWorkingDays => RiskColour.Orange,
        _ => RiskColour.Green,
    };

    /// <summary>
    /// Monday–Friday days after <paramref name="from"/> up to and including <paramref name="to"/> (0 when due today).
    /// Public holidays are not known to PlanBot, so a holiday counts as a working day: the warning comes early, never late.
    /// </summary>
    public static int WorkingDaysAfter(DateOnly from, DateOnly to)
    {
        if (to <= from) return 0;
        var days = to.DayNumber - from.DayNumber;
        var count = days / 7 * 5;
        for (var d = from.AddDays(days / 7 * 7 + 1); d <= to; d = d.AddDays(1))
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) count++;
        return count;
    }
}
