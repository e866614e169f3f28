using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using PlanBot.Core.Localization;
using PlanBot.People;

namespace PlanBot.Teams;

/// <summary>A turn as a feature sees it: who acts and where, in which language, and the ways to answer.</summary>
public sealed class BotTurn(ITurnContext context, Texts texts, ILogger logger)
{
    private Caller? _caller;

    /// <summary>The Bot Framework turn, for what only Teams can do (reading a chat's members, a file attachment).</summary>
    public ITurnContext Context => context;

    public IActivity Activity => context.Activity;

    public Texts Texts => texts;

    public Caller Caller => _caller ??= context.Caller();

    public bool IsPersonal => context.IsPersonal();

    /// <summary>Sends a card; returns the id Teams gave the message (to update it in place later).</summary>
    public async Task<string?> SendCardAsync(JsonNode card, CancellationToken ct) =>
        (await context.SendActivityAsync(TeamsTurn.CardMessage(card), ct))?.Id;

    public Task SendTextAsync(string text, CancellationToken ct) => context.SendActivityAsync(text, cancellationToken: ct);

    public Task TypingAsync(CancellationToken ct) => context.SendActivityAsync(new Activity(ActivityTypes.Typing), ct);

    /// <summary>Refuses a card submission: logged with the reason (never the inputs), answered with a message.</summary>
    public CardReply Refuse(string verb, string reason, string? message = null)
    {
        Log.CardActionRefused(logger, verb, Caller.UserId, reason);
        return CardReply.Text(message ?? texts.CardInvalid);
    }
}
