using PlanBot.Core.Plans;
using PlanBot.People;
using PlanBot.Teams;

namespace PlanBot.Plans;

/// <summary>What a command or a button does with a plan: look at it, or change it and act in its name.</summary>
public enum PlanUse
{
    Look,

    /// <summary>Edit, assign, request status, reminders, report, booking: the plan's organizer only.</summary>
    Organize,
}

/// <summary>
/// A plan, or why the caller cannot have it: <see cref="Refusal"/> the words to answer with, <see cref="Reason"/> what
/// is logged (never the inputs). One shape for commands and buttons.
/// </summary>
public sealed record PlanOrRefusal(Plan? Plan, string Refusal, string Reason)
{
    /// <summary>For a card button: the refusal as its answer, logged with the verb.</summary>
    public CardReply Refuse(BotTurn turn, string verb) => turn.Refuse(verb, Reason, Refusal);
}

/// <summary>
/// Which plan a command or a button means, and the rule that only its organizer may change it. The rule lives here
/// and nowhere else: callers say what they do with the plan (<see cref="PlanUse"/>), never who may do it.
/// </summary>
public sealed class PlanAccess(PlanWorkflow plans)
{
    public static bool IsOrganizer(Plan plan, Caller caller) => plan.OrganizerId == caller.UserId;

    /// <summary>The number given, else the latest plan of this conversation; in the caller's tenant only.</summary>
    public async Task<PlanOrRefusal> FindAsync(BotTurn turn, int? planId, PlanUse use, CancellationToken ct)
    {
        var caller = turn.Caller;
        var plan = planId is { } id
            ? await plans.FindPlanAsync(id, caller.TenantId, ct)
            : await plans.LatestInConversationAsync(caller.TenantId, caller.ConversationId, ct);
        if (plan is null)
            return new(null, planId is { } n ? turn.Texts.PlanNotFound(n) : turn.Texts.NoPlanHere, "no such plan");
        return Allowed(turn, plan, use);
    }

    /// <summary>For a command: the plan, or null after telling the caller why not.</summary>
    public async Task<Plan?> ForCommandAsync(BotTurn turn, int? planId, PlanUse use, CancellationToken ct)
    {
        var found = await FindAsync(turn, planId, use, ct);
        if (found.Plan is null) await turn.SendTextAsync(found.Refusal, ct);
        return found.Plan;
    }

    /// <summary>For a card button: the plan its data names (a button names its plan: never the latest one).</summary>
    public async Task<PlanOrRefusal> ForCardAsync(BotTurn turn, CardInput input, PlanUse use, CancellationToken ct)
    {
        if (input.Id("planId") is not { } planId) return new(null, turn.Texts.CardInvalid, "plan id missing or malformed");
        var plan = await plans.FindPlanAsync(planId, turn.Caller.TenantId, ct);
        return plan is null ? new(null, turn.Texts.CardInvalid, "no such plan") : Allowed(turn, plan, use);
    }

    private static PlanOrRefusal Allowed(BotTurn turn, Plan plan, PlanUse use) =>
        use == PlanUse.Organize && !IsOrganizer(plan, turn.Caller)
            ? new(null, turn.Texts.OnlyOrganizer, "not the organizer")
            : new(plan, "", "");
}
