using System.Text.Json.Nodes;

namespace PlanBot.Testing;

/// <summary>A request the bot made to the fake connector: a message posted or an update, with its body.</summary>
public sealed record SentActivity(string Method, string ConversationId, string Id, JsonNode Body)
{
    public string Text => Body["text"]?.GetValue<string>() ?? "";

    public JsonNode? Card => Body["attachments"]?.AsArray().FirstOrDefault(a => a?["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive")?["content"];

    /// <summary>A unit's status card: its first action saves the answers.</summary>
    public bool IsStatusCard => CardJson.FirstVerb(Card) == "status.save";

    /// <summary>All text a person would read on this message or card.</summary>
    public string Visible => Text + "\n" + string.Join("\n", Strings(Card));

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.Where(kv => kv.Key is not ("type" or "id" or "verb" or "data" or "version" or "$schema")).SelectMany(kv => Strings(kv.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => [v.GetValue<string>()],
        _ => [],
    };
}
