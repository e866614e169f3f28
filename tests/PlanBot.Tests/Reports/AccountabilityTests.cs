using PlanBot.Core.Plans;
using PlanBot.Core.Reports;
using PlanBot.Core.Status;

namespace PlanBot.Tests.Reports;

/// <summary>Buckets, risk colours and periods at the edges of Hanoi days (UTC+7: 23:59 and 00:00 local are 16:59 and 17:00 UTC).</summary>
public sealed class AccountabilityTests
{
    private static readonly DateOnly Due = new(2026, 12, 4); // a Friday

    public static TheoryData<string, string?, string, AccountBucket> Buckets => new()
    {
        // done at (Hanoi), report asked at (Hanoi), bucket
        { "done on the due day at 23:59", "2026-12-04T23:59:00+07:00", "2026-12-10T09:00:00+07:00", AccountBucket.DoneOnTime },
        { "done the next day at 00:00", "2026-12-05T00:00:00+07:00", "2026-12-10T09:00:00+07:00", AccountBucket.DoneLate },
        { "done early", "2026-12-01T10:00:00+07:00", "2026-12-02T09:00:00+07:00", AccountBucket.DoneOnTime },
        { "open, asked on the due day at 23:59", null, "2026-12-04T23:59:00+07:00", AccountBucket.OpenWithinDeadline },
        { "open, asked the next day at 00:00", null, "2026-12-05T00:00:00+07:00", AccountBucket.OpenOverdue },
        { "done at 16:59 UTC is still the due day in Hanoi", "2026-12-04T16:59:00Z", "2026-12-10T09:00:00+07:00", AccountBucket.DoneOnTime },
        { "done at 17:00 UTC is the next day in Hanoi", "2026-12-04T17:00:00Z", "2026-12-10T09:00:00+07:00", AccountBucket.DoneLate },
    };

    [Theory]
    [MemberData(nameof(Buckets))]
    public void A_task_falls_in_its_bucket_by_the_Hanoi_day(string why, string? doneAt, string askedAt, AccountBucket expected)
    {
        var task = new PlanTask { Id = 1, Description = why, DueDate = Due, Status = doneAt is null ? WorkStatus.InProgress : WorkStatus.Done };
        var plan = OneTask(task);
        List<StatusChange> history = doneAt is null ? [] :
            [new StatusChange { TaskId = 1, UserId = "u", UserName = "Lan", At = Instant(doneAt), NewStatus = WorkStatus.Done }];
        var report = AccountabilityReports.Build(plan, history, Instant(askedAt));
        Assert.Equal(expected, report.Tasks.Single().Bucket);
        Assert.Equal(1, report.Overall.Of(expected));
    }

    [Fact]
    public void Completed_on_is_when_it_last_became_done_not_when_it_was_last_touched()
    {
        // Done late on 06/12, reopened on 07/12, done again on 08/12, then its note edited on 09/12 (still done).
        var task = new PlanTask { Id = 1, Description = "x", DueDate = Due, Status = WorkStatus.Done, Percent = 100 };
        var history = new[]
        {
            Change(new(2026, 12, 3), WorkStatus.NotStarted, WorkStatus.Done),
            Change(new(2026, 12, 7), WorkStatus.Done, WorkStatus.InProgress),
            Change(new(2026, 12, 8), WorkStatus.InProgress, WorkStatus.Done),
            Change(new(2026, 12, 9), WorkStatus.Done, WorkStatus.Done),
        };
        var report = AccountabilityReports.Build(OneTask(task), history, new DateTimeOffset(2026, 12, 10, 9, 0, 0, TimeSpan.FromHours(7)));
        Assert.Equal(new DateOnly(2026, 12, 8), report.Tasks.Single().CompletedOn);
        Assert.Equal(AccountBucket.DoneLate, report.Tasks.Single().Bucket);
    }

