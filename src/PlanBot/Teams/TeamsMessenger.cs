using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PlanBot.Core.Assignments;
using PlanBot.Core.Outbox;
using PlanBot.Data;
using PlanBot.Outbox;

namespace PlanBot.Teams;

/// <summary>
/// PlanBot speaking first in Teams, as pure transport: an outbox card the outbox prepared (<see cref="OutboxCards"/>) to its
/// recipient's 1:1 chat (opening the chat when there is none yet), a card
/// updated in place, a text to a conversation. Every request to the Bot Connector passes the <see cref="SendThrottle"/>
/// (an outbox message's create and send here, everything else through <see cref="ThrottleMiddleware"/>); errors
/// become <see cref="SendOutcome"/>s.
/// </summary>
public sealed class TeamsMessenger(
    CloudAdapter adapter,
    BotCredentials credentials,
    SendThrottle throttle,
    IOptions<SendOptions> sending,
    IDbContextFactory<PlanBotDb> dbFactory,
    ILogger<TeamsMessenger> logger) : IProactiveSender
{
    private const string TenantKey = "tenant";

    // Opening a person's chat is one at a time per person (striped by user id): two messages to someone without a chat
    // (a member of two units) would otherwise open it twice.
    private readonly SemaphoreSlim[] _opening = [.. Enumerable.Range(0, 256).Select(_ => new SemaphoreSlim(1, 1))];

    public async Task<SendOutcome> SendAsync(OutgoingCard outgoing, CancellationToken ct)
    {
        var (user, card) = (outgoing.Recipient, outgoing.Card);
        try
        {
            var conversationId = user.PersonalConversationId ?? await OpenPersonalConversationAsync(user, ct);
            string? activityId = null;
            await ContinueAsync(Reference(user.ServiceUrl, conversationId, user.TenantId), async (turn, token) =>
            {
                ThrottleMiddleware.HoldsItsSlot(turn);
                activityId = await RequestAsync(conversationId, async timeout => (await turn.SendActivityAsync(TeamsTurn.CardMessage(card), timeout))?.Id, token);
            }, ct);
            return SendOutcome.Delivered(conversationId, activityId);
        }
        catch (MessageTooLargeException e)
        {
            // Logged by the size budget; sending it again would fail the same way.
            return SendOutcome.GiveUp(SendFailure.Undeliverable, e.Message);
        }
        catch (TimeoutException)
        {
            return SendOutcome.Retry($"the Bot Connector did not answer within {sending.Value.SendTimeout.TotalSeconds:0.#} s");
        }
        catch (ErrorResponseException e)
        {
            return Classify((int)e.Response.StatusCode, RetryAfter(e.Response), e.Body?.Error?.Code);
        }
        catch (Microsoft.Rest.HttpOperationException e)
        {
            return Classify((int)e.Response.StatusCode, RetryAfter(e.Response), null);
        }
        catch (HttpRequestException e)
        {
            return SendOutcome.Retry(e.Message);
        }
    }

    /// <summary>Posts a text message to a conversation (the organizer's summary of a sending).</summary>
    public async Task PostTextAsync(string serviceUrl, string conversationId, string? tenantId, string text, CancellationToken ct)
    {
        await ContinueAsync(Reference(serviceUrl, conversationId, tenantId),
            async (turn, token) => await turn.SendActivityAsync(MessageFactory.Text(text), token), ct);
    }

    /// <summary>Replaces a card PlanBot sent (an overview card) with a new one. Failures are logged, never thrown.</summary>
    public async Task UpdateCardAsync(string serviceUrl, string conversationId, string? tenantId, string activityId, JsonNode card, CancellationToken ct)
    {
        try
        {
            var update = TeamsTurn.CardMessage(card);
            update.Id = activityId;
            await ContinueAsync(Reference(serviceUrl, conversationId, tenantId),
                async (turn, token) => await turn.UpdateActivityAsync(update, token), ct);
        }
        catch (Exception e) when (e is ErrorResponseException or Microsoft.Rest.HttpOperationException or HttpRequestException or InvalidOperationException)
        {
            MessengerLog.CardUpdateFailed(logger, e, conversationId, activityId);
        }
    }

    /// <summary>
    /// Runs a proactive turn and lets its failure reach the caller: the adapter would otherwise hand a
    /// failed send to its turn error handler and return as if it had been delivered.
    /// </summary>
    private async Task ContinueAsync(ConversationReference reference, Func<ITurnContext, CancellationToken, Task> work, CancellationToken ct)
    {
        Exception? failure = null;
        await adapter.ContinueConversationAsync(BotAppId, reference, async (turn, token) =>
        {
            try
            {
                await work(turn, token);
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, ct);
        if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
    }

    /// <summary>
    /// One request to the connector: its turn under the rate limits first (in a fan-out that may take seconds; it is
    /// PlanBot's own queue, not a failure), then <see cref="SendOptions.SendTimeout"/> for the connector to answer. Timing
    /// the wait too left a queued send little time for its request: abandoned after the connector had it, it went twice.
    /// </summary>
    private async Task<T> RequestAsync<T>(string conversationKey, Func<CancellationToken, Task<T>> request, CancellationToken ct)
    {
        using var slot = await throttle.AcquireAsync(conversationKey, ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(sending.Value.SendTimeout);
        try
        {
            return await request(timeout.Token);
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException("the Bot Connector did not answer in time", e);
        }
    }

    /// <summary>
    /// Opens the person's 1:1 chat and stores its id before anything is sent there, so that a retry (or another message
    /// to them) uses it instead of opening it again.
    /// </summary>
    private async Task<string> OpenPersonalConversationAsync(KnownUser user, CancellationToken ct)
    {
        var gate = _opening[(int)((uint)StringComparer.Ordinal.GetHashCode(user.UserId) % (uint)_opening.Length)];
        await gate.WaitAsync(ct);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var users = db.Users.Where(u => u.UserId == user.UserId);
            // Another message to this person may have opened it while this one waited.
            if (await users.Select(u => u.PersonalConversationId).FirstOrDefaultAsync(ct) is { } opened) return opened;
            // Teams counts a create like a send to the chat it opens; that chat has no id yet, so it is counted by person.
            var conversationId = await RequestAsync("1:1:" + user.ChannelAccountId, token => CreatePersonalConversationAsync(user, token), ct);
            // Stored even when the send is being cancelled: the chat exists now.
            await users.ExecuteUpdateAsync(s => s.SetProperty(u => u.PersonalConversationId, conversationId), CancellationToken.None);
            return conversationId;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<string> CreatePersonalConversationAsync(KnownUser user, CancellationToken ct)
    {
        string? conversationId = null;
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount(BotAppId ?? "planbot"),
            Members = [new ChannelAccount(user.ChannelAccountId, user.Name)],
            TenantId = user.TenantId,
            ChannelData = new Dictionary<string, object> { [TenantKey] = new Dictionary<string, string> { ["id"] = user.TenantId } },
        };
        // Errors of the create itself are thrown by the adapter before any turn runs.
        await adapter.CreateConversationAsync(BotAppId, "msteams", user.ServiceUrl, "https://api.botframework.com", parameters,
            (turn, _) =>
            {
                conversationId = turn.Activity.Conversation.Id;
                return Task.CompletedTask;
            }, ct);
        return conversationId ?? throw new InvalidOperationException("the Bot Connector created no conversation");
    }

    private string? BotAppId => credentials.Configured ? credentials.AppId : null;

    private static ConversationReference Reference(string serviceUrl, string conversationId, string? tenantId) => new()
    {
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        Conversation = new ConversationAccount(id: conversationId, tenantId: tenantId),
    };

    /// <summary>
    /// 429, and 412/503 that name a Retry-After, are the service asking PlanBot to wait (no attempt used up); other 412 and 5xx
    /// are retried a limited number of times; 403/404 mean the person blocked or removed PlanBot: final.
    /// </summary>
    private static SendOutcome Classify(int status, TimeSpan? retryAfter, string? code) => status switch
    {
        429 => SendOutcome.Throttle($"429 {code}".Trim(), retryAfter ?? TimeSpan.FromSeconds(1)),
        412 or 503 when retryAfter is { } after => SendOutcome.Throttle($"{status} {code}".Trim(), after),
        412 or 500 or 502 or 503 or 504 => SendOutcome.Retry($"{status} {code}".Trim(), retryAfter),
        403 => SendOutcome.GiveUp(SendFailure.Blocked, $"403 {code ?? "Forbidden"}: PlanBot is blocked or not installed for this person"),
        404 => SendOutcome.GiveUp(SendFailure.ConversationGone, $"404 {code ?? "NotFound"}: conversation not found"),
        _ => SendOutcome.GiveUp(SendFailure.Undeliverable, $"{status} {code}".Trim()),
    };

    private static TimeSpan? RetryAfter(Microsoft.Rest.HttpResponseMessageWrapper? response)
    {
        if (response?.Headers is null || !response.Headers.TryGetValue("Retry-After", out var values)) return null;
        var value = values.FirstOrDefault();
        return double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(Math.Clamp(seconds, 0, 300)) : null;
    }
}

internal static partial class MessengerLog
{
    [LoggerMessage(2100, LogLevel.Warning, "Could not update card {ActivityId} in conversation {ConversationId}.")]
    public static partial void CardUpdateFailed(ILogger logger, Exception exception, string conversationId, string activityId);
}
