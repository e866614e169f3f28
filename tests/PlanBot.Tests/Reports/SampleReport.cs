using PlanBot.Core.Plans;
using PlanBot.Core.Reports;
using PlanBot.Core.Status;

namespace PlanBot.Tests.Reports;

/// <summary>
/// A plan of three units with a task in each bucket, and the answers that put them there, reported on
/// 07/12/2026 (Monday) in Hanoi: done on time, done late, blocked and overdue, open and due in ten days.
/// </summary>
internal static class SampleReport
{
    public static readonly DateOnly Today = new(2026, 12, 7);
    public static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(7));

    public static (Plan Plan, List<StatusChange> History) Build()
    {
        var plan = new Plan
        {
            Id = 12, TenantId = "t", Title = "Tổ chức Hội nghị tổng kết hoạt động KH&CN năm 2026", Number = "12/KH-KHCN",
            IssueDate = "01/11/2026", Issuer = "SỞ KHOA HỌC VÀ CÔNG NGHỆ", IssuePlace = "Bắc Giang", SignerTitle = "GIÁM ĐỐC", SignerName = "Nguyễn Thanh Bình",
            OrganizerId = "o", ConversationId = "c", ServiceUrl = "http://x", EventStartDate = new DateOnly(2026, 12, 28),
            Units =
            [
                Unit(1, "Văn phòng Sở",
                    Task(101, "Xây dựng Chương trình tổng kết năm 2026", Today.AddDays(-1), WorkStatus.Done, coordinating: ["Phòng Kế hoạch - Tài chính"]),
                    Task(102, "Báo cáo tổng kết hoạt động KH&CN năm 2026", Today.AddDays(-3), WorkStatus.Done)),
                Unit(2, "Công đoàn Sở",
                    Task(201, "Báo cáo tổng kết hoạt động Công đoàn Sở", Today.AddDays(-2), WorkStatus.Blocked, note: "Chờ số liệu của các tổ công đoàn")),
                Unit(3, "Phòng Quản lý khoa học",
                    Task(301, "Chuẩn bị hội trường", Today.AddDays(10), WorkStatus.InProgress, percent: 40),
                    Task(302, "Chuẩn bị kinh phí tổng kết", Today, WorkStatus.NotStarted)),
            ],
        };
        List<StatusChange> history =
        [
            Change(101, Today.AddDays(-2), WorkStatus.NotStarted, WorkStatus.Done),         // two days early
            Change(102, Today.AddDays(-5), WorkStatus.NotStarted, WorkStatus.InProgress),
            Change(102, Today.AddDays(-1), WorkStatus.InProgress, WorkStatus.Done),         // two days late
            Change(201, Today.AddDays(-4), WorkStatus.NotStarted, WorkStatus.Blocked, "Chờ số liệu của các tổ công đoàn"),
            Change(301, Today.AddDays(-1), WorkStatus.NotStarted, WorkStatus.InProgress),
        ];
        return (plan, history);
    }

    /// <summary>On time 1, late 1, within deadline 2 (due today and in ten days), overdue 1.</summary>
    public static AccountabilityReport Report()
    {
        var (plan, history) = Build();
        return AccountabilityReports.Build(plan, history, Now);
    }

    private static PlanUnit Unit(int order, string name, params PlanTask[] tasks) => new() { Id = order, Name = name, Order = order, Tasks = [.. tasks] };

    private static PlanTask Task(
        int id, string text, DateOnly due, WorkStatus status, int percent = 0, string? note = null, List<string>? coordinating = null) => new()
    {
        Id = id, Order = id, Description = text, DueDate = due, Status = status, Percent = status == WorkStatus.Done ? 100 : percent, Note = note,
        Coordinating = coordinating ?? [],
    };

    private static StatusChange Change(int taskId, DateOnly day, WorkStatus from, WorkStatus to, string? note = null) => new()
    {
        TaskId = taskId, UserId = "u", UserName = "Lan", At = new DateTimeOffset(day.ToDateTime(new TimeOnly(15, 0)), TimeSpan.FromHours(7)),
        OldStatus = from, NewStatus = to, NewPercent = to == WorkStatus.Done ? 100 : 40, Note = note,
    };
}
