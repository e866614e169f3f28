using PlanBot.Core.Plans;
using PlanBot.People;
using PlanBot.Teams;

namespace PlanBot.Plans;

/// <summary>A plan, or the words that say why the caller cannot have it.</summary>
public sealed record PlanOrRefusal(Plan? Plan, string Refusal, string Reason);

/// <summary>
/// Which plan a command or a button means, and the rule that only its organizer may change it (assign, request
/// status, reminders, report, booking). The rule lives here and nowhere else.
/// </summary>
public sealed class PlanAccess(PlanWorkflow plans)
{
    public static bool IsOrganizer(Plan plan, Caller caller) => plan.OrganizerId == caller.UserId;

    /// <summary>The number given, else the latest plan of this conversation; in the caller's tenant only.</summary>
    public async Task<PlanOrRefusal> FindAsync(BotTurn turn, int? planId, bool organizerOnly, CancellationToken ct)
    {
        var caller = turn.Caller;
        var plan = planId is { } id
            ? await plans.FindPlanAsync(id, caller.TenantId, ct)
            : await plans.LatestInConversationAsync(caller.TenantId, caller.ConversationId, ct);
        if (plan is null)
            return new(null, planId is { } n ? turn.Texts.PlanNotFound(n) : turn.Texts.NoPlanHere, "no such plan");
        if (organizerOnly && !IsOrganizer(plan, caller)) return new(null, turn.Texts.OnlyOrganizer, "not the organizer");
        return new(plan, "", "");
    }

    /// <summary>For a command: the plan, or null after telling the caller why not.</summary>
    public async Task<Plan?> ForCommandAsync(BotTurn turn, int? planId, bool organizerOnly, CancellationToken ct)
    {
        var found = await FindAsync(turn, planId, organizerOnly, ct);
        if (found.Plan is null) await turn.SendTextAsync(found.Refusal, ct);
        return found.Plan;
    }

    /// <summary>For a card button: the plan its data names, or the refusal to answer with (logged with the verb).</summary>
    public async Task<(Plan? Plan, CardReply? Refusal)> ForCardAsync(BotTurn turn, string verb, CardInput input, bool organizerOnly, CancellationToken ct)
    {
        if (input.Id("planId") is not { } planId) return (null, turn.Refuse(verb, "plan id missing or malformed"));
        var plan = await plans.FindPlanAsync(planId, turn.Caller.TenantId, ct);
        if (plan is null) return (null, turn.Refuse(verb, "no such plan"));
        if (organizerOnly && !IsOrganizer(plan, turn.Caller)) return (null, turn.Refuse(verb, "not the organizer", turn.Texts.OnlyOrganizer));
        return (plan, null);
    }
}
