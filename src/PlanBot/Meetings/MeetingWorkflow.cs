using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PlanBot.Assignments;
using PlanBot.Core.Meetings;
using PlanBot.Core.Outbox;
using PlanBot.Core.Plans;
using PlanBot.Data;
using PlanBot.Outbox;

namespace PlanBot.Meetings;

/// <summary>What the organizer asked for: when, how long, for how many.</summary>
public sealed record MeetingRequest(DateOnly Date, TimeOnly Start, double Hours, int Seats)
{
    public TimeRange Time
    {
        get
        {
            var start = TimeZoneInfo.ConvertTimeToUtc(Date.ToDateTime(Start), VietnamTime.Zone);
            return new TimeRange(start, start.AddHours(Hours));
        }
    }
}

/// <summary>A room and time to confirm; <see cref="Ambiguous"/>: several rooms match the venue equally, the alternatives are those to choose from.</summary>
public sealed record Proposal(Room? Room, string Venue, TimeRange Time, int Seats, bool Free, IReadOnlyList<Alternative> Alternatives, bool Ambiguous = false);

public sealed record BookResult(Meeting? Meeting, CalendarFailure Failure);

/// <summary>
/// The plan's meeting: reads when and where from the plan, finds the room, checks seats and
/// availability, proposes alternatives, books through the calendar (local or Graph), invites the
/// people PlanBot can reach in Teams, tracks their answers, updates and cancels.
/// </summary>
public sealed class MeetingWorkflow(IDbContextFactory<PlanBotDb> dbFactory, ICalendarProvider calendar, AssignmentWorkflow assignments, TimeProvider clock,
    OutboxSignal signal, IOptions<CalendarOptions> options, Plans.OverviewChanges overviews)
{
    /// <summary>A plan that says only a date, or "Dự kiến", needs its time confirmed before anything is booked.</summary>
    public static bool NeedsTime(Plan plan) => plan.EventStartDate is null || plan.EventStartTime is null || plan.EventTentative;

    /// <summary>The time is asked first when the plan does not say it exactly, or when the time it says has passed (an old plan).</summary>
    public bool AsksTime(Plan plan) => NeedsTime(plan) || HasStarted(new MeetingRequest(plan.EventStartDate!.Value, plan.EventStartTime!.Value, 1, 1).Time);

    /// <summary>Whether a meeting at <paramref name="time"/> would start now or earlier: never proposed, never booked.</summary>
    public bool HasStarted(TimeRange time) => time.Start <= clock.GetUtcNow().UtcDateTime;

    /// <summary>Now, as the refusal of a passed start says it (Asia/Ho_Chi_Minh).</summary>
    public string Now => VietnamTime.Format(clock.GetUtcNow());

    /// <summary>
    /// What the time card offers: the plan's date and start, or — when the plan gives no date, or its date and start
    /// have passed — the next working day (Mon–Fri, Asia/Ho_Chi_Minh) at the plan's start or 08:00.
    /// </summary>
    public async Task<MeetingRequest> DefaultRequestAsync(Plan plan, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(VietnamTime.Local(clock.GetUtcNow()));
        var next = today.AddDays(1);
        while (!Core.Reminders.ReminderRules.IsWorkingDay(next)) next = next.AddDays(1);
        var hours = plan.EventDurationMinutes is { } m && m >= 30 && m <= 600 ? m / 60.0 : 4;
        var request = new MeetingRequest(plan.EventStartDate ?? next, plan.EventStartTime ?? new TimeOnly(8, 0), hours, Math.Clamp((await AttendeesAsync(plan, ct)).Count, 1, 2000));
        return HasStarted(request.Time) ? request with { Date = next } : request;
    }

    public Task<IReadOnlyList<Room>> RoomsAsync(CancellationToken ct) => calendar.RoomsAsync(ct);

    public async Task<Proposal> ProposeAsync(Plan plan, MeetingRequest request, CancellationToken ct)
    {
        var rooms = await calendar.RoomsAsync(ct);
        var candidates = RoomMatcher.Candidates(plan.Venue, rooms);
        var room = candidates is [var only] ? only : null;
        var time = request.Time;
        var now = clock.GetUtcNow().UtcDateTime;
        var window = new TimeRange(time.Start.AddDays(-1), time.End.AddDays(10));
        var busy = await calendar.BusyAsync(rooms, window, ct);
        IReadOnlyList<TimeRange> Busy(Room r) => busy.TryGetValue(r.Email, out var b) ? b : [];
        bool FreeAt(Room r, TimeRange t) => r.Capacity >= request.Seats && !Busy(r).Any(b => b.Overlaps(t));
        var free = room is not null && !Busy(room).Any(b => b.Overlaps(time));
        // Several rooms fit the venue equally: the organizer picks among those free at that time.
        var choices = candidates.Count > 1 ? candidates.Where(r => FreeAt(r, time)).Select(r => new Alternative(r, time, false)).ToList() : [];
        List<Alternative> alternatives = room is not null && free && room.Capacity >= request.Seats
            ? []
            : choices.Count > 0
                ? choices
                : room is null
                    ? rooms.Where(r => FreeAt(r, time)).OrderBy(r => r.Capacity).Take(5).Select(r => new Alternative(r, time, false)).ToList()
                    : FreeSlots.Find(room, time, request.Seats, rooms, Busy, notBefore: now);
        // Nothing that has started is offered, whatever the request was.
        alternatives = alternatives.Where(a => a.Time.Start > now).ToList();
        return new Proposal(room, plan.Venue ?? "", time, request.Seats, free, alternatives, Ambiguous: choices.Count > 0);
    }

    /// <summary>
    /// Books the plan's meeting in the room and time chosen, or moves the existing booking there (attendees get an
    /// update). A new booking is first stored as pending: if the calendar's answer is lost (a dropped connection,
    /// a crash), pressing Book again — or the recovery — repeats the same attempt, which Graph recognises by its
    /// transactionId, instead of finding the room "busy" with an event nobody knows about.
    /// </summary>
    public async Task<BookResult> BookAsync(Plan plan, string roomEmail, TimeRange time, IReadOnlyList<string> extraEmails, CancellationToken ct)
    {
        var room = (await calendar.RoomsAsync(ct)).FirstOrDefault(r => string.Equals(r.Email, roomEmail, StringComparison.OrdinalIgnoreCase));
        if (room is null) return new(null, CalendarFailure.MailboxNotFound);
        // A card pressed after its start (this morning's proposal) or forged with a past time books nothing.
        if (HasStarted(time)) return new(null, CalendarFailure.StartPassed);
        var meeting = await FindAsync(plan.Id, ct) is { State: MeetingState.Booked } existing ? existing : null;
        if (meeting is null) meeting = await PendingAsync(plan, room, time, extraEmails, ct);
        else
        {
            meeting.Sequence++;
            AddExtra(meeting, extraEmails);
            (meeting.RoomEmail, meeting.RoomName, meeting.Start, meeting.End) = (room.Email, room.Name, time.Start, time.End);
        }
        return await CompleteAsync(plan, meeting, ct);
    }

    /// <summary>Asks the calendar for the meeting (pending or moved) and invites the attendees once it has it.</summary>
    private async Task<BookResult> CompleteAsync(Plan plan, Meeting meeting, CancellationToken ct)
    {
        (meeting.State, meeting.PendingSince) = (MeetingState.Booked, null);
        var result = await calendar.SaveAsync(meeting, Text(plan), ct);
        if (!result.Ok) return new(null, result.Failure);
        await FollowBookingAsync(plan.Id, meeting.Time, ct);
        await InviteAsync(plan, meeting, ct);
        await MarkInvitedAsync(meeting, ct);
        return new(meeting, CalendarFailure.None);
    }

    /// <summary>The plan's own time becomes the booked one (no longer "dự kiến"): its overview cards and page say so.</summary>
    private async Task FollowBookingAsync(int planId, TimeRange time, CancellationToken ct)
    {
        var (start, end) = (VietnamTime.Local(new DateTimeOffset(time.Start, TimeSpan.Zero)), VietnamTime.Local(new DateTimeOffset(time.End, TimeSpan.Zero)));
        var minutes = (int)(time.End - time.Start).TotalMinutes;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Plans.Where(p => p.Id == planId).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.EventStartDate, DateOnly.FromDateTime(start)).SetProperty(p => p.EventStartTime, TimeOnly.FromDateTime(start))
            .SetProperty(p => p.EventEndTime, TimeOnly.FromDateTime(end)).SetProperty(p => p.EventDurationMinutes, minutes)
            .SetProperty(p => p.EventTentative, false), ct);
        overviews.Mark(planId);
    }

    /// <summary>The plan's pending attempt at this room and time (from an answer that was lost), else a new one, stored.</summary>
    private async Task<Meeting> PendingAsync(Plan plan, Room room, TimeRange time, IReadOnlyList<string> extraEmails, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var pending = await db.Meetings.Include(m => m.Attendees).Where(m => m.PlanId == plan.Id && m.State == MeetingState.Pending).ToListAsync(ct);
        var same = pending.FirstOrDefault(m => string.Equals(m.RoomEmail, room.Email, StringComparison.OrdinalIgnoreCase) && m.Start == time.Start && m.End == time.End);
        // An attempt at another room or time is given up (its Graph event, if one was made, stays unknown: see README).
        db.Meetings.RemoveRange(pending.Where(m => m != same));
        var meeting = same ?? new Meeting
        {
            PlanId = plan.Id, RoomEmail = room.Email, RoomName = room.Name, Start = time.Start, End = time.End, State = MeetingState.Pending,
            Uid = $"{Guid.NewGuid():N}@planbot", TransactionId = Guid.NewGuid(), PendingSince = clock.GetUtcNow().UtcDateTime,
            Attendees = (await AttendeesAsync(plan, ct)).Select(a => new MeetingAttendee { Name = a.Name, Email = a.Email, UserId = a.UserId }).ToList(),
        };
        if (same is null) db.Meetings.Add(meeting);
        AddExtra(meeting, extraEmails);
        await db.SaveChangesAsync(ct);
        return meeting;
    }

    private static void AddExtra(Meeting meeting, IReadOnlyList<string> extraEmails)
    {
        foreach (var email in extraEmails.Where(e => meeting.Attendees.All(a => !string.Equals(a.Email, e, StringComparison.OrdinalIgnoreCase))))
            meeting.Attendees.Add(new MeetingAttendee { Name = email, Email = email });
    }

    /// <summary>Cancels the plan's booking; when the calendar refuses (Microsoft 365 down, sign-in failing) nothing changes and the failure says why.</summary>
    public async Task<BookResult> CancelAsync(Plan plan, CancellationToken ct)
    {
        var meeting = await FindAsync(plan.Id, ct);
        if (meeting is not { State: MeetingState.Booked }) return new(null, CalendarFailure.None);
        meeting.State = MeetingState.Cancelled;
        meeting.Sequence++;
        var result = await calendar.CancelAsync(meeting, Text(plan), ct);
        if (!result.Ok) return new(null, result.Failure);
        await InviteAsync(plan, meeting, ct);
        await MarkInvitedAsync(meeting, ct);
        return new(meeting, CalendarFailure.None);
    }

    public async Task<Meeting?> FindAsync(int planId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Meetings.AsNoTracking().Include(m => m.Attendees).Where(m => m.PlanId == planId && m.State != MeetingState.Pending)
            .OrderByDescending(m => m.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>The meeting with its answers brought up to date from the calendar.</summary>
    public async Task<Meeting?> CurrentAsync(int planId, CancellationToken ct)
    {
        var meeting = await FindAsync(planId, ct);
        if (meeting is not { State: MeetingState.Booked }) return meeting;
        await calendar.RefreshAsync(meeting, ct);
        return await FindAsync(planId, ct);
    }

    /// <summary>Records an attendee's answer; false when the person was not invited.</summary>
    public async Task<(Meeting? Meeting, bool Invited)> RespondAsync(int meetingId, string userId, AttendeeResponse response, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var attendee = await db.MeetingAttendees.FirstOrDefaultAsync(a => a.MeetingId == meetingId && a.UserId == userId, ct);
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        if (attendee is null || meeting is null) return (meeting, false);
        if (meeting.State == MeetingState.Booked)
        {
            attendee.Response = response;
            attendee.RespondedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
        }
        return (meeting, true);
    }

    /// <summary>The people the plan's meeting invites: the organizer and everyone assigned to its units.</summary>
    public async Task<List<(string UserId, string Name, string? Email)>> AttendeesAsync(Plan plan, CancellationToken ct)
    {
        var ids = (await assignments.MembersOfAsync(plan.TenantId, plan.Units.Select(u => u.Name), ct)).Select(m => m.UserId).Distinct().ToList();
        ids.Add(plan.OrganizerId);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.UserId)).ToListAsync(ct);
        return users.Select(u => (u.UserId, u.Name, u.Email ?? u.UserPrincipalName)).OrderBy(u => u.Name).ToList();
    }

    private MeetingText Text(Plan plan) => new(
        plan.Title,
        string.Join("\n", plan.Purposes.Concat(plan.Agenda)),
        options.Value.OrganizerEmail,
        plan.OrganizerName ?? plan.Issuer ?? "PlanBot");

    /// <summary>
    /// Completes what a crash or a lost answer cut short, for meetings not yet over: a booking attempt still pending
    /// after <see cref="CalendarOptions.RetryPendingAfterSeconds"/> (no attempt is in flight that long) is made again,
    /// the same attempt; a booking, update or cancellation that was stored gets its calendar invitation (the local
    /// calendar's .ics) and its Teams invitation cards if they were not all written (<see cref="Meeting.InvitedSequence"/>:
    /// an .ics that a mail gateway has taken from the folder is not written again). Every step is idempotent. Returns when a pending attempt
    /// too young to retry now will be due, if there is one.
    /// </summary>
    public async Task<DateTime?> RecoverAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var stale = now.AddSeconds(-options.Value.RetryPendingAfterSeconds);
        List<Meeting> meetings;
        Dictionary<int, Plan> plans;
        DateTime? youngest;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            meetings = await db.Meetings.AsNoTracking().Include(m => m.Attendees)
                .Where(m => m.End > now && (m.State == MeetingState.Pending ? m.PendingSince < stale && m.Start > now : m.InvitedSequence != m.Sequence)).ToListAsync(ct);
            youngest = await db.Meetings.Where(m => m.End > now && m.State == MeetingState.Pending && m.PendingSince >= stale).MinAsync(m => m.PendingSince, ct);
            var planIds = meetings.Select(m => m.PlanId).Distinct().ToList();
            plans = await db.Plans.AsNoTracking().Include(p => p.Units).Where(p => planIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        }
        foreach (var meeting in meetings)
        {
            if (!plans.TryGetValue(meeting.PlanId, out var plan)) continue;
            if (meeting.State == MeetingState.Pending)
            {
                var result = await CompleteAsync(plan, meeting, ct);
                if (result.Failure == CalendarFailure.RoomBusy) await ForgetAsync(meeting.Id, ct); // taken meanwhile: it was never booked
                if (result.Meeting is null) continue;
            }
            else
            {
                await calendar.EnsureSentAsync(meeting, Text(plan), ct);
                await InviteAsync(plan, meeting, ct);
                await MarkInvitedAsync(meeting, ct);
            }
            // The organizer's request was cut short before its answer: they get the booking card now.
            await TellOrganizerAsync(plan, meeting, ct);
        }
        return youngest?.AddSeconds(options.Value.RetryPendingAfterSeconds);
    }

    private Task TellOrganizerAsync(Plan plan, Meeting meeting, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var key = $"booking:{meeting.Id}:{meeting.Sequence}";
        return WriteOnceAsync(key, [OutboxMessage.Pending(OutboxKind.Booking, plan.Id, plan.OrganizerId, key, key, now, meetingId: meeting.Id)], ct);
    }

    private async Task MarkInvitedAsync(Meeting meeting, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Meetings.Where(m => m.Id == meeting.Id && m.Sequence == meeting.Sequence).ExecuteUpdateAsync(s => s.SetProperty(m => m.InvitedSequence, meeting.Sequence), ct);
    }

    private async Task ForgetAsync(int meetingId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Meetings.Where(m => m.Id == meetingId && m.State == MeetingState.Pending).ExecuteDeleteAsync(ct);
    }

    /// <summary>
    /// Every attendee PlanBot can reach in Teams gets the invitation (or the update, or the cancellation)
    /// as a card; the organizer too when also assigned to one of the plan's units.
    /// </summary>
    private async Task InviteAsync(Plan plan, Meeting meeting, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var batch = $"meeting:{meeting.Id}:{meeting.Sequence}";
        var organizerAssigned = (await assignments.MembersOfAsync(plan.TenantId, plan.Units.Select(u => u.Name), ct)).Any(m => m.UserId == plan.OrganizerId);
        await WriteOnceAsync(batch, meeting.Attendees.Where(a => a.UserId is not null && (a.UserId != plan.OrganizerId || organizerAssigned)).Select(a => OutboxMessage.Pending(OutboxKind.Invitation, plan.Id, a.UserId!, batch, $"{batch}:{a.UserId}", now, meetingId: meeting.Id)).ToList(), ct);
    }

    /// <summary>
    /// Writes the messages of a batch that are not written yet, so that the recovery can run the same step again
    /// after a crash, or alongside the booking, without a second copy (the unique DedupeKey keeps one).
    /// </summary>
    private async Task WriteOnceAsync(string batch, List<OutboxMessage> messages, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var written = (await db.Outbox.Where(o => o.BatchId == batch).Select(o => o.DedupeKey).ToListAsync(ct)).ToHashSet();
        var rows = messages.Where(m => !written.Contains(m.DedupeKey)).ToList();
        if (rows.Count == 0) return;
        db.Outbox.AddRange(rows);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Written a moment ago by the recovery (or the booking) running alongside.
            await using var again = await dbFactory.CreateDbContextAsync(ct);
            if (!await again.Outbox.AnyAsync(o => o.BatchId == batch, ct)) throw;
        }
        signal.Notify();
    }
}
