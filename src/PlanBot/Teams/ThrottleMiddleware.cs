using Microsoft.Bot.Builder;
using PlanBot.Outbox;

namespace PlanBot.Teams;

/// <summary>
/// Puts every message PlanBot sends or updates, in a reply or proactively, through the
/// <see cref="SendThrottle"/>, so replies and fan-outs share one budget under Teams' limits.
/// </summary>
internal sealed class ThrottleMiddleware(SendThrottle throttle) : Microsoft.Bot.Builder.IMiddleware
{
    private const string SlotHeld = "PlanBot.SlotHeld";

    /// <summary>
    /// The turn's sends took their slot themselves (an outbox message, whose timeout starts once the slot is given):
    /// taking another here would count each send twice.
    /// </summary>
    public static void HoldsItsSlot(ITurnContext turn) => turn.TurnState[SlotHeld] = true;

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var conversation = turnContext.Activity.Conversation?.Id ?? "";
        turnContext.OnSendActivities(async (ctx, activities, nextSend) =>
        {
            if (ctx.TurnState.ContainsKey(SlotHeld)) return await nextSend();
            var slots = new List<IDisposable>();
            try
            {
                // The answer to an invoke and trace activities stay in this HTTP response: they are not requests to the connector.
                foreach (var _ in activities.Where(a => a.Type is not ("invokeResponse" or "trace")))
                    slots.Add(await throttle.AcquireAsync(conversation, cancellationToken));
                return await nextSend();
            }
            finally
            {
                slots.ForEach(s => s.Dispose());
            }
        });
        turnContext.OnUpdateActivity(async (ctx, activity, nextUpdate) =>
        {
            using var slot = await throttle.AcquireAsync(conversation, cancellationToken);
            return await nextUpdate();
        });
        await next(cancellationToken);
    }
}
