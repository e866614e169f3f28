using System.Text.Json.Nodes;
using PlanBot.Assignments;
using PlanBot.Core.Cards;
using PlanBot.Core.Localization;
using PlanBot.Core.Outbox;
using PlanBot.Core.Plans;
using PlanBot.Core.Reminders;
using PlanBot.Outbox;
using PlanBot.Plans;
using PlanBot.Status;

namespace PlanBot.Reminders;

/// <summary>
/// A reminder becomes the unit's status card with the reason on top ("due in 3 days", "overdue"); an escalation
/// becomes the organizer's digest of overdue units.
/// </summary>
public sealed class ReminderCards(CardLibrary cards, StatusWorkflow status, StatusCardRenderer statusCard, PlanWorkflow plans, AssignmentWorkflow assignments, TimeProvider clock)
    : IOutboxCards
{
    public IReadOnlyCollection<OutboxKind> Kinds { get; } = [OutboxKind.Reminder, OutboxKind.Escalation];

    public async Task<JsonNode?> CardForAsync(OutboxMessage message, Plan plan, Texts texts, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (message.Kind == OutboxKind.Escalation)
        {
            if (await plans.FindPlanAsync(plan.Id, plan.TenantId, ct) is not { } full) return null;
            var members = await assignments.MembersOfAsync(full.TenantId, full.Units.Select(u => u.Name), ct);
            return cards.Render("escalation", ReminderCardData.Escalation(full, members, texts, now));
        }
        if (message.UnitId is not { } unitId || await status.LoadUnitAsync(plan.Id, unitId, plan.TenantId, ct) is not { } view) return null;
        var today = DateOnly.FromDateTime(VietnamTime.Local(now));
        return statusCard.Render(view, texts, ReminderCardData.ReminderNotice(ReminderRules.ReasonFor(view.Plan, view.Unit, today, ReminderSchedule.Of(view.Plan)), texts));
    }
}
