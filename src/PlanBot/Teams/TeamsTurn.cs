using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;
using PlanBot.People;

namespace PlanBot.Teams;

/// <summary>Conversions between Bot Framework activities and PlanBot's own types.</summary>
internal static class TeamsTurn
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public static Caller Caller(this ITurnContext turn)
    {
        var a = turn.Activity;
        var tenant = SafeTenant(a) ?? a.Conversation?.TenantId ?? "local";
        return new Caller(UserId(a), a.From?.Name, tenant, a.Conversation!.Id, a.ServiceUrl);
    }

    /// <summary>The stable id of the user: the Entra object id where Teams gives it, else the channel id.</summary>
    public static string UserId(IActivity a) =>
        !string.IsNullOrEmpty(a.From?.AadObjectId) ? a.From.AadObjectId : a.From?.Id ?? "unknown";

    public static bool IsPersonal(this ITurnContext turn) =>
        turn.Activity.Conversation?.ConversationType is null or "personal";

    public static Attachment CardAttachment(JsonNode card) =>
        new() { ContentType = AdaptiveCardContentType, Content = ForSdk(card) };

    public static IMessageActivity CardMessage(JsonNode card) => MessageFactory.Attachment(CardAttachment(card));

    public static AdaptiveCardInvokeResponse CardResponse(JsonNode card) => new()
    {
        StatusCode = 200,
        Type = AdaptiveCardContentType,
        Value = ForSdk(card),
    };

    /// <summary>
    /// A card as the SDK's (Newtonsoft) serializer writes it: raw JSON, written as it is. Parsing it into a JObject
    /// only for it to be serialized again cost a third of a status answer's allocations.
    /// Vietnamese written as it is, not as \uXXXX escapes: an escaped letter costs six characters of the message's
    /// size instead of one, and Teams counts every character (MessageSizeBudget).
    /// </summary>
    private static JRaw ForSdk(JsonNode card) => new(card.ToJsonString(Unescaped));

    private static readonly System.Text.Json.JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static AdaptiveCardInvokeResponse MessageResponse(string text) => new()
    {
        StatusCode = 200,
        Type = "application/vnd.microsoft.activity.message",
        Value = text,
    };

    private static string? SafeTenant(IActivity a)
    {
        try
        {
            return (a as Activity)?.GetChannelData<TeamsChannelData>()?.Tenant?.Id;
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null; // malformed channelData: fall back to the conversation's tenant
        }
    }
}
