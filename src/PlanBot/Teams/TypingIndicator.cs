using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace PlanBot.Teams;

/// <summary>
/// Shows "PlanBot is typing…" while a message takes longer than <paramref name="delay"/> to answer,
/// repeated every <paramref name="period"/>. Replaces the SDK's ShowTypingMiddleware, which here failed
/// turns that ran side by side with ObjectDisposedException from its CancellationTokenSource.
/// Typing stops before the answer goes out: a typing activity arriving after the answer would show the
/// bot as still writing, and clients re-render the chat for it (the Agents Playground clears card inputs).
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
        var typing = KeepTypingAsync(turnContext, done.Token, cancellationToken);
        async Task StopAsync()
        {
            if (!done.IsCancellationRequested) await done.CancelAsync();
            await typing; // a typing send already on the wire completes first
        }
        turnContext.OnSendActivities(async (_, activities, send) =>
        {
            if (activities.Any(a => a.Type != ActivityTypes.Typing)) await StopAsync();
            return await send();
        });
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            await StopAsync();
        }
    }

    private async Task KeepTypingAsync(ITurnContext turn, CancellationToken done, CancellationToken turnAborted)
    {
        try
        {
            await Task.Delay(delay, done);
            while (!done.IsCancellationRequested)
            {
                var typing = new Activity(ActivityTypes.Typing) { RelatesTo = turn.Activity.RelatesTo }.ApplyConversationReference(turn.Activity.GetConversationReference());
                await turn.Adapter.SendActivitiesAsync(turn, [typing], turnAborted);
                await Task.Delay(period, done);
            }
        }
        catch (OperationCanceledException)
        {
            // the answer is going out
        }
        catch (Exception e) when (e is ErrorResponseException or HttpRequestException or Microsoft.Rest.HttpOperationException)
        {
            // a lost typing indicator is not worth failing the turn for
        }
    }
}
