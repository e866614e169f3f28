using System.Text.Json.Nodes;

namespace PlanBot.Teams;

/// <summary>The answer to a card button: a card that replaces the clicked one, or a short message.</summary>
public sealed record CardReply(JsonNode? Card, string? Message)
{
    public static CardReply Of(JsonNode card) => new(card, null);

    public static CardReply Text(string? message) => new(null, message);
}