    public static TheoryData<string, string, string, RiskColour> Risks => new()
    {
        // as of, due, colour (weekends are not working days)
        { "2026-12-07", "2026-12-07", "open and due today", RiskColour.Orange },
        { "2026-12-07", "2026-12-10", "Monday, due Thursday: 3 working days", RiskColour.Orange },
        { "2026-12-07", "2026-12-11", "Monday, due Friday: 4 working days", RiskColour.Green },
        { "2026-12-04", "2026-12-09", "Friday, due Wednesday: 3 working days over a weekend", RiskColour.Orange },
        { "2026-12-04", "2026-12-10", "Friday, due Thursday: 4 working days", RiskColour.Green },
        { "2026-12-08", "2026-12-07", "due yesterday", RiskColour.Red },
    };

    [Theory]
    [MemberData(nameof(Risks))]
    public void Open_tasks_turn_orange_three_working_days_before_and_red_after(string asOf, string due, string why, RiskColour expected)
    {
        var task = new PlanTask { Id = 1, Description = why, DueDate = Day(due), Status = WorkStatus.InProgress };
        var at = new DateTimeOffset(Day(asOf).ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(7));
        Assert.Equal(expected, AccountabilityReports.Build(OneTask(task), [], at).Tasks.Single().Risk);
    }

    [Fact]
    public void A_done_task_is_green_however_late()
    {
        var task = new PlanTask { Id = 1, Description = "x", DueDate = Due, Status = WorkStatus.Done, Percent = 100 };
        var history = new[] { Change(new(2026, 12, 6), WorkStatus.NotStarted, WorkStatus.Done) };
        var report = AccountabilityReports.Build(OneTask(task), history, new DateTimeOffset(2026, 12, 10, 9, 0, 0, TimeSpan.FromHours(7)));
        Assert.Equal(RiskColour.Green, report.Tasks.Single().Risk);
    }

    [Fact]
    public void The_on_time_rate_counts_against_tasks_whose_deadline_has_come()
    {
        // The 2017 figures of the Prime Minister's working group: 14,068 on time, 1,983 late, 5,640 within deadline, 223 overdue.
        var counts = new BucketCounts(14_068, 1_983, 5_640, 223);
        Assert.Equal(21_914, counts.Total);
        Assert.Equal(16_051, counts.Done);
        Assert.Equal(5_863, counts.Open);
        Assert.Equal(14_068 * 100.0 / (14_068 + 1_983 + 223), counts.OnTimeRate!.Value, 6);
        Assert.Null(new BucketCounts(0, 0, 3, 0).OnTimeRate);
    }

    [Fact]
    public void A_period_holds_the_tasks_due_within_it_as_they_stood_at_its_end()
    {
        var (plan, history) = SampleReport.Build();
        // Asked on 07/12 about 01/12–05/12: tasks due 06/12 and later are outside; the late task (due 04/12, done 06/12)
        // was still open and overdue at the period's end; the blocked one, due 05/12, was not yet overdue on its last day.
        var report = AccountabilityReports.Build(plan, history, SampleReport.Now, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 5));
        Assert.Equal(new DateOnly(2026, 12, 5), report.AsOf);
        Assert.Equal(["Báo cáo tổng kết hoạt động KH&CN năm 2026", "Báo cáo tổng kết hoạt động Công đoàn Sở"], report.Tasks.Select(t => t.Task));
        Assert.Equal([AccountBucket.OpenOverdue, AccountBucket.OpenWithinDeadline], report.Tasks.Select(t => t.Bucket));
        Assert.Equal(WorkStatus.InProgress, report.Tasks[0].Status);
        Assert.Null(report.Tasks[0].CompletedOn);
    }

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static Plan OneTask(PlanTask task) => new()
    {
        Id = 1, TenantId = "t", Title = "t", OrganizerId = "o", ConversationId = "c", ServiceUrl = "http://x",
        Units = [new PlanUnit { Id = 1, Name = "Văn phòng", Tasks = [task] }],
    };

    private static StatusChange Change(DateOnly day, WorkStatus from, WorkStatus to) => new()
    {
        TaskId = 1, UserId = "u", UserName = "Lan", At = new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(7)),
        OldStatus = from, NewStatus = to, NewPercent = to == WorkStatus.Done ? 100 : 50,
    };
}
