using PlanBot.Core.Localization;
using PlanBot.Core.Plans;
using PlanBot.Core.Status;

namespace PlanBot.Tests.Status;

/// <summary>Where a task stands, at the day boundaries of Asia/Ho_Chi_Minh (UTC+7): the one rule every surface uses.</summary>
public sealed class TaskStandingTests
{
    private static readonly DateOnly Due = new(2026, 12, 10);

    private static (Plan Plan, PlanTask Task) PlanWith(WorkStatus status, int percent = 40, DateOnly? due = null, DateOnly? eventDate = null,
        bool recurring = false)
    {
        var task = new PlanTask { Description = "Xây dựng chương trình", DueDate = due, Status = status, Percent = percent, Recurring = recurring };
        var plan = new Plan
        {
            TenantId = "t", Title = "Kế hoạch", OrganizerId = "o", ConversationId = "c", ServiceUrl = "http://localhost/",
            EventStartDate = eventDate, Units = [new PlanUnit { Name = "Văn phòng Sở", Tasks = [task] }],
        };
        return (plan, task);
    }

    public static TheoryData<string, WorkStatus, bool> Boundaries => new()
    {
        // Hanoi local time of the moment, the task's status, overdue then?
        { "2026-12-10T00:00:00+07:00", WorkStatus.InProgress, false },
        { "2026-12-10T23:59:00+07:00", WorkStatus.InProgress, false },
        { "2026-12-10T23:59:59+07:00", WorkStatus.NotStarted, false },
        { "2026-12-11T00:00:00+07:00", WorkStatus.InProgress, true },
        { "2026-12-11T00:00:00+07:00", WorkStatus.Blocked, true },
        { "2026-12-11T00:00:00+07:00", WorkStatus.Done, false },
        // The same instants written in UTC: 16:59 UTC is still the due date in Hanoi, 17:00 UTC is the day after.
        { "2026-12-10T16:59:00Z", WorkStatus.InProgress, false },
        { "2026-12-10T17:00:00Z", WorkStatus.InProgress, true },
        // Already the 11th in UTC+14, still the 10th in Hanoi.
        { "2026-12-11T06:00:00+14:00", WorkStatus.InProgress, false },
    };

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void A_task_is_overdue_from_the_first_minute_after_its_due_date_in_Hanoi(string instant, WorkStatus status, bool overdue)
    {
        var (plan, task) = PlanWith(status, due: Due);
        var standing = TaskStanding.Of(plan, task, DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(overdue, standing.Overdue);
        Assert.Equal(status != WorkStatus.Done, standing.Open);
        Assert.Equal(Due, standing.Due);
    }

    [Theory]
    [InlineData(null, "2026-12-10", false, "2026-12-10")] // no date of its own: the event's
    [InlineData("2026-12-05", "2026-12-10", false, "2026-12-05")] // its own date wins
    [InlineData(null, "2026-12-10", true, null)] // a recurring task without its own date has none
    [InlineData(null, null, false, null)]
    public void The_due_date_is_the_tasks_own_else_the_events(string? own, string? eventDate, bool recurring, string? expected)
    {
        var (plan, task) = PlanWith(WorkStatus.NotStarted, due: own is null ? null : DateOnly.Parse(own, System.Globalization.CultureInfo.InvariantCulture),
            eventDate: eventDate is null ? null : DateOnly.Parse(eventDate, System.Globalization.CultureInfo.InvariantCulture), recurring: recurring);
        var standing = TaskStanding.Of(plan, task, new DateOnly(2027, 1, 1));
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), standing.Due);
        Assert.Equal(expected is not null, standing.Overdue);
    }

    [Theory]
    [InlineData(WorkStatus.Done, 40, 100)] // done counts 100 whatever was typed
    [InlineData(WorkStatus.Done, 0, 100)]
    [InlineData(WorkStatus.InProgress, 40, 40)]
    [InlineData(WorkStatus.Blocked, 140, 100)]
    [InlineData(WorkStatus.NotStarted, -5, 0)]
    public void The_effective_percent_of_a_done_task_is_100_and_others_stay_within_0_to_100(WorkStatus status, int percent, int expected)
    {
        var (plan, task) = PlanWith(status, percent, Due);
        Assert.Equal(expected, TaskStanding.Of(plan, task, Due).Percent);
        Assert.Equal(expected, TaskStanding.EffectivePercent(status, percent));
    }

    [Fact]
    public void Every_status_is_in_the_catalogue_once_with_its_words_and_colours()
    {
        Assert.Equal(Enum.GetValues<WorkStatus>().Order(), StatusCatalogue.All.Select(s => s.Status).Order());
        Assert.Equal(StatusCatalogue.All.Count, StatusCatalogue.All.Select(s => s.Key).Distinct(StringComparer.Ordinal).Count());
        // The keys are a wire format: status cards posted before this change send them back.
        Assert.Equal(["notStarted", "inProgress", "done", "blocked"], StatusCatalogue.All.Select(s => s.Key));
        Assert.All(StatusCatalogue.All, s =>
        {
            Assert.True(StatusCatalogue.TryParse(s.Key, out var parsed) && parsed == s.Status);
            Assert.False(string.IsNullOrWhiteSpace(s.Vi) || string.IsNullOrWhiteSpace(s.En));
            Assert.Matches("^#[0-9a-f]{6}$", s.PageColor);
            Assert.Equal(s.Vi, Texts.For(Language.Vi).Status(s.Status));
            Assert.Equal(s.En, Texts.For(Language.En).Status(s.Status));
        });
        Assert.False(StatusCatalogue.TryParse("Done", out _));
        // The refusal of a status outside the catalogue names its words, as it did when they were written out by hand.
        Assert.Equal("Trạng thái phải là một trong: Chưa bắt đầu, Đang thực hiện, Hoàn thành, Vướng mắc. Không có gì thay đổi.",
            Texts.For(Language.Vi).AnswerBadStatus);
        Assert.Equal("The status must be one of: Not started, In progress, Done, Blocked. Nothing was changed.", Texts.For(Language.En).AnswerBadStatus);
        Assert.Equal([WorkStatus.NotStarted, WorkStatus.InProgress, WorkStatus.Blocked], StatusCatalogue.Open);
    }
}
