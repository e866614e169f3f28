using Microsoft.EntityFrameworkCore;
using PlanBot.Core.Outbox;
using PlanBot.Data;

namespace PlanBot.Testing;

/// <summary>The outbox rows, one line each: what a failed wait says it saw.</summary>
public static class OutboxSeen
{
    public static async Task<string> InAsync(PlanBotDb db) => Of(await db.Outbox.AsNoTracking().OrderBy(r => r.Id).ToListAsync());

    public static string Of(IEnumerable<OutboxMessage> rows)
    {
        var lines = rows.Select(r => $"  #{r.Id} {r.Kind} to {r.RecipientUserId}: {r.State}, attempts {r.Attempts}, next {r.NextAttemptAt:HH:mm:ss.fff}, lease {r.LeaseUntil:HH:mm:ss.fff} {r.LastError}").ToList();
        // Hundreds of rows: the counts by state, then the first few.
        var states = string.Join(", ", rows.GroupBy(r => r.State).Select(g => $"{g.Count()} {g.Key}"));
        return $"{lines.Count} rows ({states}) at {DateTime.UtcNow:HH:mm:ss.fff} UTC\n" + string.Join("\n", lines.Take(20)) + (lines.Count > 20 ? "\n  …" : "");
    }
}
