using System.Text.Json.Nodes;
using PlanBot.Core.Localization;
using PlanBot.Core.Outbox;
using PlanBot.Core.Plans;

namespace PlanBot.Outbox;

/// <summary>
/// The card an outbox message becomes, owned by the feature that wrote the message (a status request, a reminder,
/// an invitation). Null when what the message is about was removed before it went out.
/// </summary>
public interface IOutboxCards
{
    IReadOnlyCollection<OutboxKind> Kinds { get; }

    Task<JsonNode?> CardForAsync(OutboxMessage message, Plan plan, Texts texts, CancellationToken ct);
}

/// <summary>Finds the feature that builds a message's card; every kind must have exactly one, checked at start.</summary>
public sealed class OutboxCards
{
    private readonly Dictionary<OutboxKind, IOutboxCards> _byKind = [];

    public OutboxCards(IEnumerable<IOutboxCards> features)
    {
        foreach (var feature in features)
            foreach (var kind in feature.Kinds)
                if (!_byKind.TryAdd(kind, feature)) throw new InvalidOperationException($"Outbox kind {kind} has two card builders: {_byKind[kind].GetType().Name} and {feature.GetType().Name}.");
        var missing = Enum.GetValues<OutboxKind>().Where(k => !_byKind.ContainsKey(k)).ToList();
        if (missing.Count > 0) throw new InvalidOperationException($"No feature builds the card of outbox kind(s) {string.Join(", ", missing)}.");
    }

    public Task<JsonNode?> CardForAsync(OutboxMessage message, Plan plan, Texts texts, CancellationToken ct) =>
        _byKind[message.Kind].CardForAsync(message, plan, texts, ct);
}
