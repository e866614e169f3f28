using PlanBot.Core.Meetings;

namespace PlanBot.Meetings;

/// <summary>What the booking needs from a calendar: rooms, their busy times, and events to create, change and cancel.</summary>
public interface ICalendarProvider
{
    Task<IReadOnlyList<Room>> RoomsAsync(CancellationToken ct);

    /// <summary>The busy times of each room (by e-mail) within the window.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<TimeRange>>> BusyAsync(IReadOnlyList<Room> rooms, TimeRange window, CancellationToken ct);

    /// <summary>Books (or re-books after a change) the meeting and sends the invitations; refuses a busy room.</summary>
    Task<CalendarResult> SaveAsync(Meeting meeting, MeetingText text, CancellationToken ct);

    Task<CalendarResult> CancelAsync(Meeting meeting, MeetingText text, CancellationToken ct);

    /// <summary>
    /// Sends the invitation of the meeting's current version (booking, update or cancellation) if a crash stopped it
    /// after the meeting was stored; nothing when it went out. Graph sends invitations as part of the event itself.
    /// </summary>
    Task EnsureSentAsync(Meeting meeting, MeetingText text, CancellationToken ct);

    /// <summary>Brings attendees' and the room's answers up to date (Graph); the local calendar records answers as they come.</summary>
    Task RefreshAsync(Meeting meeting, CancellationToken ct);
}

/// <summary>The words of the invitation: subject, body, and who organizes.</summary>
public sealed record MeetingText(string Title, string Body, string OrganizerEmail, string OrganizerName);

public enum CalendarFailure { None, RoomBusy, PermissionMissing, MailboxNotFound, Unavailable, SignInFailed, StartPassed }

/// <summary>A calendar that could not be read (rooms, availability, answers), with the reason in PlanBot's terms.</summary>
public sealed class CalendarException(CalendarFailure failure, Exception inner) : Exception($"The calendar failed: {failure}.", inner)
{
    public CalendarFailure Failure { get; } = failure;
}

public sealed record CalendarResult(CalendarFailure Failure = CalendarFailure.None, string? ExternalId = null)
{
    public bool Ok => Failure == CalendarFailure.None;
}
