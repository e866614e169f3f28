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
    public int Attempts { get; set; }
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
