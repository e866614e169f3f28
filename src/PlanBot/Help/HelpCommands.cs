using PlanBot.Core.Cards;
using PlanBot.Core.Conversation;
using PlanBot.Core.Localization;
using PlanBot.People;
using PlanBot.Teams;

namespace PlanBot.Help;

/// <summary>The welcome card, "help", "lang en/vi", and the answer to text PlanBot does not understand.</summary>
public sealed class HelpCommands(CardLibrary cards, UserPreferences preferences) : IBotCommands, IConversationWelcome
{
    public IReadOnlyCollection<CommandKind> Commands { get; } = [CommandKind.Help, CommandKind.SetLanguage, CommandKind.Unknown];

    public async Task HandleAsync(BotTurn turn, Command command, CancellationToken ct)
    {
        switch (command.Kind)
        {
            case CommandKind.Help:
                await turn.SendCardAsync(cards.Render("help", CardData.Help(turn.Texts)), ct);
                break;
            case CommandKind.SetLanguage when command.Language is { } language:
                await preferences.SetLanguageAsync(turn.Caller.UserId, language, ct);
                await turn.SendTextAsync(Texts.For(language).LanguageSet, ct);
                break;
            default:
                var shown = command.Text.Length > 60 ? command.Text[..60] + "…" : command.Text;
                await turn.SendTextAsync(turn.Texts.NotUnderstood(shown), ct);
                break;
        }
    }

    /// <summary>Once per conversation, in Vietnamese (nobody has chosen a language yet).</summary>
    public async Task WelcomeAsync(BotTurn turn, CancellationToken ct)
    {
        var a = turn.Activity;
        if (a.Conversation?.Id is not { } conversationId) return;
        if (!await preferences.MarkWelcomedAsync(conversationId, a.ServiceUrl, a.Conversation.TenantId, a.Conversation.ConversationType, ct)) return;
        await turn.SendCardAsync(cards.Render("welcome", CardData.Welcome(Texts.Vi)), ct);
    }
}
