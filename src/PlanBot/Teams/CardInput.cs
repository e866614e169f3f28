using System.Globalization;
using Newtonsoft.Json.Linq;

namespace PlanBot.Teams;

/// <summary>
/// The data of a card submission. It is under the client's control: every accessor returns null for a missing
/// or wrongly typed value instead of throwing, and each feature checks what it reads.
/// </summary>
public sealed class CardInput(JObject data)
{
    public static CardInput Empty { get; } = new([]);

    /// <summary>A string field; null when missing or not a string.</summary>
    public string? Text(string name) => data[name]?.Type == JTokenType.String ? data.Value<string>(name) : null;

    /// <summary>An id: a non-negative integer given as a number or a string.</summary>
    public int? Id(string name) =>
        Scalar(name) is { } s && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>A finite number given as a number or a string.</summary>
    public double? Number(string name) =>
        Scalar(name) is { } s && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) ? n : null;

    /// <summary>A UTC instant given as its ticks.</summary>
    public DateTime? UtcTicks(string name) =>
        Scalar(name) is { } s && long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var t)
            && t > DateTime.MinValue.Ticks && t < DateTime.MaxValue.Ticks ? new DateTime(t, DateTimeKind.Utc) : null;

    /// <summary>A list typed into one field (ids or addresses, with commas, semicolons or spaces between); at most 50, no repeats.</summary>
    public List<string> List(string name) =>
        (Text(name) ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(50).ToList();

    public IEnumerable<string> Names => data.Properties().Select(p => p.Name);

    /// <summary>
    /// The fields whose names pass <paramref name="include"/>, as text: a scalar as its invariant text, null as null,
    /// anything else (an object, an array) as "\0", which no check accepts.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Fields(Func<string, bool> include) =>
        data.Properties().Where(p => include(p.Name)).ToDictionary(
            p => p.Name,
            p => p.Value is JValue { Value: not null } v ? Convert.ToString(v.Value, CultureInfo.InvariantCulture) : p.Value.Type == JTokenType.Null ? null : "\u0000",
            StringComparer.Ordinal);

    private string? Scalar(string name) =>
        data[name] is JValue { Value: not null } v ? Convert.ToString(v.Value, CultureInfo.InvariantCulture) : null;
}
