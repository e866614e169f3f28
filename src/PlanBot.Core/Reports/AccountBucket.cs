namespace PlanBot.Core.Reports;

/// <summary>
/// The four buckets Vietnamese government task tracking counts tasks in: among tasks done, on time
/// (<i>hoàn thành đúng hạn</i>) or late (<i>hoàn thành quá hạn</i>); among tasks not done, not yet due
/// (<i>chưa hoàn thành, trong hạn</i>) or overdue (<i>chưa hoàn thành, quá hạn</i>).
/// </summary>
public enum AccountBucket
{
    DoneOnTime,
    DoneLate,
    OpenWithinDeadline,
    OpenOverdue,
}

/// <summary>How urgently a task needs attention: red overdue, orange not done and due within 3 working days, green otherwise.</summary>
public enum RiskColour
{
    Green,
    Orange,
    Red,
}

/// <summary>How many tasks fall in each bucket, and the rates offices report.</summary>
public sealed record BucketCounts(int OnTime, int Late, int WithinDeadline, int Overdue)
{
    public static readonly BucketCounts None = new(0, 0, 0, 0);

    public int Total => OnTime + Late + WithinDeadline + Overdue;
    public int Done => OnTime + Late;
    public int Open => WithinDeadline + Overdue;

    /// <summary>
    /// The tasks the rates are reported against: those whose deadline has come (done late, or open past it)
    /// and those already done before it. An open task still within its deadline (due today included) can yet be
    /// done on time, so it is left out; a task finished early is settled and would be lost from both sides otherwise.
    /// </summary>
    public int Settled => OnTime + Late + Overdue;

    /// <summary>Share of <see cref="Settled"/> tasks done on time, 0–100; null when no task's deadline has come.</summary>
    public double? OnTimeRate => Settled == 0 ? null : OnTime * 100.0 / Settled;

    public int Of(AccountBucket bucket) => bucket switch
    {
        AccountBucket.DoneOnTime => OnTime,
        AccountBucket.DoneLate => Late,
        AccountBucket.OpenWithinDeadline => WithinDeadline,
        _ => Overdue,
    };

    public static BucketCounts Count(IEnumerable<AccountBucket> buckets)
    {
        int onTime = 0, late = 0, within = 0, overdue = 0;
        foreach (var b in buckets)
        {
            switch (b)
            {
                case AccountBucket.DoneOnTime: onTime++; break;
                case AccountBucket.DoneLate: late++; break;
                case AccountBucket.OpenWithinDeadline: within++; break;
                default: overdue++; break;
            }
        }
        return new BucketCounts(onTime, late, within, overdue);
    }
}
