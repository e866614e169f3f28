namespace PlanBot.Core.Outbox;

/// <summary>
/// Why a message was given up, as the organizer's summary says it. The outbox row keeps the reason's name first
/// ("Blocked: 403 …"); the detail after it is for the log, never shown.
/// </summary>
public enum SendFailure
{
    /// <summary>The person blocked or removed PlanBot (403).</summary>
    Blocked,

    /// <summary>The conversation no longer exists (404).</summary>
    ConversationGone,

    /// <summary>The person never talked to PlanBot, so there is no way to reach them.</summary>
    RecipientUnknown,

    /// <summary>What the message was about (plan, unit, meeting) was removed before it went out.</summary>
    Removed,

    /// <summary>Teams refused the message for another reason, or it could not be delivered after every attempt.</summary>
    Undeliverable,
}

public static class SendFailures
{
    public static string Record(SendFailure reason, string detail) => $"{reason}: {detail}";

    /// <summary>The reason a recorded error starts with; a retry's error that ran out of attempts is Undeliverable.</summary>
    public static SendFailure Of(string? recorded)
    {
        var colon = recorded?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon > 0 && Enum.TryParse<SendFailure>(recorded![..colon], out var reason) && Enum.IsDefined(reason) ? reason : SendFailure.Undeliverable;
    }
}
