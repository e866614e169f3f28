namespace PlanBot.Core.Outbox;

/// <summary>What a message carries. Booking: the organizer's booking card, when the recovery finished a booking whose answer they never got.</summary>
public enum OutboxKind { StatusRequest, Reminder, Escalation, Invitation, Booking }

public enum OutboxState { Pending, Sending, Sent, Failed }

/// <summary>
/// A proactive message PlanBot owes someone, written to the database before it is sent, so that a
/// crash loses nothing: after a restart every row that is not Sent or Failed is sent.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    public OutboxKind Kind { get; set; }
    public int PlanId { get; set; }
    public int? UnitId { get; set; }

    /// <summary>The meeting an invitation is about.</summary>
    public int? MeetingId { get; set; }
    public required string RecipientUserId { get; set; }

    /// <summary>The request this message belongs to ("status request of plan 3 at …"), for the organizer's summary.</summary>
    public required string BatchId { get; set; }

    /// <summary>Unique per (batch, recipient, unit): writing the same request twice adds no second message.</summary>
    public required string DedupeKey { get; set; }

    public OutboxState State { get; set; }
    /// <summary>Every request made for this message, answered "wait" (<see cref="Throttled"/>) or not.</summary>
    public int Attempts { get; set; }

    /// <summary>
    /// Of <see cref="Attempts"/>, those the service answered "wait" (429, or 412/503 with Retry-After): they never count
    /// toward giving the message up, since the message did nothing wrong.
    /// </summary>
    public int Throttled { get; set; }

    // Times are UTC DateTime rather than DateTimeOffset: SQLite compares them as text, in order.
    public DateTime NextAttemptAt { get; set; }
    public DateTime? LeaseUntil { get; set; }
    public string? LeaseOwner { get; set; }
    public string? LastError { get; set; }
    public string? ConversationId { get; set; }
    public string? ActivityId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SentAt { get; set; }

    /// <summary>
    /// A message waiting to be sent from <paramref name="sendAt"/> (now when not given). <paramref name="dedupeKey"/> is
    /// unique: writing the same message twice keeps one.
    /// </summary>
    public static OutboxMessage Pending(OutboxKind kind, int planId, string recipientUserId, string batchId, string dedupeKey, DateTime now,
        int? unitId = null, int? meetingId = null, DateTime? sendAt = null) => new()
    {
        Kind = kind, PlanId = planId, UnitId = unitId, MeetingId = meetingId, RecipientUserId = recipientUserId, BatchId = batchId,
        DedupeKey = dedupeKey, State = OutboxState.Pending, NextAttemptAt = sendAt ?? now, CreatedAt = now,
    };
}

/// <summary>One request (a status request of a plan): where to tell the organizer how the sending went.</summary>
public sealed class OutboxBatch
{
    public required string BatchId { get; set; }
    public int PlanId { get; set; }
    public required string PlanTitle { get; set; }
    public required string ConversationId { get; set; }
    public required string ServiceUrl { get; set; }
    public string? TenantId { get; set; }
    public string? Language { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ReportedAt { get; set; }
}

/// <summary>
/// Who dispatches the outbox: one instance at a time, since Teams counts its limits per bot and tenant and each instance's
/// throttle only knows its own requests. The holder adds one to <see cref="Beat"/> every second or so; another instance takes
/// the lease when the beat has stood still for a whole lease (the holder died), or at once when it is free (released at shutdown).
/// Beats rather than expiry times: instances' clocks need not agree, only tick at the same rate.
/// </summary>
public sealed class OutboxDispatchLease
{
    public const string Outbox = "outbox";

    public required string Name { get; set; }
    public string? Owner { get; set; }
    public long Beat { get; set; }
}
