using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PlanBot.Core.Assignments;
using PlanBot.Core.Outbox;
using PlanBot.Core.Plans;
using PlanBot.Assignments;
using PlanBot.Data;
using PlanBot.Outbox;

namespace PlanBot.Status;

/// <summary>Where the organizer asked, so the summary of the sending goes back there.</summary>
public sealed record ReplyTo(string ConversationId, string ServiceUrl, string Language);

public sealed record RequestResult(string BatchId, int People, int Units, IReadOnlyList<string> UnitsWithoutPeople);

/// <summary>
/// Turns "request status" into one outbox row per person and unit, written in one transaction
/// before anything is sent. The rows are held back a moment so the organizer's acknowledgement goes
/// out first; <see cref="ReleaseAsync"/> lets them go at once (and if the process dies before that,
/// they go when the hold ends).
/// </summary>
public sealed class StatusRequests(IDbContextFactory<PlanBotDb> dbFactory, AssignmentWorkflow assignments, TimeProvider clock, OutboxSignal signal)
{
    private static readonly TimeSpan Hold = TimeSpan.FromSeconds(3);

    /// <summary>Lets a request's messages go now that the organizer has been answered.</summary>
    public async Task ReleaseAsync(string batchId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Outbox.Where(m => m.BatchId == batchId && m.State == OutboxState.Pending && m.Attempts == 0)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, now), ct);
        signal.Notify();
    }

    public async Task<RequestResult> RequestAsync(Plan plan, IReadOnlyCollection<int>? unitIds, ReplyTo replyTo, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var batch = string.Create(CultureInfo.InvariantCulture, $"status:{plan.Id}:{now.Ticks}");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var units = plan.Units.Where(u => unitIds is null || unitIds.Contains(u.Id)).OrderBy(u => u.Order).ToList();
        var members = await assignments.MembersOfAsync(plan.TenantId, units.Select(u => u.Name), ct);

        var rows = new List<OutboxMessage>();
        var without = new List<string>();
        foreach (var unit in units)
        {
            var people = members.Where(m => m.UnitKey == UnitMember.KeyOf(unit.Name)).ToList();
            if (people.Count == 0) without.Add(unit.Name);
            rows.AddRange(people.Select(p => OutboxMessage.Pending(OutboxKind.StatusRequest, plan.Id, p.UserId, batch, $"{batch}:{unit.Id}:{p.UserId}", now, unitId: unit.Id, sendAt: now + Hold)));
        }
        db.Outbox.AddRange(rows);
        db.OutboxBatches.Add(new OutboxBatch
        {
            BatchId = batch, PlanId = plan.Id, PlanTitle = plan.Title, ConversationId = replyTo.ConversationId, ServiceUrl = replyTo.ServiceUrl,
            TenantId = plan.TenantId, Language = replyTo.Language, CreatedAt = now,
        });
        await db.SaveChangesAsync(ct);
        return new RequestResult(batch, rows.Select(r => r.RecipientUserId).Distinct().Count(), units.Count - without.Count, without);
    }
}
