using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PlanBot.Core.Assignments;
using PlanBot.Core.Localization;
using PlanBot.Core.Outbox;
using PlanBot.Core.Plans;
using PlanBot.Data;
using PlanBot.People;

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

/// <summary>An outbox message ready to go: who receives it (and where their chat is) and the card, in their language.</summary>
public sealed record OutgoingCard(OutboxMessage Message, KnownUser Recipient, JsonNode Card);

/// <summary>
/// Prepares what an outbox message becomes: its recipient, its plan, their language and the card of the feature that wrote it
/// (every kind must have exactly one, checked at start). Here, not in the messenger, so that the Teams edge only sends.
/// </summary>
public sealed class OutboxCards
{
    private readonly Dictionary<OutboxKind, IOutboxCards> _byKind = [];
    private readonly IDbContextFactory<PlanBotDb> _dbFactory;
    private readonly UserPreferences _preferences;

    public OutboxCards(IEnumerable<IOutboxCards> features, IDbContextFactory<PlanBotDb> dbFactory, UserPreferences preferences)
    {
        (_dbFactory, _preferences) = (dbFactory, preferences);
        foreach (var feature in features)
            foreach (var kind in feature.Kinds)
                if (!_byKind.TryAdd(kind, feature)) throw new InvalidOperationException($"Outbox kind {kind} has two card builders: {_byKind[kind].GetType().Name} and {feature.GetType().Name}.");
        var missing = Enum.GetValues<OutboxKind>().Where(k => !_byKind.ContainsKey(k)).ToList();
        if (missing.Count > 0) throw new InvalidOperationException($"No feature builds the card of outbox kind(s) {string.Join(", ", missing)}.");
    }

    /// <summary>The card to send, or why the message can never be sent (its recipient unknown, its subject removed).</summary>
    public async Task<(OutgoingCard? Card, SendOutcome? GiveUp)> PrepareAsync(OutboxMessage message, CancellationToken ct)
    {
        await using var db = await _dbFactory.CreateDbContextAsync(ct);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserId == message.RecipientUserId, ct);
        var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == message.PlanId, ct);
        if (user is null) return (null, SendOutcome.GiveUp(SendFailure.RecipientUnknown, "no conversation reference for the recipient"));
        if (plan is null) return (null, SendOutcome.GiveUp(SendFailure.Removed, "plan removed"));
        var texts = Texts.For(await _preferences.LanguageOfAsync(message.RecipientUserId, ct));
        var card = await _byKind[message.Kind].CardForAsync(message, plan, texts, ct);
        if (card is null) return (null, SendOutcome.GiveUp(SendFailure.Removed, $"the {message.Kind} message's subject was removed"));
        return (new OutgoingCard(message, user, card), null);
    }
}
