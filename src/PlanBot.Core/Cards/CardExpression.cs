using System.Globalization;
using System.Text.Json.Nodes;

namespace PlanBot.Core.Cards;

/// <summary>
/// Evaluates the Adaptive Expressions subset PlanBot's card templates use: paths (<c>a.b[0]</c>,
/// <c>$root</c>, <c>$index</c>), literals, <c>! == != &lt; &lt;= &gt; &gt;= &amp;&amp; ||</c>, and the
/// functions count, if, equals, not, and, or, empty, exists, join, concat. Anything else is an error
/// at expansion, which the template tests catch.
/// </summary>
internal sealed class CardExpression
{
    private readonly string _text;
    private readonly Scope _scope;
    private int _pos;

    private CardExpression(string text, Scope scope) => (_text, _scope) = (text, scope);

    public static object? Evaluate(string text, Scope scope)
    {
        var parser = new CardExpression(text, scope);
        var value = parser.Or();
        parser.SkipSpace();
        if (parser._pos != text.Length) throw parser.Error("unexpected text");
        return value;
    }

    private object? Or()
    {
        var left = And();
        while (Take("||")) { var right = And(); left = CardValue.IsTrue(left) || CardValue.IsTrue(right); }
        return left;
    }

    private object? And()
    {
        var left = Comparison();
        while (Take("&&")) { var right = Comparison(); left = CardValue.IsTrue(left) && CardValue.IsTrue(right); }
        return left;
    }

    private static readonly string[] ComparisonOperators = ["==", "!=", ">=", "<=", ">", "<"];

    private object? Comparison()
    {
        var left = Unary();
        foreach (var op in ComparisonOperators)
        {
            if (!Take(op)) continue;
            var right = Unary();
            return op switch
            {
                "==" => AreEqual(left, right),
                "!=" => !AreEqual(left, right),
                _ => Compare(left, right, op),
            };
        }
        return left;
    }

    private object? Unary()
    {
        if (Take("!")) return !CardValue.IsTrue(Unary());
        return Postfix();
    }

    private object? Postfix()
    {
        var value = Primary();
        while (true)
        {
            if (Take("."))
                value = Member(value, Identifier());
            else if (Take("["))
            {
                var index = Or();
                Expect("]");
                value = value is JsonArray a && index is double d && d >= 0 && d < a.Count ? CardValue.FromNode(a[(int)d]) : Member(value, index as string ?? "");
            }
            else return value;
        }
    }

    private object? Primary()
    {
        SkipSpace();
        if (_pos >= _text.Length) throw Error("expression ends early");
        var c = _text[_pos];
        if (c == '(')
        {
            _pos++;
            var inner = Or();
            Expect(")");
            return inner;
        }
        if (c is '"' or '\'')
        {
            var end = _text.IndexOf(c, _pos + 1);
            if (end < 0) throw Error("unterminated string");
            var s = _text[(_pos + 1)..end];
            _pos = end + 1;
            return s;
        }
        if (char.IsDigit(c) || (c == '-' && _pos + 1 < _text.Length && char.IsDigit(_text[_pos + 1])))
        {
            var start = _pos++;
            while (_pos < _text.Length && (char.IsDigit(_text[_pos]) || _text[_pos] == '.')) _pos++;
            return double.Parse(_text[start.._pos], CultureInfo.InvariantCulture);
        }
        var name = Identifier();
        SkipSpace();
        if (_pos < _text.Length && _text[_pos] == '(') return Call(name);
        return name switch
        {
            "true" => true,
            "false" => false,
            "null" => null,
            "$root" => CardValue.FromNode(_scope.Root),
            "$data" => CardValue.FromNode(_scope.Data),
            "$index" => _scope.Index is { } i ? (double)i : CardValue.Undefined.Instance,
            _ => Member(CardValue.FromNode(_scope.Data), name),
        };
    }

    private object? Call(string name)
    {
        Expect("(");
        var args = new List<object?>();
        if (!Take(")"))
        {
            do args.Add(Or()); while (Take(","));
            Expect(")");
        }
        return (name, args.Count) switch
        {
            ("count", 1) => args[0] switch { JsonArray a => a.Count, string s => s.Length, _ => throw Error("count needs a list") },
            ("if", 3) => CardValue.IsTrue(args[0]) ? args[1] : args[2],
            ("equals", 2) => AreEqual(args[0], args[1]),
            ("not", 1) => !CardValue.IsTrue(args[0]),
            ("and", >= 2) => args.All(CardValue.IsTrue),
            ("or", >= 2) => args.Any(CardValue.IsTrue),
            ("empty", 1) => args[0] switch { null or CardValue.Undefined => true, string s => s.Length == 0, JsonArray a => a.Count == 0, JsonObject o => o.Count == 0, _ => false },
            ("exists", 1) => args[0] is not (null or CardValue.Undefined),
            ("join", 2) when args[0] is JsonArray a && args[1] is string sep => string.Join(sep, a.Select(n => CardValue.ToText(CardValue.FromNode(n)))),
            ("concat", >= 1) => string.Concat(args.Select(CardValue.ToText)),
            _ => throw Error($"unsupported function {name} with {args.Count} arguments"),
        } switch
        {
            int n => (double)n,
            var v => v,
        };
    }

    private static object? Member(object? value, string name) =>
        value is JsonObject o && o.TryGetPropertyValue(name, out var node) ? CardValue.FromNode(node) : CardValue.Undefined.Instance;

    private static bool AreEqual(object? a, object? b) => (a, b) switch
    {
        (null or CardValue.Undefined, null or CardValue.Undefined) => true,
        (double x, double y) => x == y,
        (string x, string y) => string.Equals(x, y, StringComparison.Ordinal),
        (bool x, bool y) => x == y,
        _ => false,
    };

    private bool Compare(object? a, object? b, string op)
    {
        if (a is not double x || b is not double y) throw Error($"'{op}' compares numbers only");
        return op switch { ">" => x > y, "<" => x < y, ">=" => x >= y, _ => x <= y };
    }

    private string Identifier()
    {
        SkipSpace();
        var start = _pos;
        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] is '_' or '$')) _pos++;
        if (start == _pos) throw Error("name expected");
        return _text[start.._pos];
    }

    private bool Take(string token)
    {
        SkipSpace();
        if (string.CompareOrdinal(_text, _pos, token, 0, token.Length) != 0) return false;
        // "!" must not swallow the start of "!=", nor ">" the start of ">=".
        if (token is "!" or ">" or "<" && _pos + 1 < _text.Length && _text[_pos + 1] == '=') return false;
        _pos += token.Length;
        return true;
    }

    private void Expect(string token)
    {
        if (!Take(token)) throw Error($"'{token}' expected");
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos])) _pos++;
    }

    private FormatException Error(string what) => new($"Card expression '{_text}': {what} at {_pos}.");
}
