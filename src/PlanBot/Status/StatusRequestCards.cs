using System.Text.Json.Nodes;
using PlanBot.Core.Localization;
using PlanBot.Core.Outbox;
using PlanBot.Core.Plans;
using PlanBot.Outbox;

namespace PlanBot.Status;

/// <summary>A status request becomes the unit's status card in the person's 1:1 chat.</summary>
public sealed class StatusRequestCards(StatusWorkflow status, StatusCardRenderer card) : IOutboxCards
{
    public IReadOnlyCollection<OutboxKind> Kinds { get; } = [OutboxKind.StatusRequest];

    public async Task<JsonNode?> CardForAsync(OutboxMessage message, Plan plan, Texts texts, CancellationToken ct) =>
        message.UnitId is { } unitId && await status.LoadUnitAsync(plan.Id, unitId, plan.TenantId, ct) is { } view ? card.Render(view, texts) : null;
}
