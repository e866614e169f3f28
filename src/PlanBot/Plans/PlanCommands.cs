using Microsoft.Bot.Schema;
using PlanBot.Core.Cards;
using PlanBot.Core.Conversation;
using PlanBot.Core.Import;
using PlanBot.Core.Plans;
using PlanBot.Teams;

namespace PlanBot.Plans;

/// <summary>
/// A plan in and out: pasted text or a file becomes the "what I understood" card (Lưu / Hủy); saving posts the
/// overview card; "danh sách" lists the plans, "xem N" posts one again.
/// </summary>
public sealed class PlanCommands(
    CardLibrary cards,
    PlanWorkflow plans,
    PlanFileDownloader files,
    OverviewCard overview,
    UnderstoodCard understood,
    Assignments.AssignmentWorkflow assignments,
    OverviewPosts posts,
    TeamsMessenger messenger,
    ILogger<PlanCommands> logger) : IBotCommands, ICardActions, IFileMessages
{
    public IReadOnlyCollection<CommandKind> Commands { get; } = [CommandKind.ListPlans, CommandKind.ShowPlan, CommandKind.ImportPlan];

    public IReadOnlyCollection<string> Verbs { get; } = ["plan.save", "plan.cancel", "plan.show", "overview.page"];

    public async Task HandleAsync(BotTurn turn, Command command, CancellationToken ct)
    {
        switch (command.Kind)
        {
            case CommandKind.ListPlans:
                var list = await plans.ListPlansAsync(turn.Caller.TenantId, ct);
                await turn.SendCardAsync(cards.Render("plan-list", OverviewCardData.PlanList(list, turn.Texts)), ct);
                break;
            case CommandKind.ShowPlan:
                await ShowAsync(turn, command.PlanId!.Value, ct);
                break;
            default:
                await ImportAsync(turn, PlanImporter.FromText(command.Text), ct);
                break;
        }
    }

    public async Task<CardReply> HandleAsync(BotTurn turn, string verb, CardInput input, CancellationToken ct)
    {
        if (verb == "overview.page") return await PageAsync(turn, input, ct);
        if (verb == "plan.show")
        {
            if (input.Id("planId") is not { } planId) return turn.Refuse(verb, "plan id missing or malformed");
            var shown = await ShowAsync(turn, planId, ct);
            return CardReply.Text(shown?.Title ?? turn.Texts.PlanNotFound(planId));
        }
        if (!Guid.TryParse(input.Text("draftId") ?? "", out var draftId)) return turn.Refuse(verb, "draft id missing or malformed");
        return verb == "plan.save" ? await SaveAsync(turn, draftId, input, ct) : await CancelAsync(turn, draftId, ct);
    }

    public async Task<bool> TryHandleAsync(BotTurn turn, CancellationToken ct)
    {
        if (turn.Activity is not IMessageActivity message || PlanFileDownloader.FindPlanFile(message) is not { } file) return false;
        await ImportFileAsync(turn, file, ct);
        return true;
    }

    private async Task<CardReply> SaveAsync(BotTurn turn, Guid draftId, CardInput input, CancellationToken ct)
    {
        var (caller, texts) = (turn.Caller, turn.Texts);
        var edits = new DraftEdits(input.Text("title"), input.Text("eventDate"), input.Text("startTime"), input.Text("venue"));
        var result = await plans.SaveDraftAsync(draftId, caller, edits, ct);
        switch (result.Outcome)
        {
            case SaveOutcome.Saved:
                var plan = result.Plan!;
                Log.PlanSaved(logger, plan.Id, caller.UserId, plan.Units.Count, plan.Tasks.Count());
                await PostOverviewAsync(turn, plan, ct);
                var saved = texts.PlanSaved(plan.Id);
                return CardReply.Of(cards.Render("notice", CardData.Notice(plan.Title, saved)));
            case SaveOutcome.NotYourDraft:
                return turn.Refuse("plan.save", "draft belongs to another user", texts.DraftNotYours);
            case SaveOutcome.BadDate:
                return CardReply.Text(texts.BadDate(result.BadValue));
            case SaveOutcome.BadTime:
                return CardReply.Text(texts.BadTime(result.BadValue));
            case SaveOutcome.BadTitle:
                return CardReply.Text(texts.ProblemMissingTitle);
            default:
                return CardReply.Of(cards.Render("notice", CardData.Notice(texts.DraftGone, "")));
        }
    }

    /// <summary>Another page of the overview's unit lines, or the overview again from a unit's card; for anyone of the organisation.</summary>
    private async Task<CardReply> PageAsync(BotTurn turn, CardInput input, CancellationToken ct)
    {
        if (input.Id("planId") is not { } planId) return turn.Refuse("overview.page", "plan id missing or malformed");
        var plan = await plans.FindPlanAsync(planId, turn.Caller.TenantId, ct);
        if (plan is null) return CardReply.Text(turn.Texts.PlanNotFound(planId));
        var members = await assignments.MembersOfAsync(plan.TenantId, plan.Units.Select(u => u.Name), ct);
        return CardReply.Of(overview.Render(plan, members, turn.Texts, input.Id("page") ?? 1));
    }

    private async Task<CardReply> CancelAsync(BotTurn turn, Guid draftId, CancellationToken ct) =>
        await plans.CancelDraftAsync(draftId, turn.Caller, ct)
            ? CardReply.Of(cards.Render("notice", CardData.Notice(turn.Texts.PlanCancelled, "")))
            : CardReply.Text(turn.Texts.DraftGone);

    private async Task<Plan?> ShowAsync(BotTurn turn, int planId, CancellationToken ct)
    {
        var plan = await plans.FindPlanAsync(planId, turn.Caller.TenantId, ct);
        if (plan is null)
        {
            await turn.SendTextAsync(turn.Texts.PlanNotFound(planId), ct);
            return null;
        }
        await PostOverviewAsync(turn, plan, ct);
        return plan;
    }

    /// <summary>
    /// Posts the plan's overview here with who answers for each unit, and keeps it current from then on, like every
    /// other posted overview of the plan. An older overview of the plan in this conversation says that this one replaces it.
    /// </summary>
    private async Task PostOverviewAsync(BotTurn turn, Plan plan, CancellationToken ct)
    {
        var members = await assignments.MembersOfAsync(plan.TenantId, plan.Units.Select(u => u.Name), ct);
        if (await turn.SendCardAsync(overview.Render(plan, members, turn.Texts), ct) is not { } activityId) return;
        var (conversation, serviceUrl) = (turn.Activity.Conversation.Id, turn.Activity.ServiceUrl);
        var replaced = await posts.RecordAsync(plan.Id, conversation, serviceUrl, turn.Caller.TenantId, activityId, turn.Texts.Language, ct);
        if (replaced is not null)
            await messenger.UpdateCardAsync(serviceUrl, conversation, turn.Caller.TenantId, replaced,
                cards.Render("notice", CardData.Notice(plan.Title, turn.Texts.OverviewSuperseded(plan.Id))), ct);
    }

    private async Task ImportFileAsync(BotTurn turn, PlanFile file, CancellationToken ct)
    {
        if (!turn.IsPersonal)
        {
            await turn.SendTextAsync(turn.Texts.FileOnlyPersonal, ct);
            return;
        }
        await turn.TypingAsync(ct);
        PlanImportResult result;
        try
        {
            result = await files.ImportAsync(file, ct);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            Log.FileDownloadFailed(logger, e, file.Name);
            await turn.SendTextAsync(turn.Texts.FileDownloadFailed(file.Name), ct);
            return;
        }
        await ImportAsync(turn, result, ct);
    }

    private async Task ImportAsync(BotTurn turn, PlanImportResult result, CancellationToken ct)
    {
        var (caller, texts) = (turn.Caller, turn.Texts);
        if (result.Plan is not { } document)
        {
            Log.PlanNotImported(logger, caller.UserId, string.Join(", ", result.Problems));
            var lines = result.Problems.Select(p => "- " + texts.Problem(p));
            await turn.SendTextAsync($"{texts.NotAPlan}\n\n{string.Join("\n", lines)}\n\n{texts.NotAPlanExpect}", ct);
            return;
        }
        var draftId = await plans.CreateDraftAsync(document, caller, ct);
        await turn.SendCardAsync(understood.Render(document, draftId, texts), ct);
    }
}
