using System.Globalization;
using PlanBot.Core.Assignments;
using PlanBot.Core.Localization;
using PlanBot.Core.Plans;
using PlanBot.Core.Status;

namespace PlanBot.Core.Cards;

/// <summary>
/// View data for each card template (cards/NAME.json). Values are never null: the official
/// templating engine fails on a null inside text, so absent fields become "" and <c>$when</c> hides them.
/// </summary>
public static class CardData
{
    public static object Welcome(Texts t) => new { t };

    public static object Help(Texts t) => new
    {
        t,
        commands = new[]
        {
            new { command = "trợ giúp · help", description = t.CmdHelp },
            new { command = "danh sách · plans", description = t.CmdPlans },
            new { command = "xem N · show N", description = t.CmdShow },
            new { command = "sửa N · edit N", description = t.CmdEdit },
            new { command = "phân công · assign", description = t.CmdAssign },
            new { command = "yêu cầu báo cáo · request status", description = t.CmdRequest },
            new { command = "việc của tôi · my tasks", description = t.CmdMyTasks },
            new { command = "nhắc việc · reminders", description = t.CmdReminders },
            new { command = "báo cáo · report", description = t.CmdReport },
            new { command = "đặt phòng · book room", description = t.CmdBook },
            new { command = "cuộc họp · meeting", description = t.CmdMeeting },
            new { command = "lang en · lang vi", description = t.CmdLang },
            new { command = "…", description = t.CmdPaste },
        },
    };

    public static object Notice(string title, string text) => new { title, text };

