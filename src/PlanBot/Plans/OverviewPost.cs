namespace PlanBot.Plans;

/// <summary>
/// One posted overview card of a plan: the message PlanBot keeps current in a conversation. A plan has one per
/// conversation it was shown in (the channel it was saved in, a personal chat where someone typed "xem N"); showing it
/// again in the same conversation moves the post to the new message and marks the old one as superseded.
/// </summary>
public sealed class OverviewPost
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public required string ConversationId { get; set; }
    public required string ServiceUrl { get; set; }
    public string? TenantId { get; set; }
    public required string ActivityId { get; set; }

    /// <summary>The language of the person who asked for it: the card is kept in that language.</summary>
    public required string Language { get; set; }

    public DateTimeOffset PostedAt { get; set; }
}
