using System.Globalization;
using System.Text.Json;
using PlanBot.Core.Plans;

namespace PlanBot.Tests.Import;

/// <summary>
/// Field-level precision and recall of the importer over the plan corpus: every field value
/// (and every participant, unit, task, due date and recipient) is one item, expected or extracted.
/// </summary>
public sealed class PlanCorpusScore
{
    public Dictionary<string, (int Correct, int Extracted, int Expected)> Fields { get; } = new(StringComparer.Ordinal);
    public List<string> Misses { get; } = [];

    public double Precision => Ratio(Fields.Values.Sum(f => f.Correct), Fields.Values.Sum(f => f.Extracted));
    public double Recall => Ratio(Fields.Values.Sum(f => f.Correct), Fields.Values.Sum(f => f.Expected));

    public static string CorpusFolder => Path.Combine(AppContext.BaseDirectory, "PlanCorpus");

    /// <summary>The tuning corpus: the plans directly in the folder, never the held-out ones under <c>holdout/</c>.</summary>
    public static IEnumerable<string> PlanFiles => Directory.GetFiles(CorpusFolder, "*.txt", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal);

    public static string HoldoutFolder => Path.Combine(CorpusFolder, "holdout");

    /// <summary>Plans written last and never tuned on; empty when the folder is not there.</summary>
    public static IEnumerable<string> HoldoutFiles => Directory.Exists(HoldoutFolder)
        ? Directory.GetFiles(HoldoutFolder, "*.txt", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal)
        : [];

    public void Add(string name, JsonElement expected, PlanDocument? actual)
    {
        foreach (var (field, want) in Items(expected))
        {
            var got = actual is null ? [] : Items(actual).Where(i => i.Field == field).Select(i => i.Value).ToList();
            Count(name, field, [.. want], got);
        }
    }

    private void Count(string plan, string field, List<string> expected, List<string> extracted)
    {
        var remaining = expected.Select(Normalize).ToList();
        var correct = 0;
        foreach (var value in extracted.Select(Normalize))
        {
            if (remaining.Remove(value)) correct++;
            else Misses.Add($"{plan} {field}: extracted '{value}'");
        }
        Misses.AddRange(remaining.Select(r => $"{plan} {field}: missed '{r}'"));
        var f = Fields.GetValueOrDefault(field);
        Fields[field] = (f.Correct + correct, f.Extracted + extracted.Count, f.Expected + expected.Count);
    }

    public string Report()
    {
        var lines = Fields.OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => string.Create(CultureInfo.InvariantCulture,
                $"{f.Key,-14} precision {Ratio(f.Value.Correct, f.Value.Extracted),6:P1}  recall {Ratio(f.Value.Correct, f.Value.Expected),6:P1}  ({f.Value.Correct}/{f.Value.Extracted} extracted, {f.Value.Expected} expected)"));
        return string.Join('\n', lines.Append(string.Create(CultureInfo.InvariantCulture, $"{"ALL",-14} precision {Precision,6:P1}  recall {Recall,6:P1}")));
    }

    private static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;

    private static string Normalize(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLower(CultureInfo.GetCultureInfo("vi-VN"));

    private static Dictionary<string, List<string>> Items(JsonElement e)
    {
        var items = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string field, string? value)
        {
            if (string.IsNullOrEmpty(value)) return;
            if (!items.TryGetValue(field, out var list)) items[field] = list = [];
            list.Add(value);
        }
        foreach (var p in e.EnumerateObject())
        {
            switch (p.Value.ValueKind)
            {
                case JsonValueKind.String: Add(p.Name, p.Value.GetString()); break;
                case JsonValueKind.Number: Add(p.Name, p.Value.GetRawText()); break;
                case JsonValueKind.True: Add(p.Name, "true"); break;
                case JsonValueKind.False: items.TryAdd(p.Name, []); break;
                case JsonValueKind.Array:
                    items.TryAdd(p.Name, []);
                    foreach (var v in p.Value.EnumerateArray()) Add(p.Name, v.GetString());
                    break;
                case JsonValueKind.Object when p.Name == "units":
                    items.TryAdd("units", []);
                    items.TryAdd("tasks", []);
                    foreach (var unit in p.Value.EnumerateObject())
                    {
                        Add("units", unit.Name);
                        foreach (var task in unit.Value.EnumerateArray()) Add("tasks", $"{unit.Name} → {task.GetString()}");
                    }
                    break;
                case JsonValueKind.Object when p.Name == "coordinating":
                    // Each coordinating unit of a task is one item.
                    items.TryAdd("coordinating", []);
                    foreach (var task in p.Value.EnumerateObject())
                        foreach (var unit in task.Value.EnumerateArray()) Add("coordinating", $"{task.Name} → {unit.GetString()}");
                    break;
                case JsonValueKind.Object:
                    items.TryAdd(p.Name, []);
                    foreach (var kv in p.Value.EnumerateObject()) Add(p.Name, $"{kv.Name} → {kv.Value.GetString()}");
                    break;
            }
        }
        // Fields the expectation leaves out are expected empty: anything extracted there counts against precision.
        foreach (var f in new[] { "eventEnd", "startTime", "durationHours", "tentative", "signerTitle" }) items.TryAdd(f, []);
        return items;
    }

    private static IEnumerable<(string Field, string Value)> Items(PlanDocument p)
    {
        (string, string?)[] scalars =
        [
            ("title", p.Title), ("number", p.Number), ("issuer", p.Issuer), ("issuePlace", p.IssuePlace),
            ("issueDate", p.IssueDate?.ToString()), ("eventStart", Date(p.Event?.StartDate)), ("eventEnd", Date(p.Event?.EndDate)),
            ("startTime", p.Event?.StartTime is { } start ? EventSchedule.Time(start) : null),
            ("durationHours", p.Event?.Duration is { } d ? d.TotalHours.ToString(CultureInfo.InvariantCulture) : null),
            ("tentative", p.Event?.Tentative == true ? "true" : null), ("venue", p.Venue),
            ("signerTitle", p.Signer?.Title), ("signerName", p.Signer?.Name),
        ];
        foreach (var (f, v) in scalars)
            if (!string.IsNullOrEmpty(v)) yield return (f, v);
        foreach (var v in p.Participants) yield return ("participants", v);
        foreach (var v in p.Recipients) yield return ("recipients", v);
        foreach (var u in p.Units)
        {
            yield return ("units", u.Unit);
            foreach (var t in u.Tasks)
            {
                yield return ("tasks", $"{u.Unit} → {t.Description}");
                if (t.DueDate is { } due) yield return ("dueDates", $"{t.Description} → {EventSchedule.Date(due)}");
                foreach (var c in t.Coordinating) yield return ("coordinating", $"{t.Description} → {c}");
            }
        }
    }

    private static string? Date(DateOnly? d) => d is { } x ? EventSchedule.Date(x) : null;
}
