using Microsoft.Bot.Builder;

namespace PlanBot.Teams;

/// <summary>Puts the activity id, type and conversation id on every log line written during a turn.</summary>
internal sealed class TurnLogScope(ILogger logger) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var a = turnContext.Activity;
        using (logger.BeginScope(new Dictionary<string, object?> { ["ActivityId"] = a.Id, ["ActivityType"] = a.Type, ["ConversationId"] = a.Conversation?.Id }))
            await next(cancellationToken);
    }
}
