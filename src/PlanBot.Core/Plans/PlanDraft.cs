namespace PlanBot.Core.Plans;

/// <summary>
/// A plan read but not yet saved: kept until the organizer presses Save or Cancel on the
/// "what I understood" card, which carries only the draft's id.
/// </summary>
public sealed class PlanDraft
{
    public Guid Id { get; set; }
    public required string ConversationId { get; set; }
    public required string UserId { get; set; }
    public required string DocumentJson { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
