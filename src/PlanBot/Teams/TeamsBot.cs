using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using PlanBot.Core.Conversation;
using PlanBot.Core.Localization;
using PlanBot.Data;
using PlanBot.People;

namespace PlanBot.Teams;

/// <summary>
/// PlanBot's Teams edge: it knows no feature. It remembers who spoke, finds the user's language, and routes
/// each message (a command, a file, a card's Action.Submit fallback) and each Universal Action to the feature
/// that owns it (<see cref="BotRouter"/>).
/// </summary>
public sealed partial class TeamsBot(
    BotRouter router,
    UserPreferences preferences,
    PeopleDirectory people,
    IEnumerable<IConversationWelcome> welcomes,
    ILogger<TeamsBot> logger) : TeamsActivityHandler
{
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await people.SeeAsync(turnContext, cancellationToken);
        await base.OnTurnAsync(turnContext, cancellationToken);
    }

    protected override async Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turn, CancellationToken ct)
    {
        var a = turn.Activity;
        var botAdded = a.MembersAdded?.Any(m => m.Id == a.Recipient?.Id) == true;
        var userAddedToPersonal = turn.IsPersonal() && a.MembersAdded?.Any(m => m.Id != a.Recipient?.Id) == true;
        if (botAdded || userAddedToPersonal) await WelcomeAsync(turn, ct);
    }

    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turn, CancellationToken ct) =>
        WelcomeAsync(turn, ct);

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turn, CancellationToken ct)
    {
        var bot = new BotTurn(turn, await TextsAsync(turn, ct), logger);
        if (turn.Activity.Value is JObject submitted)
        {
            // Action.Submit fallback of a card button, for clients without Universal Actions.
            await ReplyToSubmitAsync(bot, submitted, ct);
            return;
        }
        foreach (var files in router.Files)
            if (await files.TryHandleAsync(bot, ct)) return;
        var command = CommandParser.Parse(WithoutMention(turn.Activity));
        await router.For(command.Kind).HandleAsync(bot, command, ct);
    }

    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(
        ITurnContext<IInvokeActivity> turn, AdaptiveCardInvokeValue invokeValue, CancellationToken ct)
    {
        var texts = Texts.Vi;
        try
        {
            texts = await TextsAsync(turn, ct);
            var data = invokeValue.Action?.Data as JObject ?? [];
            var reply = await ActAsync(new BotTurn(turn, texts, logger), invokeValue.Action?.Verb, new CardInput(data), ct);
            return reply.Card is { } card ? TeamsTurn.CardResponse(card) : TeamsTurn.MessageResponse(reply.Message ?? texts.CardInvalid);
        }
        catch (Exception e) when (StorageFailure.Is(e))
        {
            // The button press is answered in words; the card stays as it was, so it can be pressed again.
            Log.TurnFailed(logger, e, turn.Activity.Id, turn.Activity.Type);
            return TeamsTurn.MessageResponse(texts.StorageUnavailable);
        }
    }

    private async Task ReplyToSubmitAsync(BotTurn bot, JObject submitted, CancellationToken ct)
    {
        var input = new CardInput(submitted);
        var reply = await ActAsync(bot, input.Text("verb"), input, ct);
        if (reply.Card is { } card && bot.Activity.ReplyToId is { } cardId)
        {
            var update = TeamsTurn.CardMessage(card);
            update.Id = cardId;
            await bot.Context.UpdateActivityAsync(update, ct);
        }
        else if (reply.Card is { } newCard) await bot.SendCardAsync(newCard, ct);
        else await bot.SendTextAsync(reply.Message ?? bot.Texts.CardInvalid, ct);
    }

    private Task<CardReply> ActAsync(BotTurn bot, string? verb, CardInput input, CancellationToken ct) =>
        router.For(verb) is { } owner ? owner.HandleAsync(bot, verb!, input, ct) : Task.FromResult(bot.Refuse(verb ?? "", "unknown verb"));

    private async Task WelcomeAsync(ITurnContext turn, CancellationToken ct)
    {
        var bot = new BotTurn(turn, Texts.Vi, logger);
        foreach (var welcome in welcomes) await welcome.WelcomeAsync(bot, ct);
    }

    private async Task<Texts> TextsAsync(ITurnContext turn, CancellationToken ct) =>
        Texts.For(await preferences.LanguageOfAsync(TeamsTurn.UserId(turn.Activity), ct));

    /// <summary>The message text without the bot's @mention (group chats and channels carry it).</summary>
    private static string WithoutMention(IMessageActivity activity)
    {
        var text = activity.RemoveRecipientMention() ?? activity.Text ?? "";
        text = AtTag().Replace(text, "");
        if (activity.Recipient?.Name is { Length: > 0 } botName && text.TrimStart().StartsWith("@" + botName, StringComparison.OrdinalIgnoreCase))
            text = text.TrimStart()[(botName.Length + 1)..];
        return text.Trim();
    }

    [GeneratedRegex(@"<at>[^<]*</at>", RegexOptions.IgnoreCase)]
    private static partial Regex AtTag();
}
