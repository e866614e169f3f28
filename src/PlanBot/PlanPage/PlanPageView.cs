using PlanBot.Core.Assignments;
using PlanBot.Core.Meetings;
using PlanBot.Core.Plans;
using PlanBot.Core.Status;

namespace PlanBot.PlanPage;

/// <summary>
/// What the plan page draws: the plan, its progress per unit and over time, every task, the meeting. Statuses counts
/// the tasks per status key; StatusKinds lists the statuses in order with their words and colours, so the page's
/// scripts hold no list of statuses of their own.
/// </summary>
public sealed record PlanPageData(
    PlanSummary Plan,
    DateOnly Today,
    IReadOnlyDictionary<string, int> Statuses,
    IReadOnlyList<StatusKindPage> StatusKinds,
    IReadOnlyList<UnitPage> Units,
    IReadOnlyList<ProgressPoint> History,
    MeetingPage? Meeting);

/// <summary>A status as the page shows it: its key (as tasks carry it), its words and its colour.</summary>
public sealed record StatusKindPage(string Key, string Vi, string En, string Color)
{
    public static readonly IReadOnlyList<StatusKindPage> All = [.. StatusCatalogue.All.Select(s => new StatusKindPage(s.Key, s.Vi, s.En, s.PageColor))];
}

public sealed record PlanSummary(int Id, string Title, string? Number, string? Issuer, string? Event, bool Tentative, string? Venue,
    string? Organizer, int Total, int Done, int Percent, int Overdue, int Blocked, IReadOnlyList<string> OverdueUnits);

public sealed record UnitPage(int Id, string Name, int Total, int Done, int Percent, int InProgress, int Blocked, int Overdue,
    IReadOnlyList<PersonPage> People, IReadOnlyList<TaskPage> Tasks);

public sealed record PersonPage(string Name, string Role);

public sealed record TaskPage(int Id, string Description, DateOnly? Due, string Status, int Percent, bool Overdue, string? Note,
    DateTimeOffset? UpdatedAt, string? UpdatedBy);

/// <summary>The plan's overall percent at a moment (and that moment's date in Asia/Ho_Chi_Minh, for the chart's labels).</summary>
public sealed record ProgressPoint(DateTimeOffset At, DateOnly Date, int Percent);

public sealed record MeetingPage(string Room, DateTimeOffset Start, DateTimeOffset End, string State, string RoomResponse, IReadOnlyList<AttendeePage> Attendees);

public sealed record AttendeePage(string Name, string Response);

/// <summary>A plan in the portfolio: progress and the units that are late.</summary>
public sealed record PortfolioPlan(int Id, string Title, string? Event, int Total, int Done, int Percent, int Overdue, int Blocked, IReadOnlyList<string> OverdueUnits)
{
    /// <summary>Where the plan's page opens for this viewer: a signed link, or the tab page that signs in.</summary>
    public string? Url { get; init; }
}

/// <summary>The personal tab: the units I answer for (with their tasks) and the plans I organise.</summary>
public sealed record MyPage(IReadOnlyList<MyUnit> Units, IReadOnlyList<PortfolioPlan> Organised)
{
    public IReadOnlyList<StatusKindPage> StatusKinds => StatusKindPage.All;
}

public sealed record MyUnit(int PlanId, string PlanTitle, UnitPage Unit);

/// <summary>Builds the page's data from a loaded plan; no database here, so it is tested and timed alone.</summary>
public static class PlanPageView
{
    public static PlanPageData Build(Plan plan, IReadOnlyList<UnitMember> members, IReadOnlyList<StatusChange> history, Meeting? meeting, DateTimeOffset now)
    {
        var today = VietnamTime.Today(now);
        var units = plan.Units.OrderBy(u => u.Order).Select(u => Unit(plan, u, members, today)).ToList();
        var tasks = plan.Tasks.ToList();
        var overall = PlanProgress.Of(tasks);
        var summary = new PlanSummary(plan.Id, plan.Title, plan.Number, plan.Issuer, plan.Event?.Format() is { Length: > 0 } e ? e : null, plan.EventTentative,
            plan.Venue, plan.OrganizerName, overall.Total, overall.Done, overall.Percent,
            units.Sum(u => u.Overdue), units.Sum(u => u.Blocked), units.Where(u => u.Overdue > 0).Select(u => u.Name).ToList());
        var statuses = StatusCatalogue.All.ToDictionary(s => s.Key, s => tasks.Count(t => t.Status == s.Status));
        return new PlanPageData(summary, today, statuses, StatusKindPage.All, units, Progress(plan, tasks, history, now), meeting is null ? null : Meeting(meeting));
    }

