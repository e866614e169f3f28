using System.Globalization;
using PlanBot.Core.Cards;
using PlanBot.Core.Conversation;
using PlanBot.People;
using PlanBot.Plans;
using PlanBot.Teams;

namespace PlanBot.Assignments;

/// <summary>"phân công N": the assignment card (a responsible person and deputies per unit) and saving it; for the organizer.</summary>
public sealed class AssignmentCommands(
    CardLibrary cards,
    PlanAccess access,
    AssignmentWorkflow assignments,
    PeopleDirectory people,
    KnownUsers knownUsers) : IBotCommands, ICardActions
{
    public IReadOnlyCollection<CommandKind> Commands { get; } = [CommandKind.AssignUnits];

    public IReadOnlyCollection<string> Verbs { get; } = ["assign.open", "assign.save", "assign.page"];

    public Task HandleAsync(BotTurn turn, Command command, CancellationToken ct) => OpenAsync(turn, command.PlanId, ct);

    public async Task<CardReply> HandleAsync(BotTurn turn, string verb, CardInput input, CancellationToken ct)
    {
        if (verb == "assign.save") return await SaveAsync(turn, input, ct);
        if (verb == "assign.page") return await PageAsync(turn, input, ct);
        if (input.Id("planId") is not { } planId) return turn.Refuse(verb, "plan id missing or malformed");
        await OpenAsync(turn, planId, ct);
        return CardReply.Text(turn.Texts.AssignTitle);
    }

    private async Task OpenAsync(BotTurn turn, int? planId, CancellationToken ct)
    {
        var plan = await access.ForCommandAsync(turn, planId, PlanUse.Organize, ct);
        if (plan is null) return;
        var members = await people.MembersAsync(turn, ct);
        var assigned = await assignments.MembersOfAsync(plan.TenantId, plan.Units.Select(u => u.Name), ct);
        await turn.SendCardAsync(cards.Render("assign", AssignCardData.Assign(plan, assigned, members, turn.Texts)), ct);
    }

    private async Task<CardReply> SaveAsync(BotTurn turn, CardInput input, CancellationToken ct)
    {
        var found = await access.ForCardAsync(turn, input, PlanUse.Organize, ct);
        if (found.Plan is not { } plan) return found.Refuse(turn, "assign.save");
        var unitIds = plan.Units.Select(u => u.Id).ToHashSet();
        if (input.Names.Select(UnitIdOf).Any(u => u is not null && !unitIds.Contains(u.Value))) return turn.Refuse("assign.save", "unit of another plan");

        // A page of the card names its units: the units of the other pages keep their people.
        var onCard = input.Text("unitIds") is not null ? input.List("unitIds").Select(id => int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1).ToHashSet() : unitIds;
        var choices = plan.Units.Where(u => onCard.Contains(u.Id)).Select(u => new UnitChoice(
            u.Id,
            input.Text($"responsible-{u.Id}"),
            input.List($"deputies-{u.Id}"),
            input.List($"emails-{u.Id}"))).ToList();
        var result = await assignments.SaveAsync(plan, choices, ct);
        if (result.UnknownEmails.Count > 0)
            await turn.SendTextAsync(turn.Texts.AssignUnknownEmails(string.Join(", ", result.UnknownEmails)), ct);

        var members = await assignments.MembersOfAsync(plan.TenantId, plan.Units.Select(u => u.Name), ct);
        var responsible = plan.Units.Select(u => Core.Assignments.UnitMember.KeyOf(u.Name))
            .Count(key => members.Any(m => m.UnitKey == key && m.Role == Core.Assignments.UnitRole.Responsible));
        await turn.SendTextAsync(turn.Texts.AssignSaved(responsible, plan.Units.Count), ct);
        var known = await knownUsers.FindAsync(plan.TenantId, members.Select(m => m.UserId), ct);
        return CardReply.Of(cards.Render("assign", AssignCardData.Assign(plan, members, known.Select(k => (k.UserId, k.Name)).ToList(), turn.Texts, input.Id("page") ?? 1)));
    }

    /// <summary>Another page of the assignment card, with the chat's members to choose from.</summary>
    private async Task<CardReply> PageAsync(BotTurn turn, CardInput input, CancellationToken ct)
    {
        var found = await access.ForCardAsync(turn, input, PlanUse.Organize, ct);
        if (found.Plan is not { } plan) return found.Refuse(turn, "assign.page");
        var members = await people.MembersAsync(turn, ct);
        var assigned = await assignments.MembersOfAsync(plan.TenantId, plan.Units.Select(u => u.Name), ct);
        return CardReply.Of(cards.Render("assign", AssignCardData.Assign(plan, assigned, members, turn.Texts, input.Id("page") ?? 1)));
    }

    private static int? UnitIdOf(string inputName)
    {
        var dash = inputName.LastIndexOf('-');
        return dash > 0 && inputName[..dash] is "responsible" or "deputies" or "emails"
            && int.TryParse(inputName[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }
}
