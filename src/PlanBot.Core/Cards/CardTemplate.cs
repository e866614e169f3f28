using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PlanBot.Core.Cards;

/// <summary>
/// Expands an Adaptive Card template written in the Adaptive Cards templating language, for the
/// subset PlanBot's cards use: <c>${expression}</c> in strings (a lone expression keeps its type),
/// <c>$data</c> (an array repeats the element, an object rebinds it), <c>$when</c> (kept only when it
/// evaluates to true), <c>$root</c>, <c>$index</c>, and the functions in <see cref="CardExpression"/>.
/// Tests check every template in cards/ against the official JavaScript engine (adaptivecards-templating).
/// </summary>
public sealed partial class CardTemplate(JsonNode template)
{
    public static CardTemplate Parse(string json) =>
        new(JsonNode.Parse(json) ?? throw new FormatException("The card template is empty."));

    public JsonNode Expand(JsonNode? data)
    {
        var root = new Scope(data, data, null);
        return Expand(template, root).SingleOrDefault() ?? throw new FormatException("The card template expanded to nothing.");
    }

    // Every node this returns is new and has no parent (template literals and data values are cloned where they are
    // read), so parents adopt them as they are: cloning again at each level copied a card once per level of nesting.
    private static IEnumerable<JsonNode?> Expand(JsonNode? node, Scope scope) => node switch
    {
        JsonObject o => ExpandObject(o, scope),
        JsonArray a => [new JsonArray(a.SelectMany(item => Expand(item, scope)).ToArray())],
        JsonValue v when v.GetValueKind() == JsonValueKind.String => [ExpandString(v.GetValue<string>(), scope)],
        _ => [node?.DeepClone()],
    };

    private static IEnumerable<JsonNode?> ExpandObject(JsonObject o, Scope scope)
    {
        if (o.TryGetPropertyValue("$data", out var dataNode))
        {
            var bound = CardValue.FromNode(dataNode) is string expr && TemplateString.Of(expr).Lone is { } lone
                ? CardExpression.Evaluate(lone, scope)
                : CardValue.FromNode(dataNode);
            if (bound is JsonArray items)
            {
                for (var i = 0; i < items.Count; i++)
                    foreach (var n in ExpandBound(o, new Scope(items[i], scope.Root, i))) yield return n;
                yield break;
            }
            foreach (var n in ExpandBound(o, new Scope(CardValue.ToNode(bound), scope.Root, scope.Index))) yield return n;
            yield break;
        }
        foreach (var n in ExpandBound(o, scope)) yield return n;
    }

    private static IEnumerable<JsonNode?> ExpandBound(JsonObject o, Scope scope)
    {
        if (o.TryGetPropertyValue("$when", out var when))
        {
            var keep = CardValue.FromNode(when) is string w && TemplateString.Of(w).Lone is { } lone
                       && CardExpression.Evaluate(lone, scope) is true;
            if (!keep) yield break;
        }
        var result = new JsonObject();
        foreach (var (key, value) in o)
        {
            if (key is "$data" or "$when") continue;
            result[key] = Expand(value, scope).SingleOrDefault();
        }
        yield return result;
    }

    private static JsonNode? ExpandString(string s, Scope scope)
    {
        var parsed = TemplateString.Of(s);
        if (parsed.Lone is { } lone)
        {
            var value = CardExpression.Evaluate(lone, scope);
            return value is CardValue.Undefined ? JsonValue.Create(s) : CardValue.ToNode(value);
        }
        if (parsed.Parts is not { } parts) return JsonValue.Create(s);
        var text = new System.Text.StringBuilder(s.Length + 32);
        foreach (var (literal, expression) in parts)
        {
            if (expression is null) { text.Append(literal); continue; }
            var value = CardExpression.Evaluate(expression, scope);
            text.Append(value is CardValue.Undefined ? literal : CardValue.ToText(value));
        }
        return JsonValue.Create(text.ToString());
    }

    /// <summary>A template string split once into literal text and expressions (templates are few; cards are many).</summary>
    private sealed record TemplateString(string? Lone, IReadOnlyList<(string Literal, string? Expression)>? Parts)
    {
        private static readonly ConcurrentDictionary<string, TemplateString> Cache = new(StringComparer.Ordinal);

        public static TemplateString Of(string s) => Cache.TryGetValue(s, out var known) ? known : Cache.GetOrAdd(s, Split);

        private static TemplateString Split(string s)
        {
            if (!s.Contains("${", StringComparison.Ordinal)) return new(null, null);
            if (LoneExpression().Match(s) is { Success: true } lone) return new(lone.Groups[1].Value, null);
            var parts = new List<(string, string?)>();
            var at = 0;
            foreach (Match m in Interpolation().Matches(s))
            {
                if (m.Index > at) parts.Add((s[at..m.Index], null));
                parts.Add((m.Value, m.Groups[1].Value)); // the literal is what stays when the expression is undefined
                at = m.Index + m.Length;
            }
            if (at < s.Length) parts.Add((s[at..], null));
            return new(null, parts);
        }
    }

    [GeneratedRegex(@"^\$\{((?:[^{}""']|""[^""]*""|'[^']*')*)\}$")]
    private static partial Regex LoneExpression();

    [GeneratedRegex(@"\$\{((?:[^{}""']|""[^""]*""|'[^']*')*)\}")]
    private static partial Regex Interpolation();
}

/// <summary>The data an expression sees: the current <c>$data</c>, <c>$root</c> and <c>$index</c>.</summary>
internal sealed record Scope(JsonNode? Data, JsonNode? Root, int? Index);

/// <summary>Values while evaluating: null, bool, double, string, JsonArray, JsonObject, or <see cref="Undefined"/>.</summary>
internal static class CardValue
{
    public sealed class Undefined
    {
        public static readonly Undefined Instance = new();
    }

    public static object? FromNode(JsonNode? node) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null => null,
        JsonValueKind.Array or JsonValueKind.Object => node,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => node.GetValue<string>(),
        JsonValueKind.Number => node.GetValue<double>(),
        _ => Undefined.Instance,
    };

    public static JsonNode? ToNode(object? value) => value switch
    {
        null or Undefined => null,
        JsonNode n => n.DeepClone(),
        bool b => JsonValue.Create(b),
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => JsonValue.Create((long)d),
        double d => JsonValue.Create(d),
        string s => JsonValue.Create(s),
        _ => throw new FormatException($"A card expression produced an unsupported value ({value.GetType().Name})."),
    };

    public static string ToText(object? value) => value switch
    {
        null => throw new FormatException("A card expression inside text evaluated to null; card data must not hold nulls."),
        bool b => b ? "true" : "false",
        double d => d.ToString(CultureInfo.InvariantCulture),
        string s => s,
        JsonNode n => n.ToJsonString(),
        _ => value.ToString() ?? "",
    };

    /// <summary>Adaptive Expressions truth: everything but false, null and undefined is true.</summary>
    public static bool IsTrue(object? value) => value is not (null or false or Undefined);
}
