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

    // How much of a large plan a card shows. Teams refuses messages over about 100 KB (UTF-16, so a Vietnamese
    // character costs 2 bytes and a card's JSON about twice its text); these keep every card within 80 KB at
    // 120 units and 1,000 tasks (CardSizeTests, the "cards" benchmark).
    public const int OverviewUnitsPerPage = 20;
    public const int OverviewTasksUpTo = 20;
    public const int UrgentShown = 5;
    public const int TasksPerPage = 10;
    public const int UnderstoodExpandable = 20;
    public const int UnderstoodTaskLines = 60;
    public const int UnderstoodOtherUnitsChars = 5_000;
    public const int UnitNameMax = 150;
    public const int NotUnderstoodShown = 15;
    public const int ListShown = 10;
    public const int TaskTextMax = 200;
    public const int NoteMax = 200;

    /// <param name="opened">How many of the first units open to their tasks (<see cref="UnderstoodExpandable"/> unless the card would not fit).</param>
    public static object Understood(PlanDocument doc, Guid draftId, Texts t, int opened = UnderstoodExpandable)
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
        // Units are collapsed to their names and counts; the first ones open to their tasks, sharing one budget of lines.
        var expandable = doc.Units.Take(opened).ToList();
        var linesPerUnit = Math.Max(2, UnderstoodTaskLines / Math.Max(1, expandable.Count));
        var (participants, moreParticipants) = CardText.Capped(doc.Participants, ListShown, t.MoreLines);
        var (recipients, moreRecipients) = CardText.Capped(doc.Recipients, ListShown, t.MoreLines);
        var (notUnderstood, moreNotUnderstood) = CardText.Capped(doc.NotUnderstood, NotUnderstoodShown, t.MoreLines);
        var (otherUnits, moreOtherUnits) = OtherUnits([.. doc.Units.Skip(opened)], t);
        return new
        {
            t,
            draftId = draftId.ToString(),
            title = doc.Title,
            facts,
            participants = participants.Select(p => new { text = CardText.Shorten(p, TaskTextMax) }),
            moreParticipants,
            counts = t.PlanCounts(doc.TaskCount, doc.Units.Count),
            expandHint = expandable.Count > 0 && doc.TaskCount > ExpandedUpTo ? t.UnderstoodExpandHint : "",
            units = expandable.Select((u, i) =>
            {
                var (tasks, more) = CardText.Capped(u.Tasks, linesPerUnit, t.MoreTasks);
                return new
                {
                    toggleId = $"unit-{i + 1}",
                    name = CardText.Shorten(u.Unit, UnitNameMax),
                    count = t.TaskCount(u.Tasks.Count),
                    expanded = doc.TaskCount <= ExpandedUpTo,
                    tasks = tasks.Select((task, j) => new { number = j + 1, text = UnderstoodTaskText(task, t) }),
                    more,
                };
            }),
            otherUnits,
            moreOtherUnits,
            notUnderstood = notUnderstood.Select(line => new { text = CardText.Shorten(line, TaskTextMax) }),
            moreNotUnderstood,
            recipients = recipients.Select(r => new { text = CardText.Shorten(r, TaskTextMax) }),
            moreRecipients,
            signer = doc.Signer is { } s ? string.Join(", ", new[] { s.Title, s.Name }.Where(x => !string.IsNullOrEmpty(x))) : "",
            eventDate = doc.Event?.StartDate is { } d ? EventSchedule.Date(d) : "",
            startTime = doc.Event?.StartTime is { } st ? EventSchedule.Time(st) : "",
            venue = doc.Venue ?? "",
        };
    }

    /// <summary>
    /// The units after the expandable ones, named with their task counts while their names fit a budget of characters
    /// (a province's 300 communes would not fit a card), the rest counted: once saved, the plan page lists them all.
    /// </summary>
    private static (List<object> Shown, string More) OtherUnits(List<UnitTasks> units, Texts t)
    {
        const int rowChars = 30; // a fact's JSON around the name and its count
        var shown = new List<object>();
        var used = 0;
        foreach (var unit in units)
        {
            var name = CardText.Shorten(unit.Unit, UnitNameMax);
            used += name.Length + rowChars;
            if (used > UnderstoodOtherUnitsChars) break;
            shown.Add(new { name, count = t.TaskCount(unit.Tasks.Count) });
        }
        return (shown, shown.Count < units.Count ? t.MoreUnitsOnPlanPage(units.Count - shown.Count) : "");
    }

    /// <summary>A plan this small shows its tasks open; a larger one opens unit by unit.</summary>
    private const int ExpandedUpTo = 20;

    private static string UnderstoodTaskText(PlanTaskItem task, Texts t)
    {
        var text = TaskText(CardText.Shorten(task.Description, TaskTextMax), task.DueDate, t);
        if (task.Recurring) text += $" ({t.Recurring})";
        if (task.Coordinating.Count > 0) text += " · " + t.CoordinatingWith(CardText.Shorten(string.Join(", ", task.Coordinating), 120));
        return text;
    }

    public static object Overview(Plan plan, Texts t, DateTimeOffset now) => Overview(plan, [], t, now);

    /// <summary>
    /// The overview card: overall progress, one line per unit (progress, overdue and blocked counts, a button into the
    /// unit), a page of <see cref="OverviewUnitsPerPage"/> units at a time, the few most urgent tasks, and the plan
    /// page when <paramref name="pageUrl"/> is given. Never every task: the unit's card and the plan page hold those.
    /// </summary>
    public static object Overview(Plan plan, IReadOnlyList<UnitMember> members, Texts t, DateTimeOffset now, int page = 1, string pageUrl = "")
    {
        var today = VietnamTime.Today(now);
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
        var units = plan.Units.OrderBy(u => u.Order).ToList();
        var unitPage = CardPage.Of(units.Count, OverviewUnitsPerPage, page);
        var (participants, moreParticipants) = CardText.Capped(plan.Participants, ListShown, t.MoreLines);
        // A small plan lists its tasks under each unit, marked; a larger one its most urgent tasks only.
        var listTasks = overall.Total <= OverviewTasksUpTo;
        var urgent = listTasks ? [] : Urgent(plan, units, today).ToList<(PlanUnit Unit, PlanTask Task)>();
        return new
        {
            t,
            title = plan.Title,
            facts,
            participants = participants.Select(p => new { text = CardText.Shorten(p, TaskTextMax) }),
            moreParticipants,
            progress = new { done = overall.Done, total = overall.Total, percent = overall.Percent },
            counts = t.PlanCounts(overall.Total, units.Count),
            units = unitPage.Slice(units).Select(u =>
            {
                var p = PlanProgress.Of(u.Tasks);
                var overdue = u.Tasks.Count(task => TaskStanding.IsOverdue(plan, task, today));
                var blocked = u.Tasks.Count(task => task.Status == WorkStatus.Blocked);
                var marks = new List<string>();
                if (overdue > 0) marks.Add(t.OverdueCount(overdue));
                if (blocked > 0) marks.Add(t.BlockedCount(blocked));
                return new
                {
                    unitId = u.Id,
                    name = u.Name,
                    people = CardText.Shorten($"{t.PeopleLabel}: {People(members, u.Name, t)}", 100),
                    progress = $"{p.Done}/{p.Total} · {p.Percent}%",
                    marks = string.Join(" · ", marks),
                    tasks = (listTasks ? u.Tasks.OrderBy(x => x.Order) : Enumerable.Empty<PlanTask>()).Select(task =>
                    {
                        var late = TaskStanding.IsOverdue(plan, task, today);
                        return new
                        {
                            text = TaskText(CardText.Shorten(task.Description, TaskTextMax), task.DueDate, t),
                            status = late ? $"{t.Status(task.Status)} · {t.Overdue}" : t.Status(task.Status),
                            color = late ? "Attention" : StatusCatalogue.Of(task.Status).CardColor,
                            note = task.Status == WorkStatus.Blocked || !string.IsNullOrEmpty(task.Note) ? CardText.Shorten(task.Note, NoteMax) : "",
                            noteColor = task.Status == WorkStatus.Blocked ? "Attention" : "Default",
                        };
                    }).ToList(),
                };
            }),
            unitPage = unitPage.View(t, t.UnitsOnPage),
            urgent = urgent.Take(UrgentShown).Select(x => new
            {
                text = $"{x.Unit.Name}: {TaskText(CardText.Shorten(x.Task.Description, 140), TaskStanding.DueOf(plan, x.Task), t)}",
                status = x.Task.Status == WorkStatus.Blocked
                    ? string.IsNullOrEmpty(x.Task.Note) ? t.Status(WorkStatus.Blocked) : $"{t.Status(WorkStatus.Blocked)}: {CardText.Shorten(x.Task.Note, 140)}"
                    : $"{t.Status(x.Task.Status)} · {t.Overdue}",
            }),
            moreUrgent = urgent.Count > UrgentShown ? t.MoreTasks(urgent.Count - UrgentShown) : "",
            pageUrl,
            footer = $"#{plan.Id.ToString(CultureInfo.InvariantCulture)} · {t.OverviewUpdated} {VietnamTime.Format(now)}",
            planId = plan.Id,
        };
    }

    /// <summary>Blocked tasks first (in the plan's order), then overdue ones, the longest overdue first.</summary>
    private static IEnumerable<(PlanUnit Unit, PlanTask Task)> Urgent(Plan plan, List<PlanUnit> units, DateOnly today)
    {
        var all = units.SelectMany(u => u.Tasks.OrderBy(x => x.Order).Select(task => (Unit: u, Task: task))).ToList();
        var blocked = all.Where(x => x.Task.Status == WorkStatus.Blocked);
        var overdue = all.Where(x => x.Task.Status != WorkStatus.Blocked && TaskStanding.IsOverdue(plan, x.Task, today))
            .OrderBy(x => TaskStanding.DueOf(plan, x.Task));
        return blocked.Concat(overdue);
    }

    /// <summary>
    /// One unit as a card, read-only, opened from the overview: its progress, people and tasks a page at a time,
    /// with the way back to the overview page it was opened from.
    /// </summary>
    public static object UnitDetail(Plan plan, PlanUnit unit, IReadOnlyList<UnitMember> members, Texts t, DateTimeOffset now, int page = 1, int overviewPage = 1)
    {
        var today = VietnamTime.Today(now);
        var tasks = unit.Tasks.OrderBy(x => x.Order).ToList();
        var taskPage = CardPage.Of(tasks.Count, TasksPerPage, page);
        var p = PlanProgress.Of(tasks);
        return new
        {
            t,
            planId = plan.Id,
            unitId = unit.Id,
            planTitle = plan.Title,
            unitName = unit.Name,
            people = CardText.Shorten(People(members, unit.Name, t), 200),
            progress = $"{p.Done}/{p.Total} · {p.Percent}%",
            tasks = taskPage.Slice(tasks).Select((task, i) =>
            {
                var standing = TaskStanding.Of(plan, task, today);
                var overdue = standing.Overdue;
                return new
                {
                    number = taskPage.Skip + i + 1,
                    text = TaskText(CardText.Shorten(task.Description, TaskTextMax), standing.Due, t),
                    status = overdue ? $"{t.Status(task.Status)} · {t.Overdue}" : $"{t.Status(task.Status)} · {task.Percent}%",
                    color = overdue ? "Attention" : standing.Kind.CardColor,
                    note = CardText.Shorten(task.Note, NoteMax),
                };
            }),
            taskPage = taskPage.View(t, t.TasksOnPage),
            overviewPage = Math.Max(1, overviewPage),
        };
    }

    /// <summary>
    /// The status card a unit's person answers: a page of <see cref="TasksPerPage"/> tasks with status, percent and
    /// note, then the tasks of other units this unit coordinates (read-only: their lead answers for them). Each page
    /// sends only its own inputs, and an absent input leaves its task as it is, so answering one page keeps the others.
    /// </summary>
    public static object StatusCard(Plan plan, PlanUnit unit, IReadOnlyList<UnitMember> members, StatusChange? last, Texts t, DateTimeOffset now, string notice = "",
        int page = 1, IReadOnlyList<CoordinatedTask>? coordinating = null)
    {
        var today = VietnamTime.Today(now);
        var rows = unit.Tasks.OrderBy(x => x.Order).Select(task => (Task: task, Lead: (PlanUnit?)null))
            .Concat((coordinating ?? []).Select(c => (c.Task, Lead: (PlanUnit?)c.Lead))).ToList();
        var taskPage = CardPage.Of(rows.Count, TasksPerPage, page);
        return new
        {
            t,
            planId = plan.Id,
            unitId = unit.Id,
            planTitle = plan.Title,
            unitName = unit.Name,
            people = CardText.Shorten(string.Join(", ", OfUnit(members, unit.Name).Select(m => m.UserName)), 200),
            notice,
            statuses = StatusCatalogue.All.Select(s => new { title = t.Status(s.Status), value = s.Key }),
            tasks = taskPage.Slice(rows).Select((row, i) => new
            {
                id = row.Task.Id,
                number = taskPage.Skip + i + 1,
                text = TaskText(CardText.Shorten(row.Task.Description, TaskTextMax), TaskStanding.DueOf(plan, row.Task), t),
                overdue = TaskStanding.IsOverdue(plan, row.Task, today),
                answerable = row.Lead is null,
                lead = row.Lead is { } lead ? t.LeadUnit(lead.Name) : "",
                current = $"{t.Status(row.Task.Status)} · {row.Task.Percent}%" + (string.IsNullOrEmpty(row.Task.Note) ? "" : $" · {CardText.Shorten(row.Task.Note, NoteMax)}"),
                status = StatusAnswerReader.ChoiceOf(row.Task.Status),
                percent = row.Task.Percent,
                note = row.Task.Note ?? "",
            }),
            page = taskPage.View(t, t.TasksOnPage),
            recorded = last is null ? "" : t.StatusRecorded(VietnamTime.Format(last.At), last.UserName),
        };
    }

    /// <summary>The units a person answers for, newest plan first, each with a button that opens its status card.</summary>
    public static object MyTasks(IReadOnlyList<(Plan Plan, PlanUnit Unit)> units, int total, Texts t, DateTimeOffset now)
    {
        var today = VietnamTime.Today(now);
        return new
        {
            t,
            title = t.MyTasksTitle(total),
            units = units.Select(x =>
            {
                var open = x.Unit.Tasks.Select(task => TaskStanding.Of(x.Plan, task, today)).Where(s => s.Open).ToList();
                var next = open.Select(s => s.Due).Where(d => d is not null).Min();
                var detail = new List<string> { t.MyTasksOpenCount(open.Count) };
                if (next is { } due) detail.Add(t.MyTasksNextDue(due.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)));
                var overdue = open.Any(s => s.Overdue);
                if (overdue) detail.Add(t.MyTasksOverdue);
                return new { planId = x.Plan.Id, unitId = x.Unit.Id, heading = $"{x.Unit.Name} · #{x.Plan.Id} {x.Plan.Title}", detail = string.Join(" · ", detail), overdue };
            }),
            more = total > units.Count ? t.MyTasksMore(total - units.Count) : "",
        };
    }

    /// <summary>People listed in each unit's choice lists; anyone else is assigned by e-mail.</summary>
    public const int AssignChoicesShown = 40;

    /// <summary>
    /// The assignment card: a page of units with their people, chosen from the members of the conversation. Each unit
    /// repeats the list of people twice (responsible, deputies), so the page holds as many units as fit the budget
    /// with that list; the save button names the units on the page, so saving one page leaves the others as they are.
    /// </summary>
    public static object Assign(Plan plan, IReadOnlyList<UnitMember> members, IReadOnlyList<(string Id, string Name)> people, Texts t, int page = 1)
    {
        var units = plan.Units.OrderBy(u => u.Order).ToList();
        var everyone = people.Concat(members.Select(m => (m.UserId, m.UserName))).DistinctBy(p => p.Item1).ToList();
        var listed = Math.Min(everyone.Count, AssignChoicesShown);
        var averageChars = everyone.Count == 0 ? 0 : everyone.Average(p => p.Item1.Length + Math.Min(p.Item2.Length, 80));
        var unitPage = CardPage.Of(units.Count, AssignUnitsPerPage((int)(listed * averageChars), listed), page);
        var shown = unitPage.Slice(units).ToList();
        // Those assigned to a unit on this page stay in the list whatever its length; the rest fill it up.
        var keys = shown.Select(u => UnitMember.KeyOf(u.Name)).ToHashSet(StringComparer.Ordinal);
        var assigned = members.Where(m => keys.Contains(m.UnitKey)).Select(m => m.UserId).ToHashSet(StringComparer.Ordinal);
        var choices = everyone.Where(p => assigned.Contains(p.Item1)).Concat(everyone.Where(p => !assigned.Contains(p.Item1)))
            .Take(Math.Max(AssignChoicesShown, assigned.Count)).Select(p => new { id = p.Item1, name = CardText.Shorten(p.Item2, 80) }).ToList();
        return new
        {
            t,
            planId = plan.Id,
            title = plan.Title,
            people = choices,
            morePeople = everyone.Count > choices.Count ? t.MorePeopleByEmail(choices.Count) : "",
            unitIds = string.Join(",", shown.Select(u => u.Id.ToString(CultureInfo.InvariantCulture))),
            units = shown.Select(u =>
            {
                var mine = OfUnit(members, u.Name).ToList();
                return new
                {
                    id = u.Id,
                    name = u.Name,
                    current = CardText.Shorten(People(members, u.Name, t), 200),
                    currentColor = mine.Count == 0 ? "Attention" : "Default",
                    responsible = mine.FirstOrDefault(m => m.Role == UnitRole.Responsible)?.UserId ?? "",
                    deputies = string.Join(",", mine.Where(m => m.Role == UnitRole.Deputy).Select(m => m.UserId)),
                };
            }),
            page = unitPage.View(t, t.UnitsOnPage),
        };
    }

    /// <summary>Units per assignment page: a unit costs about 1,400 characters of card plus its two lists of people (~45 characters a person and list, with the names and ids).</summary>
    private static int AssignUnitsPerPage(int peopleChars, int listed) =>
        Math.Clamp(32_000 / (1_400 + 2 * (peopleChars + 45 * listed)), 1, 10);

    /// <summary>The organizer's digest of overdue units: the first units with their longest-overdue tasks, and how many more.</summary>
    public static object Escalation(Plan plan, IReadOnlyList<UnitMember> members, Texts t, DateTimeOffset now)
    {
        var today = VietnamTime.Today(now);
        var late = plan.Units.OrderBy(u => u.Order)
            .Select(u => new
            {
                unit = u,
                overdue = u.Tasks.OrderBy(x => TaskStanding.DueOf(plan, x)).ThenBy(x => x.Order).Where(x => TaskStanding.IsOverdue(plan, x, today)).ToList(),
            })
            .Where(x => x.overdue.Count > 0)
            .ToList();
        var (units, moreUnits) = CardText.Capped(late, EscalationUnitsShown, t.MoreUnits);
        return new
        {
            t,
            planId = plan.Id,
            title = plan.Title,
            units = units.Select(x =>
            {
                var (tasks, more) = CardText.Capped(x.overdue, EscalationTasksShown, t.MoreTasks);
                return new
                {
                    name = x.unit.Name,
                    people = CardText.Shorten(People(members, x.unit.Name, t), 200),
                    tasks = tasks.Select(task => new
                    {
                        text = TaskText(CardText.Shorten(task.Description, TaskTextMax), TaskStanding.DueOf(plan, task), t),
                        status = string.IsNullOrEmpty(task.Note) ? t.Status(task.Status) : $"{t.Status(task.Status)}: {CardText.Shorten(task.Note, NoteMax)}",
                    }),
                    more,
                };
            }),
            moreUnits,
        };
    }

    public const int EscalationUnitsShown = 15;
    public const int EscalationTasksShown = 5;

    /// <summary>The line a reminder card opens with.</summary>
    public static string ReminderNotice(Reminders.ReminderReason? reason, Texts t) => reason?.Kind switch
    {
        Reminders.ReminderKind.Overdue => t.ReminderOverdue(reason.Days),
        Reminders.ReminderKind.DueToday => t.ReminderDueToday,
        Reminders.ReminderKind.DueSoon => t.ReminderDueSoon(reason.Days),
        _ => "",
    };

    /// <summary>The members of one unit. The unit's key is computed once: folding the name for every member made a 120-unit card quadratic.</summary>
    private static IEnumerable<UnitMember> OfUnit(IReadOnlyList<UnitMember> members, string unitName)
    {
        var key = UnitMember.KeyOf(unitName);
        return members.Where(m => m.UnitKey == key);
    }

    private static string People(IReadOnlyList<UnitMember> members, string unitName, Texts t)
    {
        var mine = OfUnit(members, unitName).OrderBy(m => m.Role).Select(m => m.UserName).ToList();
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
}

/// <summary>A task of another unit (its lead) that a unit is named to coordinate: shown on that unit's status card, read-only.</summary>
public sealed record CoordinatedTask(PlanUnit Lead, PlanTask Task);