    public static UnitPage Unit(Plan plan, PlanUnit unit, IReadOnlyList<UnitMember> members, DateOnly today)
    {
        var p = PlanProgress.Of(unit.Tasks);
        var key = UnitMember.KeyOf(unit.Name);
        var tasks = unit.Tasks.OrderBy(t => t.Order).Select(t => (Task: t, Standing: TaskStanding.Of(plan, t, today)))
            .Select(x => new TaskPage(x.Task.Id, x.Task.Description, x.Standing.Due, x.Standing.Kind.Key, x.Standing.Percent,
                x.Standing.Overdue, x.Task.Note, x.Task.UpdatedAt, x.Task.UpdatedBy)).ToList();
        return new UnitPage(unit.Id, unit.Name, p.Total, p.Done, p.Percent,
            unit.Tasks.Count(t => t.Status == WorkStatus.InProgress), unit.Tasks.Count(t => t.Status == WorkStatus.Blocked), tasks.Count(t => t.Overdue),
            members.Where(m => m.UnitKey == key).OrderBy(m => m.Role).ThenBy(m => m.UserName)
                .Select(m => new PersonPage(m.UserName, m.Role == UnitRole.Responsible ? "responsible" : "deputy")).ToList(),
            tasks);
    }

    public static PortfolioPlan Portfolio(Plan plan, DateTimeOffset now)
    {
        var today = VietnamTime.Today(now);
        var p = PlanProgress.Of(plan.Tasks);
        var overdueUnits = plan.Units.OrderBy(u => u.Order).Where(u => u.Tasks.Any(t => TaskStanding.IsOverdue(plan, t, today))).Select(u => u.Name).ToList();
        return new PortfolioPlan(plan.Id, plan.Title, plan.Event?.Format() is { Length: > 0 } e ? e : null, p.Total, p.Done, p.Percent,
            plan.Tasks.Count(t => TaskStanding.IsOverdue(plan, t, today)), plan.Tasks.Count(t => t.Status == WorkStatus.Blocked), overdueUnits);
    }

    /// <summary>
    /// The overall percent replayed from the history: every task starts where its first recorded answer found it (or
    /// where it stands now, if it was never answered), and each answer moves it. Points: when the plan was saved, after
    /// the last answer of each day (Asia/Ho_Chi_Minh), and now.
    /// </summary>
    private static List<ProgressPoint> Progress(Plan plan, List<PlanTask> tasks, IReadOnlyList<StatusChange> history, DateTimeOffset now)
    {
        var points = new List<ProgressPoint>();
        if (tasks.Count == 0) return points;
        var ordered = history.OrderBy(c => c.At).ThenBy(c => c.Id).ToList();
        var first = ordered.GroupBy(c => c.TaskId).ToDictionary(g => g.Key, g => g.First());
        var percent = tasks.ToDictionary(t => t.Id, t => first.TryGetValue(t.Id, out var c) ? TaskStanding.EffectivePercent(c.OldStatus, c.OldPercent) : TaskStanding.EffectivePercent(t.Status, t.Percent));
        int Overall() => (int)Math.Round(percent.Values.Average());
        ProgressPoint At(DateTimeOffset instant) => new(instant, DateOnly.FromDateTime(VietnamTime.Local(instant)), Overall());
        points.Add(At(ordered.Count > 0 && ordered[0].At < plan.CreatedAt ? ordered[0].At : plan.CreatedAt));
        foreach (var day in ordered.GroupBy(c => DateOnly.FromDateTime(VietnamTime.Local(c.At))))
        {
            foreach (var change in day)
                if (percent.ContainsKey(change.TaskId)) percent[change.TaskId] = TaskStanding.EffectivePercent(change.NewStatus, change.NewPercent);
            points.Add(At(day.Last().At));
        }
        if (now > points[^1].At) points.Add(At(now));
        return points;
    }

    private static MeetingPage Meeting(Meeting m) => new(m.RoomName,
        new DateTimeOffset(DateTime.SpecifyKind(m.Start, DateTimeKind.Utc)), new DateTimeOffset(DateTime.SpecifyKind(m.End, DateTimeKind.Utc)),
        m.State.ToString().ToLowerInvariant(), Response(m.RoomResponse),
        m.Attendees.OrderBy(a => a.Name).Select(a => new AttendeePage(a.Name, Response(a.Response))).ToList());

    private static string Response(AttendeeResponse r) => r switch
    {
        AttendeeResponse.Accepted => "accepted",
        AttendeeResponse.Tentative => "tentative",
        AttendeeResponse.Declined => "declined",
        _ => "none",
    };
}
