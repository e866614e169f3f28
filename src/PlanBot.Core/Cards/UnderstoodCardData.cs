using PlanBot.Core.Localization;
using PlanBot.Core.Plans;

namespace PlanBot.Core.Cards;

/// <summary>The understood card (cards/plan-understood.json): what PlanBot read from a plan, before it is saved.</summary>
public static class UnderstoodCardData
{
    // How much of a large plan the card shows: Teams refuses messages over about 100 KB (see CardData); these keep it
    // within 80 KB at 120 units and 1,000 tasks (CardSizeTests, the "cards" benchmark).
    public const int UnderstoodExpandable = 20;
    public const int UnderstoodTaskLines = 60;
    public const int UnderstoodOtherUnitsChars = 5_000;
    public const int NotUnderstoodShown = 15;

    /// <param name="opened">How many of the first units open to their tasks (<see cref="UnderstoodExpandable"/> unless the card would not fit).</param>
    public static object Understood(PlanDocument doc, Guid draftId, Texts t, int opened = UnderstoodExpandable)
    {
        var facts = new List<object>();
        void Fact(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) facts.Add(new { label, value });
        }
        Fact(t.FieldNumber, doc.Number);
        Fact(t.FieldIssuer, doc.Issuer);
        Fact(t.FieldIssued, Issued(doc.IssuePlace, doc.IssueDate?.ToString()));
        Fact(t.FieldEventTime, CardData.EventText(doc.Event, t) ?? t.NotStated);
        Fact(t.FieldVenue, doc.Venue ?? t.NotStated);
        // Units are collapsed to their names and counts; the first ones open to their tasks, sharing one budget of lines.
        var expandable = doc.Units.Take(opened).ToList();
        var linesPerUnit = Math.Max(2, UnderstoodTaskLines / Math.Max(1, expandable.Count));
        var (participants, moreParticipants) = CardText.Capped(doc.Participants, CardData.ListShown, t.MoreLines);
        var (recipients, moreRecipients) = CardText.Capped(doc.Recipients, CardData.ListShown, t.MoreLines);
        var (notUnderstood, moreNotUnderstood) = CardText.Capped(doc.NotUnderstood, NotUnderstoodShown, t.MoreLines);
        var (otherUnits, moreOtherUnits) = OtherUnits([.. doc.Units.Skip(opened)], t);
        return new
        {
            t,
            draftId = draftId.ToString(),
            title = doc.Title,
            facts,
            participants = participants.Select(p => new { text = CardText.Shorten(p, CardData.TaskTextMax) }),
            moreParticipants,
            counts = t.PlanCounts(doc.TaskCount, doc.Units.Count),
            expandHint = expandable.Count > 0 && doc.TaskCount > ExpandedUpTo ? t.UnderstoodExpandHint : "",
            units = expandable.Select((u, i) =>
            {
                var (tasks, more) = CardText.Capped(u.Tasks, linesPerUnit, t.MoreTasks);
                return new
                {
                    toggleId = $"unit-{i + 1}",
                    name = CardText.Shorten(u.Unit, CardData.UnitNameMax),
                    count = t.TaskCount(u.Tasks.Count),
                    expanded = doc.TaskCount <= ExpandedUpTo,
                    tasks = tasks.Select((task, j) => new { number = j + 1, text = UnderstoodTaskText(task, t) }),
                    more,
                };
            }),
            otherUnits,
            moreOtherUnits,
            notUnderstood = notUnderstood.Select(line => new { text = CardText.Shorten(line, CardData.TaskTextMax) }),
            moreNotUnderstood,
            recipients = recipients.Select(r => new { text = CardText.Shorten(r, CardData.TaskTextMax) }),
            moreRecipients,
            signer = doc.Signer is { } s ? string.Join(", ", new[] { s.Title, s.Name }.Where(x => !string.IsNullOrEmpty(x))) : "",
            eventDate = doc.Event?.StartDate is { } d ? EventSchedule.Date(d) : "",
            startTime = doc.Event?.StartTime is { } st ? EventSchedule.Time(st) : "",
            venue = doc.Venue ?? "",
        };
    }

    /// <summary>
    /// The units after the expandable ones, named with their task counts while their names fit a budget of characters
    /// (a province's 300 communes would not fit a card), the rest counted: once saved, the plan page lists them all.
    /// </summary>
    private static (List<object> Shown, string More) OtherUnits(List<UnitTasks> units, Texts t)
    {
        const int rowChars = 30; // a fact's JSON around the name and its count
        var shown = new List<object>();
        var used = 0;
        foreach (var unit in units)
        {
            var name = CardText.Shorten(unit.Unit, CardData.UnitNameMax);
            used += name.Length + rowChars;
            if (used > UnderstoodOtherUnitsChars) break;
            shown.Add(new { name, count = t.TaskCount(unit.Tasks.Count) });
        }
        return (shown, shown.Count < units.Count ? t.MoreUnitsOnPlanPage(units.Count - shown.Count) : "");
    }

    /// <summary>A plan this small shows its tasks open; a larger one opens unit by unit.</summary>
    private const int ExpandedUpTo = 20;

    private static string UnderstoodTaskText(PlanTaskItem task, Texts t)
    {
        var text = CardData.TaskText(CardText.Shorten(task.Description, CardData.TaskTextMax), task.DueDate, t);
        if (task.Recurring) text += $" ({t.Recurring})";
        if (task.Coordinating.Count > 0) text += " · " + t.CoordinatingWith(CardText.Shorten(string.Join(", ", task.Coordinating), 120));
        return text;
    }

    private static string? Issued(string? place, string? date) =>
        string.Join(", ", new[] { place, date }.Where(s => !string.IsNullOrEmpty(s))) is { Length: > 0 } s ? s : null;
}
