using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using PlanBot.Core.Assignments;
using PlanBot.Core.Cards;
using PlanBot.Core.Localization;
using PlanBot.Core.Outbox;
using PlanBot.Data;
using PlanBot.Outbox;
using PlanBot.Plans;
using PlanBot.Status;

namespace PlanBot.Teams;

/// <summary>
/// PlanBot speaking first in Teams: status cards in 1:1 chats (opening the chat when there is none
/// yet), updates of the overview card in place, and messages to a conversation. Every request to the
/// Bot Connector passes the <see cref="SendThrottle"/> (sends and updates through <see cref="ThrottleMiddleware"/>);
/// errors become <see cref="SendOutcome"/>s.
/// </summary>
public sealed class TeamsMessenger(
    CloudAdapter adapter,
    BotCredentials credentials,
    SendThrottle throttle,
    IDbContextFactory<PlanBotDb> dbFactory,
    StatusWorkflow status,
    UserPreferences preferences,
    CardLibrary cards,
    TimeProvider clock,
    ILogger<TeamsMessenger> logger) : IProactiveSender
{
    private const string TenantKey = "tenant";

    public async Task<SendOutcome> SendAsync(OutboxMessage message, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserId == message.RecipientUserId, ct);
        var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == message.PlanId, ct);
        var language = await preferences.LanguageOfAsync(message.RecipientUserId, ct);
        var texts = Texts.For(language);
        if (user is null) return SendOutcome.GiveUp(texts.RecipientUnknown);
        if (plan is null) return SendOutcome.GiveUp("plan removed");
        var card = await CardForAsync(message, plan, texts, ct);
        if (card is null) return SendOutcome.GiveUp("unit removed");

        try
        {
            var conversationId = user.PersonalConversationId ?? await CreatePersonalConversationAsync(user, ct);
            string? activityId = null;
            await ContinueAsync(Reference(user.ServiceUrl, conversationId, user.TenantId), async (turn, token) =>
            {
                var sent = await turn.SendActivityAsync(TeamsTurn.CardMessage(card), token);
                activityId = sent?.Id;
            }, ct);
            return SendOutcome.Delivered(conversationId, activityId);
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

    /// <summary>The card a message carries: a unit's status card (with the reminder's reason for a reminder), or the organizer's digest.</summary>
    private async Task<System.Text.Json.Nodes.JsonNode?> CardForAsync(OutboxMessage message, Core.Plans.Plan plan, Texts texts, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (message.Kind == OutboxKind.Escalation)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var full = await db.Plans.AsNoTracking().AsSplitQuery().Include(p => p.Units).ThenInclude(u => u.Tasks).FirstAsync(p => p.Id == plan.Id, ct);
            var keys = full.Units.Select(u => UnitMember.KeyOf(u.Name)).ToList();
            var members = await db.UnitMembers.AsNoTracking().Where(m => m.TenantId == plan.TenantId && keys.Contains(m.UnitKey)).ToListAsync(ct);
            return cards.Render("escalation", CardData.Escalation(full, members, texts, now));
        }
        if (message.Kind is OutboxKind.Invitation or OutboxKind.Booking)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var meeting = await db.Meetings.AsNoTracking().Include(m => m.Attendees).FirstOrDefaultAsync(m => m.Id == message.MeetingId, ct);
            if (meeting is null) return null;
            return message.Kind == OutboxKind.Booking
                ? cards.Render("meeting", MeetingCardData.Booking(plan, meeting, texts, meeting.State == Core.Meetings.MeetingState.Booked ? texts.MeetingBooked : ""))
                : cards.Render("invitation", MeetingCardData.Invitation(plan, meeting, plan.OrganizerName ?? "", null, texts));
        }
        if (message.UnitId is not { } unitId || await status.LoadUnitAsync(plan.Id, unitId, plan.TenantId, ct) is not { } view) return null;
        var notice = message.Kind == OutboxKind.Reminder
            ? CardData.ReminderNotice(Core.Reminders.ReminderRules.ReasonFor(view.Plan, view.Unit, DateOnly.FromDateTime(Core.Plans.VietnamTime.Local(now)), Core.Reminders.ReminderSchedule.Of(view.Plan)), texts)
            : "";
        return cards.Render("status-card", CardData.StatusCard(view.Plan, view.Unit, view.Members, view.LastChange, texts, now, notice));
    }

    /// <summary>Posts a text message to a conversation (the organizer's summary of a sending).</summary>
    public async Task PostTextAsync(string serviceUrl, string conversationId, string? tenantId, string text, CancellationToken ct)
    {
        await ContinueAsync(Reference(serviceUrl, conversationId, tenantId),
            async (turn, token) => await turn.SendActivityAsync(MessageFactory.Text(text), token), ct);
    }

    /// <summary>Replaces the plan's overview card where it was posted with its current state. Failures are logged, never thrown.</summary>
    public async Task UpdateOverviewAsync(int planId, CancellationToken ct)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var plan = await db.Plans.AsNoTracking().AsSplitQuery().Include(p => p.Units).ThenInclude(u => u.Tasks).FirstOrDefaultAsync(p => p.Id == planId, ct);
            if (plan?.OverviewActivityId is null) return;
            var keys = plan.Units.Select(u => UnitMember.KeyOf(u.Name)).ToList();
            var members = await db.UnitMembers.AsNoTracking().Where(m => m.TenantId == plan.TenantId && keys.Contains(m.UnitKey)).ToListAsync(ct);
            var texts = Texts.For(await preferences.LanguageOfAsync(plan.OrganizerId, ct));
            var card = TeamsTurn.CardMessage(cards.Render("plan-overview", CardData.Overview(plan, members, texts, clock.GetUtcNow())));
            card.Id = plan.OverviewActivityId;
            await ContinueAsync(Reference(plan.ServiceUrl, plan.ConversationId, plan.TenantId),
                async (turn, token) => await turn.UpdateActivityAsync(card, token), ct);
        }
        catch (Exception e) when (e is ErrorResponseException or Microsoft.Rest.HttpOperationException or HttpRequestException or InvalidOperationException)
        {
            MessengerLog.OverviewUpdateFailed(logger, e, planId);
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

    private async Task<string> CreatePersonalConversationAsync(KnownUser user, CancellationToken ct)
    {
        using var slot = await throttle.AcquireAsync("create:" + user.TenantId, ct);
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
        if (conversationId is null) throw new InvalidOperationException("the Bot Connector created no conversation");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Users.Where(u => u.UserId == user.UserId).ExecuteUpdateAsync(s => s.SetProperty(u => u.PersonalConversationId, conversationId), ct);
        return conversationId;
    }

    private string? BotAppId => credentials.Configured ? credentials.AppId : null;

    private static ConversationReference Reference(string serviceUrl, string conversationId, string? tenantId) => new()
    {
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        Conversation = new ConversationAccount(id: conversationId, tenantId: tenantId),
    };

    /// <summary>429 and 5xx are retried (after Retry-After when given); 403/404 mean the person blocked or removed PlanBot: final.</summary>
    private static SendOutcome Classify(int status, TimeSpan? retryAfter, string? code) => status switch
    {
        429 => SendOutcome.Retry($"429 {code}".Trim(), retryAfter ?? TimeSpan.FromSeconds(1)),
        412 or 500 or 502 or 503 or 504 => SendOutcome.Retry($"{status} {code}".Trim(), retryAfter),
        403 => SendOutcome.GiveUp($"403 {code ?? "Forbidden"}: PlanBot is blocked or not installed for this person"),
        404 => SendOutcome.GiveUp($"404 {code ?? "NotFound"}: conversation not found"),
        _ => SendOutcome.GiveUp($"{status} {code}".Trim()),
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
    [LoggerMessage(2100, LogLevel.Warning, "Could not update the overview card of plan {PlanId}.")]
    public static partial void OverviewUpdateFailed(ILogger logger, Exception exception, int planId);
}
