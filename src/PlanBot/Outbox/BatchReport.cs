using PlanBot.Core.Localization;
using PlanBot.Core.Outbox;

namespace PlanBot.Outbox;

/// <summary>"Status cards sent to 198/200 people. Not sent: Name – reason", in the organizer's language.</summary>
public sealed class BatchReport : IBatchReport
{
    public string Summarize(OutboxBatch batch, IReadOnlyList<OutboxMessage> messages, IReadOnlyDictionary<string, string> names)
    {
        var t = Texts.For(LanguageCodes.Parse(batch.Language) ?? Language.Vi);
        var people = messages.GroupBy(m => m.RecipientUserId).ToList();
        var reached = people.Count(g => g.All(m => m.State == OutboxState.Sent));
        var text = t.BatchSummary(batch.PlanTitle, reached, people.Count);
        var failed = messages.Where(m => m.State == OutboxState.Failed).ToList();
        if (failed.Count == 0) return text;
        // The reason in the organizer's words; the technical detail stays in the log.
        var lines = failed.Select(m => $"- {names.GetValueOrDefault(m.RecipientUserId, m.RecipientUserId)}: {t.SendFailed(SendFailures.Of(m.LastError))}");
        return $"{text}\n\n{t.BatchFailures}\n{string.Join("\n", lines)}";
    }
}
