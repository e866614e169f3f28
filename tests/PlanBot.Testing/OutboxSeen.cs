using Microsoft.EntityFrameworkCore;
using PlanBot.Core.Outbox;
using PlanBot.Data;

namespace PlanBot.Testing;

/// <summary>The outbox rows, one line each: what a failed wait says it saw.</summary>
public static class OutboxSeen
{
    public static async Task<string> InAsync(PlanBotDb db) => Of(await db.Outbox.AsNoTracking().OrderBy(r => r.Id).ToListAsync());

    public static string Of(IEnumerable<OutboxMessage> seen)
    {
        var rows = seen.ToList();
        var lines = rows.Select(r => $"  #{r.Id} {r.Kind} to {r.RecipientUserId}: {r.State}, attempts {r.Attempts}, next {r.NextAttemptAt:HH:mm:ss.fff}, lease {r.LeaseUntil:HH:mm:ss.fff} {r.LastError}").ToList();
        var states = string.Join(", ", rows.GroupBy(r => r.State).Select(g => $"{g.Count()} {g.Key}"));
        // Hundreds of rows: the counts by state, the first few, then every row past them that was tried more than once or holds an error.
        var shown = lines.Take(20).ToList();
        var odd = rows.Select((r, i) => (r, i)).Where(x => x.i >= 20 && (x.r.Attempts > 1 || x.r.LastError != null)).Select(x => lines[x.i]).ToList();
        var rest = lines.Count - shown.Count - odd.Count;
        return $"{lines.Count} rows ({states}) at {DateTime.UtcNow:HH:mm:ss.fff} UTC\n" + string.Join("\n", shown.Concat(odd)) + (rest > 0 ? $"\n  … and {rest} more tried once without an error" : "");
    }
}