    public static object Understood(PlanDocument doc, Guid draftId, Texts t)
    {
        var facts = new List<object>();
        void Fact(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) facts.Add(new { label, value });
        }
        Fact(t.FieldNumber, doc.Number);
        Fact(t.FieldIssuer, doc.Issuer);
        Fact(t.FieldIssued, Issued(doc.IssuePlace, doc.IssueDate?.ToString()));
        Fact(t.FieldEventTime, EventText(doc.Event, t) ?? t.NotStated);
        Fact(t.FieldVenue, doc.Venue ?? t.NotStated);
        return new
        {
            t,
            draftId = draftId.ToString(),
            title = doc.Title,
            facts,
            participants = doc.Participants.Select(p => new { text = p }),
            taskCount = doc.TaskCount,
            units = doc.Units.Select(u => new
            {
                name = u.Unit,
                tasks = u.Tasks.Select((task, i) => new { number = i + 1, text = TaskText(task.Description, task.DueDate, t) }),
            }),
            recipients = doc.Recipients.Select(r => new { text = r }),
            signer = doc.Signer is { } s ? string.Join(", ", new[] { s.Title, s.Name }.Where(x => !string.IsNullOrEmpty(x))) : "",
            eventDate = doc.Event?.StartDate is { } d ? EventSchedule.Date(d) : "",
            startTime = doc.Event?.StartTime is { } st ? EventSchedule.Time(st) : "",
            venue = doc.Venue ?? "",
        };
    }

    public static object Overview(Plan plan, Texts t, DateTimeOffset now) => Overview(plan, [], t, now);

    /// <summary>The overview card: progress per unit and overall, who answers for each unit, overdue and blocked tasks marked.</summary>
    public static object Overview(Plan plan, IReadOnlyList<UnitMember> members, Texts t, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(VietnamTime.Local(now));
        var facts = new List<object>();
        void Fact(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) facts.Add(new { label, value });
        }
        Fact(t.FieldEventTime, EventText(plan.Event, t) ?? t.NotStated);
        Fact(t.FieldVenue, plan.Venue ?? t.NotStated);
        Fact(t.FieldNumber, plan.Number);
        Fact(t.FieldIssuer, plan.Issuer);
        var overall = PlanProgress.Of(plan.Tasks);
        return new
        {
            t,
            title = plan.Title,
            facts,
            participants = plan.Participants.Select(p => new { text = p }),
            progress = new { done = overall.Done, total = overall.Total, percent = overall.Percent },
            units = plan.Units.OrderBy(u => u.Order).Select(u =>
            {
                var p = PlanProgress.Of(u.Tasks);
                return new
                {
                    name = u.Name,
                    people = People(members, u.Name, t),
                    done = p.Done,
                    total = p.Total,
                    percent = p.Percent,
                    tasks = u.Tasks.OrderBy(x => x.Order).Select(task =>
                    {
                        var overdue = IsOverdue(plan, task, today);
                        return new
                        {
                            text = TaskText(task.Description, task.DueDate, t),
                            status = overdue ? $"{t.Status(task.Status)} · {t.Overdue}" : t.Status(task.Status),
                            color = overdue ? "Attention" : StatusColor(task.Status),
                            note = task.Status == WorkStatus.Blocked || !string.IsNullOrEmpty(task.Note) ? task.Note ?? "" : "",
                            noteColor = task.Status == WorkStatus.Blocked ? "Attention" : "Default",
                        };
                    }),
                };
            }),
            footer = $"#{plan.Id.ToString(CultureInfo.InvariantCulture)} · {t.OverviewUpdated} {VietnamTime.Format(now)}",
            planId = plan.Id,
        };
    }

    /// <summary>The status card a unit's person answers: each task with status, percent and note.</summary>
    public static object StatusCard(Plan plan, PlanUnit unit, IReadOnlyList<UnitMember> members, StatusChange? last, Texts t, DateTimeOffset now, string notice = "")
    {
        var today = DateOnly.FromDateTime(VietnamTime.Local(now));
        return new
        {
            t,
            planId = plan.Id,
            unitId = unit.Id,
            planTitle = plan.Title,
            unitName = unit.Name,
            people = string.Join(", ", members.Where(m => m.UnitKey == UnitMember.KeyOf(unit.Name)).Select(m => m.UserName)),
            notice,
            tasks = unit.Tasks.OrderBy(x => x.Order).Select((task, i) => new
            {
                id = task.Id,
                number = i + 1,
                text = TaskText(task.Description, plan.DueOf(task), t),
                overdue = IsOverdue(plan, task, today),
                status = StatusAnswerReader.ChoiceOf(task.Status),
                percent = task.Percent,
                note = task.Note ?? "",
            }),
            recorded = last is null ? "" : t.StatusRecorded(VietnamTime.Format(last.At), last.UserName),
        };
    }

    /// <summary>The units a person answers for, newest plan first, each with a button that opens its status card.</summary>
    public static object MyTasks(IReadOnlyList<(Plan Plan, PlanUnit Unit)> units, int total, Texts t, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(VietnamTime.Local(now));
        return new
        {
            t,
            title = t.MyTasksTitle(total),
            units = units.Select(x =>
            {
                var open = x.Unit.Tasks.Where(task => task.IsOpen).ToList();
                var next = open.Select(task => x.Plan.DueOf(task)).Where(d => d is not null).Min();
                var detail = new List<string> { t.MyTasksOpenCount(open.Count) };
                if (next is { } due) detail.Add(t.MyTasksNextDue(due.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)));
                var overdue = open.Any(task => IsOverdue(x.Plan, task, today));
                if (overdue) detail.Add(t.MyTasksOverdue);
                return new { planId = x.Plan.Id, unitId = x.Unit.Id, heading = $"{x.Unit.Name} · #{x.Plan.Id} {x.Plan.Title}", detail = string.Join(" · ", detail), overdue };
            }),
            more = total > units.Count ? t.MyTasksMore(total - units.Count) : "",
        };
    }

    /// <summary>The assignment card: every unit with its people, chosen from the members of the conversation.</summary>
    public static object Assign(Plan plan, IReadOnlyList<UnitMember> members, IReadOnlyList<(string Id, string Name)> people, Texts t)
    {
        var choices = people.Concat(members.Select(m => (m.UserId, m.UserName))).DistinctBy(p => p.Item1).Select(p => new { id = p.Item1, name = p.Item2 }).ToList();
        return new
        {
            t,
            planId = plan.Id,
            title = plan.Title,
            people = choices,
            units = plan.Units.OrderBy(u => u.Order).Select(u =>
            {
                var mine = members.Where(m => m.UnitKey == UnitMember.KeyOf(u.Name)).ToList();
                return new
                {
                    id = u.Id,
                    name = u.Name,
                    current = People(members, u.Name, t),
                    currentColor = mine.Count == 0 ? "Attention" : "Default",
                    responsible = mine.FirstOrDefault(m => m.Role == UnitRole.Responsible)?.UserId ?? "",
                    deputies = string.Join(",", mine.Where(m => m.Role == UnitRole.Deputy).Select(m => m.UserId)),
                };
            }),
        };
    }

    /// <summary>The organizer's digest of overdue units.</summary>
    public static object Escalation(Plan plan, IReadOnlyList<UnitMember> members, Texts t, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(VietnamTime.Local(now));
        return new
        {
            t,
            planId = plan.Id,
            title = plan.Title,
            units = plan.Units.OrderBy(u => u.Order)
                .Select(u => new { unit = u, overdue = u.Tasks.OrderBy(x => x.Order).Where(x => IsOverdue(plan, x, today)).ToList() })
                .Where(x => x.overdue.Count > 0)
                .Select(x => new
                {
                    name = x.unit.Name,
                    people = People(members, x.unit.Name, t),
                    tasks = x.overdue.Select(task => new
                    {
                        text = TaskText(task.Description, plan.DueOf(task), t),
                        status = string.IsNullOrEmpty(task.Note) ? t.Status(task.Status) : $"{t.Status(task.Status)}: {task.Note}",
                    }),
                }),
        };
    }

    /// <summary>The report card: per unit counts and last update, with the download link of the export.</summary>
    public static object Report(Plan plan, IReadOnlyList<UnitMember> members, Texts t, DateTimeOffset now, Uri downloadUrl, DateTimeOffset expires)
    {
        var overall = PlanProgress.Of(plan.Tasks);
        return new
        {
            t,
            title = plan.Title,
            progress = new { done = overall.Done, total = overall.Total, percent = overall.Percent },
            units = Reports.PlanReport.Build(plan, members, DateOnly.FromDateTime(VietnamTime.Local(now))).Select(r => new
            {
                name = r.Unit,
                people = r.People.Length == 0 ? t.Nobody : r.People,
                tasks = r.Tasks.ToString(CultureInfo.InvariantCulture),
                done = r.Done.ToString(CultureInfo.InvariantCulture),
                inProgress = r.InProgress.ToString(CultureInfo.InvariantCulture),
                blocked = r.Blocked.ToString(CultureInfo.InvariantCulture),
                overdue = r.Overdue.ToString(CultureInfo.InvariantCulture),
                lastUpdate = r.LastUpdate is { } at ? $"{VietnamTime.Format(at)} – {r.LastUpdatedBy}" : t.ReportNever,
            }),
            downloadUrl = downloadUrl.ToString(),
            linkNote = t.ReportLinkNote(VietnamTime.Format(expires)),
        };
    }

    /// <summary>The line a reminder card opens with.</summary>
    public static string ReminderNotice(Reminders.ReminderReason? reason, Texts t) => reason?.Kind switch
    {
        Reminders.ReminderKind.Overdue => t.ReminderOverdue(reason.Days),
        Reminders.ReminderKind.DueToday => t.ReminderDueToday,
        Reminders.ReminderKind.DueSoon => t.ReminderDueSoon(reason.Days),
        _ => "",
    };

    public static bool IsOverdue(Plan plan, PlanTask task, DateOnly today) =>
        task.Status != WorkStatus.Done && plan.DueOf(task) is { } due && due < today;

    private static string People(IReadOnlyList<UnitMember> members, string unitName, Texts t)
    {
        var mine = members.Where(m => m.UnitKey == UnitMember.KeyOf(unitName)).OrderBy(m => m.Role).Select(m => m.UserName).ToList();
        return mine.Count == 0 ? t.Nobody : string.Join(", ", mine);
    }

    public static object PlanList(IEnumerable<Plan> plans, Texts t) => new
    {
        t,
        plans = plans.Select(p =>
        {
            var progress = PlanProgress.Of(p.Tasks);
            var when = EventText(p.Event, t);
            var summary = string.Join(" · ", new[] { when, $"{progress.Done}/{progress.Total} ({progress.Percent}%)" }.Where(s => !string.IsNullOrEmpty(s)));
            return new { id = p.Id, title = p.Title, summary };
        }),
    };

    public static string? EventText(EventSchedule? e, Texts t)
    {
        if (e is null) return null;
        var text = e.Format();
        if (text.Length == 0) return null;
        return e.Tentative ? $"{text} ({t.Tentative})" : text;
    }

    private static string TaskText(string description, DateOnly? due, Texts t) =>
        due is { } d ? $"{description} — {t.Due} {EventSchedule.Date(d)}" : description;

    private static string? Issued(string? place, string? date) =>
        string.Join(", ", new[] { place, date }.Where(s => !string.IsNullOrEmpty(s))) is { Length: > 0 } s ? s : null;

    private static string StatusColor(WorkStatus status) => status switch
    {
        WorkStatus.Done => "Good",
        WorkStatus.Blocked => "Attention",
        WorkStatus.InProgress => "Accent",
        _ => "Default",
    };
}
