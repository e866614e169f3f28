using PlanBot.Core.Meetings;

namespace PlanBot.Meetings;

/// <summary>What the booking needs from a calendar: rooms, their busy times, and events to create, change and cancel.</summary>
public interface ICalendarProvider
{
    Task<IReadOnlyList<Room>> RoomsAsync(CancellationToken ct);

    Task<IReadOnlyList<TimeRange>> BusyAsync(Room room, TimeRange window, CancellationToken ct);

    /// <summary>Books (or re-books after a change) the meeting and sends the invitations; refuses a busy room.</summary>
    Task<CalendarResult> SaveAsync(Meeting meeting, MeetingText text, CancellationToken ct);

    Task<CalendarResult> CancelAsync(Meeting meeting, MeetingText text, CancellationToken ct);
}

/// <summary>The words of the invitation: subject, body, and who organizes.</summary>
public sealed record MeetingText(string Title, string Body, string OrganizerEmail, string OrganizerName);

public enum CalendarFailure { None, RoomBusy, PermissionMissing, MailboxNotFound, Unavailable }

public sealed record CalendarResult(CalendarFailure Failure = CalendarFailure.None, string? ExternalId = null)
{
    public bool Ok => Failure == CalendarFailure.None;
}
