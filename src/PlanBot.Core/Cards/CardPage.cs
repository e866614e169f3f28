using PlanBot.Core.Localization;

namespace PlanBot.Core.Cards;

/// <summary>
/// One page of a long list on a card (units of a plan, tasks of a unit). Pages are numbered from 1 as people count
/// them; a number out of range (an old card, a tampered button) shows the nearest page.
/// </summary>
public readonly record struct CardPage(int Number, int Count, int Size, int Total)
{
    public static CardPage Of(int total, int size, int requested)
    {
        var count = Math.Max(1, (total + size - 1) / size);
        return new(Math.Clamp(requested, 1, count), count, size, total);
    }

    public int Skip => (Number - 1) * Size;

    public IEnumerable<T> Slice<T>(IEnumerable<T> items) => items.Skip(Skip).Take(Size);

    /// <summary>What the card template reads: the page, its neighbours (0 = none) and its label.</summary>
    public object View(Texts t, Func<int, int, int, string> range) => new
    {
        number = Number,
        count = Count,
        previous = Number > 1 ? Number - 1 : 0,
        next = Number < Count ? Number + 1 : 0,
        label = Count > 1 ? $"{range(Skip + 1, Math.Min(Skip + Size, Total), Total)} · {t.PageOf(Number, Count)}" : "",
    };
}

/// <summary>Text shortened for a card line: whole words where possible, marked with "…" when cut.</summary>
public static class CardText
{
    public static string Shorten(string? text, int max)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var flat = text.ReplaceLineEndings(" ").Trim();
        if (flat.Length <= max) return flat;
        var cut = flat.LastIndexOf(' ', max - 1, Math.Min(max - 1, 30));
        return flat[..(cut > 0 ? cut : max - 1)].TrimEnd(' ', ',', ';', '.') + "…";
    }

    /// <summary>The first <paramref name="max"/> items, and a line naming how many more there are ("" when none).</summary>
    public static (List<T> Shown, string More) Capped<T>(IReadOnlyCollection<T> items, int max, Func<int, string> more) =>
        items.Count <= max ? (items.ToList(), "") : (items.Take(max).ToList(), more(items.Count - max));
}
