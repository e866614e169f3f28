using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace PlanBot.Teams;

/// <summary>
/// Shows "PlanBot is typing…" while a message takes longer than <paramref name="delay"/> to answer,
/// repeated every <paramref name="period"/>. Replaces the SDK's ShowTypingMiddleware, which here failed
/// turns that ran side by side with ObjectDisposedException from its CancellationTokenSource.
/// </summary>
internal sealed class TypingIndicator(TimeSpan delay, TimeSpan period) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            await next(cancellationToken);
            return;
        }
        using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var typing = KeepTypingAsync(turnContext, done.Token);
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            await done.CancelAsync();
            await typing;
        }
    }

    private async Task KeepTypingAsync(ITurnContext turn, CancellationToken done)
    {
        try
        {
            await Task.Delay(delay, done);
            while (!done.IsCancellationRequested)
            {
                await turn.Adapter.SendActivitiesAsync(turn, [new Activity(ActivityTypes.Typing) { RelatesTo = turn.Activity.RelatesTo }.ApplyConversationReference(turn.Activity.GetConversationReference())], done);
                await Task.Delay(period, done);
            }
        }
        catch (OperationCanceledException)
        {
            // the answer is out
        }
        catch (Exception e) when (e is ErrorResponseException or HttpRequestException or Microsoft.Rest.HttpOperationException)
        {
            // a lost typing indicator is not worth failing the turn for
        }
    }
}
