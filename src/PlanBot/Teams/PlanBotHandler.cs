using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using PlanBot.Core.Cards;
using PlanBot.Core.Conversation;
using PlanBot.Core.Import;
using PlanBot.Assignments;
using PlanBot.Core.Localization;
using PlanBot.Outbox;
using PlanBot.Plans;
using PlanBot.Status;

namespace PlanBot.Teams;

/// <summary>
/// PlanBot in Teams: greets new conversations, answers commands, imports plans from text or files,
/// and handles the Save / Cancel / Show buttons (Universal Actions, with Action.Submit as fallback).
/// </summary>
public sealed partial class PlanBotHandler(
    CardLibrary cards,
    PlanWorkflow plans,
    UserPreferences preferences,
    PlanFileDownloader files,
    StatusWorkflow status,
    AssignmentWorkflow assignments,
    StatusRequests requests,
    PeopleDirectory people,
    OverviewRefresher overviews,
    Reminders.ReminderPlanner reminders,
    Reports.ExportLinks exports,
    Meetings.MeetingWorkflow meetings,
    TimeProvider clock,
    ILogger<PlanBotHandler> logger) : TeamsActivityHandler
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
        var texts = await TextsAsync(turn, ct);
        if (turn.Activity.Value is JObject submitted)
        {
            // Action.Submit fallback of a card button, for clients without Universal Actions.
            await ReplyToSubmitAsync(turn, submitted, texts, ct);
            return;
        }
        if (PlanFileDownloader.FindPlanFile(turn.Activity) is { } file)
        {
            await ImportFileAsync(turn, file, texts, ct);
            return;
        }

        var command = CommandParser.Parse(WithoutMention(turn.Activity));
        switch (command.Kind)
        {
            case CommandKind.Help:
                await turn.SendActivityAsync(TeamsTurn.CardMessage(cards.Render("help", CardData.Help(texts))), ct);
                break;
            case CommandKind.ListPlans:
                var list = await plans.ListPlansAsync(turn.Caller().TenantId, ct);
                await turn.SendActivityAsync(TeamsTurn.CardMessage(cards.Render("plan-list", CardData.PlanList(list, texts))), ct);
                break;
            case CommandKind.ShowPlan:
                await ShowPlanAsync(turn, command.PlanId!.Value, texts, ct);
                break;
            case CommandKind.SetLanguage when command.Language is { } language:
                await preferences.SetLanguageAsync(TeamsTurn.UserId(turn.Activity), language, ct);
                await turn.SendActivityAsync(Texts.For(language).LanguageSet, cancellationToken: ct);
                break;
            case CommandKind.AssignUnits:
                await OpenAssignmentsAsync(turn, command.PlanId, texts, ct);
                break;
            case CommandKind.RequestStatus:
                var (answer, batch) = await RequestStatusAsync(turn, command.PlanId, texts, ct);
                await turn.SendActivityAsync(answer, cancellationToken: ct);
                if (batch is not null) await requests.ReleaseAsync(batch, ct);
                break;
            case CommandKind.MyTasks:
                await SendMyTasksAsync(turn, texts, ct);
                break;
            case CommandKind.PauseReminders or CommandKind.ResumeReminders or CommandKind.ScheduleReminders or CommandKind.RemindNow:
                await turn.SendActivityAsync(await RemindersAsync(turn, command, texts, ct), cancellationToken: ct);
                break;
            case CommandKind.BookRoom:
                await CalendarSafeAsync(turn, () => StartBookingAsync(turn, command.PlanId, texts, ct), texts, ct);
                break;
            case CommandKind.ShowMeeting:
                await CalendarSafeAsync(turn, () => ShowMeetingAsync(turn, command.PlanId, texts, ct), texts, ct);
                break;
            case CommandKind.CancelMeeting:
                await turn.SendActivityAsync(await CancelMeetingAsync(turn, command.PlanId, texts, ct), cancellationToken: ct);
                break;
            case CommandKind.Report:
                await SendReportAsync(turn, command.PlanId, texts, ct);
                break;
            case CommandKind.ImportPlan:
                await ImportAsync(turn, PlanImporter.FromText(command.Text), texts, ct);
                break;
            default:
                var shown = command.Text.Length > 60 ? command.Text[..60] + "…" : command.Text;
                await turn.SendActivityAsync(string.Format(CultureInfo.InvariantCulture, texts.NotUnderstood, shown), cancellationToken: ct);
                break;
        }
    }

    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(
        ITurnContext<IInvokeActivity> turn, AdaptiveCardInvokeValue invokeValue, CancellationToken ct)
    {
        var texts = Texts.Vi;
        try
        {
            texts = await TextsAsync(turn, ct);
            var data = invokeValue.Action?.Data as JObject ?? [];
            var reply = await HandleCardActionAsync(turn, invokeValue.Action?.Verb, data, texts, ct);
            return reply.Card is { } card ? TeamsTurn.CardResponse(card) : TeamsTurn.MessageResponse(reply.Message ?? texts.CardInvalid);
        }
        catch (Exception e) when (Data.StorageFailure.Is(e))
        {
            // The button press is answered in words; the card stays as it was, so it can be pressed again.
            Log.TurnFailed(logger, e, turn.Activity.Id, turn.Activity.Type);
            return TeamsTurn.MessageResponse(texts.StorageUnavailable);
        }
    }

    private async Task ReplyToSubmitAsync(ITurnContext turn, JObject submitted, Texts texts, CancellationToken ct)
    {
        var reply = await HandleCardActionAsync(turn, Field(submitted, "verb"), submitted, texts, ct);
        if (reply.Card is { } card && turn.Activity.ReplyToId is { } cardId)
        {
            var update = TeamsTurn.CardMessage(card);
            update.Id = cardId;
            await turn.UpdateActivityAsync(update, ct);
        }
        else if (reply.Card is { } newCard) await turn.SendActivityAsync(TeamsTurn.CardMessage(newCard), ct);
        else await turn.SendActivityAsync(reply.Message ?? texts.CardInvalid, cancellationToken: ct);
    }

    /// <summary>The card's data is under the client's control: every field is checked before it is used.</summary>
    private async Task<CardReply> HandleCardActionAsync(ITurnContext turn, string? verb, JObject data, Texts texts, CancellationToken ct)
    {
        var caller = turn.Caller();
        switch (verb)
        {
            case "plan.save" or "plan.cancel":
                if (!Guid.TryParse(Field(data, "draftId") ?? "", out var draftId)) return Refuse(verb, caller, "draft id missing or malformed", texts);
                return verb == "plan.save" ? await SaveAsync(turn, draftId, data, texts, ct) : await CancelAsync(draftId, caller, texts, ct);
            case "plan.show":
                if (PlanIdOf(data) is not { } planId) return Refuse(verb, caller, "plan id missing or malformed", texts);
                var shown = await ShowPlanAsync(turn, planId, texts, ct);
                return CardReply.Text(shown?.Title ?? string.Format(CultureInfo.InvariantCulture, texts.PlanNotFound, planId));
            case "status.save":
                return await SaveStatusAsync(turn, data, texts, ct);
            case "status.open":
                return await OpenStatusAsync(turn, data, texts, ct);
            case "status.request":
                var (requested, requestBatch) = await RequestStatusAsync(turn, PlanIdOf(data) ?? -1, texts, ct);
                if (requestBatch is not null) await requests.ReleaseAsync(requestBatch, ct);
                return CardReply.Text(requested);
            case "assign.open":
                await OpenAssignmentsAsync(turn, PlanIdOf(data) ?? -1, texts, ct);
                return CardReply.Text(texts.AssignTitle);
            case "assign.save":
                return await SaveAssignmentsAsync(turn, data, texts, ct);
            case "meeting.time":
                return await CalendarSafeAsync(() => MeetingTimeAsync(turn, data, texts, ct), texts);
            case "meeting.book":
                return await CalendarSafeAsync(() => BookMeetingAsync(turn, data, texts, ct), texts);
            case "meeting.cancel":
                return CardReply.Text(await CancelMeetingAsync(turn, PlanIdOf(data) ?? -1, texts, ct));
            case "invite.respond":
                return await RespondToInvitationAsync(turn, data, texts, ct);
            default:
                return Refuse(verb, caller, "unknown verb", texts);
        }
    }

    private async Task<CardReply> SaveAsync(ITurnContext turn, Guid draftId, JObject data, Texts texts, CancellationToken ct)
    {
        var caller = turn.Caller();
        var edits = new DraftEdits(Field(data, "title"), Field(data, "eventDate"), Field(data, "startTime"), Field(data, "venue"));
        var result = await plans.SaveDraftAsync(draftId, caller, edits, ct);
        switch (result.Outcome)
        {
            case SaveOutcome.Saved:
                var plan = result.Plan!;
                Log.PlanSaved(logger, plan.Id, caller.UserId, plan.Units.Count, plan.Tasks.Count());
                var posted = await turn.SendActivityAsync(TeamsTurn.CardMessage(cards.Render("plan-overview", CardData.Overview(plan, texts, clock.GetUtcNow()))), ct);
                if (posted?.Id is { } activityId) await plans.SetOverviewMessageAsync(plan.Id, caller.ConversationId, activityId, ct);
                var saved = string.Format(CultureInfo.InvariantCulture, texts.PlanSaved, plan.Id);
                return CardReply.Of(cards.Render("notice", CardData.Notice(plan.Title, saved)));
            case SaveOutcome.NotYourDraft:
                return Refuse("plan.save", caller, "draft belongs to another user", texts, texts.DraftNotYours);
            case SaveOutcome.BadDate:
                return CardReply.Text(string.Format(CultureInfo.InvariantCulture, texts.BadDate, result.BadValue));
            case SaveOutcome.BadTime:
                return CardReply.Text(string.Format(CultureInfo.InvariantCulture, texts.BadTime, result.BadValue));
            case SaveOutcome.BadTitle:
                return CardReply.Text(texts.ProblemMissingTitle);
            default:
                return CardReply.Of(cards.Render("notice", CardData.Notice(texts.DraftGone, "")));
        }
    }

    private async Task<CardReply> CancelAsync(Guid draftId, Caller caller, Texts texts, CancellationToken ct) =>
        await plans.CancelDraftAsync(draftId, caller, ct)
            ? CardReply.Of(cards.Render("notice", CardData.Notice(texts.PlanCancelled, "")))
            : CardReply.Text(texts.DraftGone);

    private async Task<Core.Plans.Plan?> ShowPlanAsync(ITurnContext turn, int planId, Texts texts, CancellationToken ct)
    {
        var plan = await plans.FindPlanAsync(planId, turn.Caller().TenantId, ct);
        if (plan is null)
        {
            await turn.SendActivityAsync(string.Format(CultureInfo.InvariantCulture, texts.PlanNotFound, planId), cancellationToken: ct);
            return null;
        }
        var posted = await turn.SendActivityAsync(TeamsTurn.CardMessage(cards.Render("plan-overview", CardData.Overview(plan, texts, clock.GetUtcNow()))), ct);
        if (posted?.Id is { } id) await plans.SetOverviewMessageAsync(plan.Id, turn.Activity.Conversation.Id, id, ct);
        return plan;
    }

    private async Task ImportFileAsync(ITurnContext turn, PlanFile file, Texts texts, CancellationToken ct)
    {
        if (!turn.IsPersonal())
        {
            await turn.SendActivityAsync(texts.FileOnlyPersonal, cancellationToken: ct);
            return;
        }
        await turn.SendActivityAsync(new Activity(ActivityTypes.Typing), ct);
        PlanImportResult result;
        try
        {
            result = await files.ImportAsync(file, ct);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            Log.FileDownloadFailed(logger, e, file.Name);
            await turn.SendActivityAsync(string.Format(CultureInfo.InvariantCulture, texts.FileDownloadFailed, file.Name), cancellationToken: ct);
            return;
        }
        await ImportAsync(turn, result, texts, ct);
    }

    private async Task ImportAsync(ITurnContext turn, PlanImportResult result, Texts texts, CancellationToken ct)
    {
        var caller = turn.Caller();
        if (result.Plan is not { } document)
        {
            Log.PlanNotImported(logger, caller.UserId, string.Join(", ", result.Problems));
            var lines = result.Problems.Select(p => "- " + texts.Problem(p));
            await turn.SendActivityAsync(MessageFactory.Text($"{texts.NotAPlan}\n\n{string.Join("\n", lines)}\n\n{texts.NotAPlanExpect}"), ct);
            return;
        }
        var draftId = await plans.CreateDraftAsync(document, caller, ct);
        await turn.SendActivityAsync(TeamsTurn.CardMessage(cards.Render("plan-understood", CardData.Understood(document, draftId, texts))), ct);
    }

    private async Task WelcomeAsync(ITurnContext turn, CancellationToken ct)
    {
        var a = turn.Activity;
        if (a.Conversation?.Id is not { } conversationId) return;
        if (!await preferences.MarkWelcomedAsync(conversationId, a.ServiceUrl, a.Conversation.TenantId, a.Conversation.ConversationType, ct)) return;
        await turn.SendActivityAsync(TeamsTurn.CardMessage(cards.Render("welcome", CardData.Welcome(Texts.Vi))), ct);
    }

    private async Task<Texts> TextsAsync(ITurnContext turn, CancellationToken ct) =>
        Texts.For(await preferences.LanguageOfAsync(TeamsTurn.UserId(turn.Activity), ct));

    private CardReply Refuse(string? verb, Caller caller, string reason, Texts texts, string? message = null)
    {
        Log.CardActionRefused(logger, verb, caller.UserId, reason);
        return CardReply.Text(message ?? texts.CardInvalid);
    }

    private static string? Field(JObject data, string name) => data[name]?.Type == JTokenType.String ? data.Value<string>(name) : null;

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

    /// <summary>The answer to a card button: a card that replaces the clicked one, or a short message.</summary>
    private sealed record CardReply(System.Text.Json.Nodes.JsonNode? Card, string? Message)
    {
        public static CardReply Of(System.Text.Json.Nodes.JsonNode card) => new(card, null);

        public static CardReply Text(string? message) => new(null, message);
    }
}
