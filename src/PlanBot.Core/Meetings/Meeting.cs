namespace PlanBot.Core.Meetings;

/// <summary>
/// Pending: stored before the calendar is asked, so that the attempt (and its Graph transactionId) outlives a crash
/// or a lost answer; it becomes Booked when the calendar has it, and is shown nowhere before that.
/// </summary>
public enum MeetingState { Booked, Cancelled, Pending }

public enum AttendeeResponse { None, Accepted, Tentative, Declined }

/// <summary>The booking of a plan's meeting: room, time, attendees and their answers.</summary>
public sealed class Meeting
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public required string RoomEmail { get; set; }
    public required string RoomName { get; set; }

    // UTC; SQLite compares DateTime as ordered text.
    public DateTime Start { get; set; }
    public DateTime End { get; set; }

    public MeetingState State { get; set; }

    /// <summary>When the pending attempt was stored (UTC); null once booked.</summary>
    public DateTime? PendingSince { get; set; }

    /// <summary>iCalendar UID, the same for every update and the cancellation.</summary>
    public required string Uid { get; set; }

    /// <summary>Raised with every update; attendees' calendars keep the highest.</summary>
    public int Sequence { get; set; }

    /// <summary>The sequence whose invitations (the .ics, the Teams cards) were all written; behind <see cref="Sequence"/> after a crash.</summary>
    public int? InvitedSequence { get; set; }

    /// <summary>Graph's event id when booked through Microsoft Graph.</summary>
    public string? ExternalId { get; set; }

    /// <summary>Sent with a Graph create so that a retried create never books twice.</summary>
    public Guid TransactionId { get; set; }

    public AttendeeResponse RoomResponse { get; set; }
    public List<MeetingAttendee> Attendees { get; set; } = [];

    public TimeRange Time => new(Start, End);
}

public sealed class MeetingAttendee
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public required string Name { get; set; }
    public string? Email { get; set; }

    /// <summary>The Teams user when the attendee is someone PlanBot knows (invitation card, answers in Teams).</summary>
    public string? UserId { get; set; }

    public AttendeeResponse Response { get; set; }
    public DateTime? RespondedAt { get; set; }
}
