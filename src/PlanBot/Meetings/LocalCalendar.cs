using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PlanBot.Core.Meetings;
using PlanBot.Data;

namespace PlanBot.Meetings;

/// <summary>Settings of the calendar (section "PlanBot:Calendar").</summary>
public sealed class CalendarOptions
{
    /// <summary>JSON file listing the rooms of the local calendar: [{"email","name","capacity","building","floor"}].</summary>
    public string RoomsFile { get; set; } = "rooms.json";

    /// <summary>Folder where the local calendar writes each invitation as an .ics file.</summary>
    public string OutboxFolder { get; set; } = "data/invitations";

    /// <summary>A booking attempt still pending this long is taken as cut short (crash, lost answer) and made again.</summary>
    public int RetryPendingAfterSeconds { get; set; } = 120;

    /// <summary>The organizer mailbox invitations come from.</summary>
    public string OrganizerEmail { get; set; } = "planbot@localhost";
}

/// <summary>
/// The embedded calendar used when Microsoft Graph is not configured: rooms from a file, bookings in
/// PlanBot's database with conflict checks, each invitation written as an iCalendar file. Attendees
/// PlanBot can reach in Teams also get an invitation card (sent by the meeting workflow).
/// </summary>
public sealed class LocalCalendar(IDbContextFactory<PlanBotDb> dbFactory, IHostEnvironment environment, Microsoft.Extensions.Options.IOptions<CalendarOptions> options) : ICalendarProvider
{
    private IReadOnlyList<Room>? _rooms;

    public string OutboxFolder => Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.OutboxFolder));

    public Task<IReadOnlyList<Room>> RoomsAsync(CancellationToken ct)
    {
        if (_rooms is not null) return Task.FromResult(_rooms);
        var path = Path.Combine(environment.ContentRootPath, options.Value.RoomsFile);
        if (!File.Exists(path)) path = Path.Combine(AppContext.BaseDirectory, options.Value.RoomsFile);
        var rooms = File.Exists(path)
            ? JsonSerializer.Deserialize<List<Room>>(File.ReadAllText(path), Core.Cards.CardLibrary.DataOptions) ?? []
            : [];
        _rooms = rooms;
        return Task.FromResult<IReadOnlyList<Room>>(rooms);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<TimeRange>>> BusyAsync(IReadOnlyList<Room> rooms, TimeRange window, CancellationToken ct)
    {
        var emails = rooms.Select(r => r.Email).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var booked = await db.Meetings.AsNoTracking()
            .Where(m => emails.Contains(m.RoomEmail) && m.State == MeetingState.Booked && m.Start < window.End && window.Start < m.End)
            .Select(m => new { m.RoomEmail, m.Start, m.End }).ToListAsync(ct);
        return rooms.ToDictionary(r => r.Email, r => (IReadOnlyList<TimeRange>)booked.Where(b => b.RoomEmail == r.Email).Select(b => new TimeRange(b.Start, b.End)).ToList(), StringComparer.OrdinalIgnoreCase);
    }

    public Task RefreshAsync(Meeting meeting, CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// Books or re-books: checks that no other booking holds the room at that time and stores the meeting
    /// under a database lock, then writes the invitation. Two bookings of one room at one time cannot both
    /// pass, from one instance or several (<see cref="PlanBotDb.LockAsync"/> per room).
    /// </summary>
    public async Task<CalendarResult> SaveAsync(Meeting meeting, MeetingText text, CancellationToken ct)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.LockAsync("room:" + meeting.RoomEmail.ToLowerInvariant(), ct);
            var clash = await db.Meetings.AnyAsync(m => m.Id != meeting.Id && m.RoomEmail == meeting.RoomEmail && m.State == MeetingState.Booked
                                                        && m.Start < meeting.End && meeting.Start < m.End, ct);
            if (clash) return new(CalendarFailure.RoomBusy);
            // A local room answers at once, as a room mailbox that auto-accepts does: it is free (checked under the lock).
            meeting.RoomResponse = AttendeeResponse.Accepted;
            if (meeting.Id == 0) db.Meetings.Add(meeting);
            else db.Meetings.Update(meeting);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        await WriteAsync(meeting, text, ct);
        return new();
    }

    public async Task<CalendarResult> CancelAsync(Meeting meeting, MeetingText text, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.Meetings.Update(meeting);
        await db.SaveChangesAsync(ct);
        await WriteAsync(meeting, text, ct);
        return new();
    }

    public Task EnsureSentAsync(Meeting meeting, MeetingText text, CancellationToken ct) =>
        File.Exists(InvitationPath(meeting)) ? Task.CompletedTask : WriteAsync(meeting, text, ct);

    /// <summary>Writes the invitation whole or not at all (a crash mid-write leaves no half file to be taken as sent).</summary>
    private async Task WriteAsync(Meeting meeting, MeetingText text, CancellationToken ct)
    {
        Directory.CreateDirectory(OutboxFolder);
        var ics = InvitationCalendar.Write(meeting, text.Title, text.Body, text.OrganizerEmail, text.OrganizerName);
        var path = InvitationPath(meeting);
        var partial = $"{path}.{Guid.NewGuid():N}.partial";
        await File.WriteAllTextAsync(partial, ics, ct);
        File.Move(partial, path, overwrite: true);
    }

    private string InvitationPath(Meeting meeting) =>
        Path.Combine(OutboxFolder, $"{meeting.Uid}-{meeting.Sequence}-{(meeting.State == MeetingState.Cancelled ? "cancel" : "request")}.ics");
}
