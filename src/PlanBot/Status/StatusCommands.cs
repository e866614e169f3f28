using PlanBot.Core.Cards;
using PlanBot.Core.Conversation;
using PlanBot.Plans;
using PlanBot.Teams;

namespace PlanBot.Status;

/// <summary>
/// Collecting status: the organizer's "yêu cầu báo cáo" (status cards to every assigned person), "việc của tôi",
/// and the units' answers on their status cards (status.save), which the overview card then shows.
/// </summary>
public sealed class StatusCommands(
    CardLibrary cards,
    PlanAccess access,
    StatusWorkflow status,
    StatusRequests requests,
    StatusCardRenderer statusCard,
    TimeProvider clock) : IBotCommands, ICardActions
{
    private const int MyTasksShown = 15;

    public IReadOnlyCollection<CommandKind> Commands { get; } = [CommandKind.RequestStatus, CommandKind.MyTasks];

    public IReadOnlyCollection<string> Verbs { get; } = ["status.save", "status.open", "status.page", "status.request", "overview.unit"];

    public async Task HandleAsync(BotTurn turn, Command command, CancellationToken ct)
    {
        if (command.Kind == CommandKind.MyTasks)
        {
            await SendMyTasksAsync(turn, ct);
            return;
        }
        var found = await access.FindAsync(turn, command.PlanId, PlanUse.Organize, ct);
        await RequestAsync(turn, found, ct);
    }

    public async Task<CardReply> HandleAsync(BotTurn turn, string verb, CardInput input, CancellationToken ct)
    {
        switch (verb)
        {
            case "status.save":
                return await SaveAsync(turn, input, ct);
            case "status.open" or "status.page":
                return await OpenAsync(turn, verb, input, ct);
            case "overview.unit":
                return await UnitAsync(turn, input, ct);
            default:
                if (input.Id("planId") is not { } planId) return turn.Refuse(verb, "plan id missing or malformed");
                return CardReply.Text(await RequestAsync(turn, await access.FindAsync(turn, planId, PlanUse.Organize, ct), ct, reply: false));
        }
    }

    /// <summary>
    /// Writes the status request of a plan and answers the organizer (in the chat, or as the button's answer), then lets
    /// the cards go: the acknowledgement comes before the first status card.
    /// </summary>
    private async Task<string> RequestAsync(BotTurn turn, PlanOrRefusal found, CancellationToken ct, bool reply = true)
    {
        if (found.Plan is not { } plan)
        {
            if (reply) await turn.SendTextAsync(found.Refusal, ct);
            return found.Refusal;
        }
        var texts = turn.Texts;
        var caller = turn.Caller;
        var result = await requests.RequestAsync(plan, null, new ReplyTo(caller.ConversationId, caller.ServiceUrl, texts.Language), ct);
        string answer;
        if (result.People == 0) answer = texts.RequestNoOne;
        else
        {
            var sent = texts.RequestSent(result.People, result.Units);
            answer = result.UnitsWithoutPeople.Count == 0 ? sent
                : $"{sent}\n\n{texts.RequestMissingUnits(string.Join(", ", result.UnitsWithoutPeople))}";
        }
        if (reply) await turn.SendTextAsync(answer, ct);
        if (result.People > 0) await requests.ReleaseAsync(result.BatchId, ct);
        return answer;
    }

    private async Task<CardReply> SaveAsync(BotTurn turn, CardInput input, CancellationToken ct)
    {
        var (caller, texts) = (turn.Caller, turn.Texts);
        if (input.Id("planId") is not { } planId || input.Id("unitId") is not { } unitId) return turn.Refuse("status.save", "plan or unit id missing");
        var answers = input.Fields(name => name.StartsWith("status-", StringComparison.Ordinal) || name.StartsWith("percent-", StringComparison.Ordinal) || name.StartsWith("note-", StringComparison.Ordinal));
        var result = await status.RecordAsync(planId, unitId, caller, answers, turn.Activity.Id ?? Guid.NewGuid().ToString(), ct);
        switch (result.Outcome)
        {
            case AnswerOutcome.NoSuchUnit:
                return turn.Refuse("status.save", "no such plan or unit");
            case AnswerOutcome.NotAllowed:
                return turn.Refuse("status.save", "not assigned to the unit", texts.NotAllowedUnit);
            case AnswerOutcome.Invalid:
                return turn.Refuse("status.save", $"invalid answer ({result.Problem})", texts.Answer(result.Problem!.Value));
        }
        var notice = result.Changed > 0 ? texts.StatusSaved(result.Changed) : texts.StatusNothingChanged;
        return CardReply.Of(statusCard.Render(result.View!, texts, notice, input.Id("page") ?? 1));
    }

    /// <summary>
    /// The status card of one unit, opened from the my-tasks card, or another page of it (status.page: what was sent
    /// from the other pages is recorded already); for the unit's people and the organizer.
    /// </summary>
    private async Task<CardReply> OpenAsync(BotTurn turn, string verb, CardInput input, CancellationToken ct)
    {
        var caller = turn.Caller;
        if (input.Id("planId") is not { } planId || input.Id("unitId") is not { } unitId) return turn.Refuse(verb, "plan or unit id missing");
        var view = await status.LoadUnitAsync(planId, unitId, caller.TenantId, ct);
        if (view is null) return turn.Refuse(verb, "no such plan or unit");
        if (!view.MayAnswer(caller.UserId)) return turn.Refuse(verb, "not assigned to the unit", turn.Texts.NotAllowedUnit);
        return CardReply.Of(statusCard.Render(view, turn.Texts, page: input.Id("page") ?? 1));
    }

    /// <summary>
    /// A unit opened from the overview: its status card for the people who answer for it, else the unit read-only,
    /// with the way back to the overview page it came from.
    /// </summary>
    private async Task<CardReply> UnitAsync(BotTurn turn, CardInput input, CancellationToken ct)
    {
        var caller = turn.Caller;
        if (input.Id("planId") is not { } planId || input.Id("unitId") is not { } unitId) return turn.Refuse("overview.unit", "plan or unit id missing");
        var view = await status.LoadUnitAsync(planId, unitId, caller.TenantId, ct);
        if (view is null) return turn.Refuse("overview.unit", "no such plan or unit");
        var taskPage = input.Id("taskPage") ?? 1;
        // The overview's unit button is for looking: the unit's own people get the card they answer on; everyone else,
        // the organizer included (who may still answer on a status card, see UnitView.MayAnswer), the unit read-only.
        return view.IsAssigned(caller.UserId)
            ? CardReply.Of(statusCard.Render(view, turn.Texts, page: taskPage))
            : CardReply.Of(statusCard.RenderDetail(view, turn.Texts, taskPage, input.Id("page") ?? 1));
    }

    /// <summary>One message whatever the number of units (Teams allows 7 messages a second in a chat): the status card of the one unit, or the list.</summary>
    private async Task SendMyTasksAsync(BotTurn turn, CancellationToken ct)
    {
        var (caller, texts) = (turn.Caller, turn.Texts);
        var (units, total) = await status.UnitsOfAsync(caller.UserId, caller.TenantId, MyTasksShown, ct);
        if (units.Count == 0)
            await turn.SendTextAsync(texts.MyTasksNone, ct);
        else if (units.Count == 1)
            await turn.SendCardAsync(statusCard.Render(units[0], texts), ct);
        else
            await turn.SendCardAsync(cards.Render("my-tasks", StatusCardData.MyTasks(units.Select(u => (u.Plan, u.Unit)).ToList(), total, texts, clock.GetUtcNow())), ct);
    }
}
