using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using PlanBot.Core.Localization;
using PlanBot.People;

namespace PlanBot.Teams;

/// <summary>
/// Measures every activity PlanBot sends, every update and every invoke answer as Teams counts it (UTF-16 bytes of
/// the serialized activity) before it leaves. Teams refuses a message over about 100 KB (413 MessageSizeTooBig) and
/// asks bots to stay within 80 KB; a card over <see cref="LimitBytes"/> is a bug in how it is built, so it is
/// logged and thrown as <see cref="MessageTooLargeException"/> — never cut short — and the person whose message or
/// button started the turn is told in words.
/// </summary>
public sealed class MessageSizeBudget(ILogger logger, UserPreferences preferences) : Microsoft.Bot.Builder.IMiddleware
{
    public const int LimitBytes = 80 * 1024;

    // As the Bot Connector client writes a request (ConnectorClient.SerializationSettings): indented, nulls left out.
    private static readonly JsonSerializerSettings Wire = new()
    {
        Formatting = Formatting.Indented,
        NullValueHandling = NullValueHandling.Ignore,
        ReferenceLoopHandling = ReferenceLoopHandling.Serialize,
    };

    /// <summary>The size Teams counts for an activity: its JSON as sent, in UTF-16.</summary>
    public static int Measure(IActivity activity) => Encoding.Unicode.GetByteCount(JsonConvert.SerializeObject(activity, Wire));

    /// <summary>The size of a message carrying <paramref name="card"/>, as PlanBot sends it (for tests and the benchmark).</summary>
    public static int MeasureCardMessage(System.Text.Json.Nodes.JsonNode card) => Measure(TeamsTurn.CardMessage(card));

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        turnContext.OnSendActivities((_, activities, nextSend) =>
        {
            foreach (var activity in activities) Check(activity, "send");
            return nextSend();
        });
        turnContext.OnUpdateActivity((_, activity, nextUpdate) =>
        {
            Check(activity, "update");
            return nextUpdate();
        });
        try
        {
            await next(cancellationToken);
        }
        catch (MessageTooLargeException e) when (turnContext.Activity.Type is ActivityTypes.Message or ActivityTypes.Invoke)
        {
            // Already logged where it was measured. The turn stops where the send failed; its user hears why.
            await TellAsync(turnContext, e, cancellationToken);
        }
    }

    private void Check(Activity activity, string operation)
    {
        var bytes = Measure(activity);
        if (bytes <= LimitBytes) return;
        var what = Describe(activity);
        Log.MessageTooLarge(logger, operation, what, bytes, LimitBytes);
        throw new MessageTooLargeException(what, bytes);
    }

    private async Task TellAsync(ITurnContext turn, MessageTooLargeException e, CancellationToken ct)
    {
        var texts = Texts.For(await preferences.LanguageOfAsync(TeamsTurn.UserId(turn.Activity), ct));
        var words = texts.MessageTooLarge((e.Bytes + 1023) / 1024);
        if (turn.Activity.Type == ActivityTypes.Invoke)
        {
            // The button's answer: a message instead of the card, so the pressed card stays as it was.
            var answer = new InvokeResponse { Status = 200, Body = TeamsTurn.MessageResponse(words) };
            await turn.SendActivityAsync(new Activity(ActivityTypesEx.InvokeResponse) { Value = answer }, ct);
        }
        else
        {
            await turn.SendActivityAsync(MessageFactory.Text(words), ct);
        }
    }

    /// <summary>What the activity is, for the log: its type, the kinds of its attachments and the verbs of their cards (never their text).</summary>
    private static string Describe(Activity activity)
    {
        var parts = new List<string> { activity.Type ?? "?" };
        foreach (var attachment in activity.Attachments ?? [])
            parts.Add($"{attachment.ContentType} {Verbs(attachment.Content)}".Trim());
        if (activity.Value is InvokeResponse { Body: AdaptiveCardInvokeResponse response })
            parts.Add($"{response.Type} {Verbs(response.Value)}".Trim());
        return string.Join(", ", parts);
    }

    private static string Verbs(object? card)
    {
        var json = card switch
        {
            null => "",
            Newtonsoft.Json.Linq.JRaw raw => raw.Value?.ToString() ?? "",
            string s => s,
            _ => JsonConvert.SerializeObject(card),
        };
        var verbs = System.Text.RegularExpressions.Regex.Matches(json, "\"verb\"\\s*:\\s*\"([a-z.]{1,40})\"")
            .Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).Take(4).ToList();
        return verbs.Count == 0 ? "" : $"(verbs: {string.Join(", ", verbs)})";
    }
}

/// <summary>An activity PlanBot built over the size Teams accepts: a bug in how its card is built.</summary>
public sealed class MessageTooLargeException(string activity, int bytes)
    : InvalidOperationException($"{activity} is {bytes} bytes as Teams counts it (UTF-16), over the budget of {MessageSizeBudget.LimitBytes}.")
{
    public string Activity { get; } = activity;
    public int Bytes { get; } = bytes;
}
