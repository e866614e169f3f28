using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanBot.Core.Import;

/// <summary>
/// Word's automatic numbering written out as the marker Word shows: the number is not in the text,
/// only in numbering.xml (the level's format and its text, e.g. "%1." decimal, "%2)" lowerLetter, a bullet).
/// Counters follow Word: a list continues across paragraphs that share its abstract definition, a deeper
/// level restarts when a shallower one advances, and a "restart numbering" instance (startOverride) counts on its own.
/// </summary>
internal sealed class DocxNumbering
{
    private sealed record LevelDef(string Format, string Text, int Start, bool Legal, bool Space);

    private readonly Dictionary<int, (int AbstractId, Dictionary<int, int> StartOverrides)> _instances = [];
    private readonly Dictionary<int, Dictionary<int, LevelDef>> _abstracts = [];
    private readonly Dictionary<string, (int? NumId, int? Level, string? BasedOn)> _styles = [];
    private readonly Dictionary<(int AbstractId, string StyleId), int> _styleLevels = [];
    private readonly Dictionary<string, int[]> _counters = [];

    public DocxNumbering(Numbering? numbering, Styles? styles)
    {
        foreach (var style in styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is not { } id) continue;
            var numPr = style.StyleParagraphProperties?.NumberingProperties;
            _styles[id] = (numPr?.NumberingId?.Val?.Value, numPr?.NumberingLevelReference?.Val?.Value, style.BasedOn?.Val?.Value);
        }
        if (numbering is null) return;
        foreach (var definition in numbering.Elements<AbstractNum>())
        {
            if (definition.AbstractNumberId?.Value is not { } abstractId) continue;
            var levels = new Dictionary<int, LevelDef>();
            foreach (var level in definition.Elements<Level>())
            {
                var index = level.LevelIndex?.Value ?? 0;
                var format = level.NumberingFormat?.Val?.HasValue == true ? ((IEnumValue)level.NumberingFormat.Val.Value).Value : "decimal";
                var space = level.LevelSuffix?.Val?.HasValue != true || ((IEnumValue)level.LevelSuffix.Val.Value).Value != "nothing";
                levels[index] = new LevelDef(format, level.LevelText?.Val?.Value ?? "", level.StartNumberingValue?.Val?.Value ?? 1, level.IsLegalNumberingStyle is not null && level.IsLegalNumberingStyle.Val?.Value != false, space);
                if (level.ParagraphStyleIdInLevel?.Val?.Value is { } styleId) _styleLevels[(abstractId, styleId)] = index;
            }
            _abstracts[abstractId] = levels;
        }
        foreach (var instance in numbering.Elements<NumberingInstance>())
        {
            if (instance.NumberID?.Value is not { } numId || instance.AbstractNumId?.Val?.Value is not { } abstractId) continue;
            var overrides = new Dictionary<int, int>();
            foreach (var o in instance.Elements<LevelOverride>())
                if (o.StartOverrideNumberingValue?.Val?.Value is { } start) overrides[o.LevelIndex?.Value ?? 0] = start;
            _instances[numId] = (abstractId, overrides);
        }
    }

    /// <summary>The marker Word shows before the paragraph ("1. ", "a) ", "- "), or "" for an unnumbered one; advances the counters.</summary>
    public string Prefix(Paragraph p)
    {
        var (numId, level) = NumberingOf(p);
        if (numId is not { } id || id == 0 || !_instances.TryGetValue(id, out var instance) || !_abstracts.TryGetValue(instance.AbstractId, out var levels)) return "";
        var lvl = Math.Clamp(level ?? 0, 0, 8);
        if (!levels.TryGetValue(lvl, out var def)) return "";
        if (def.Format == "none") return "";
        if (def.Format == "bullet") return Bullet(def.Text);

        // A restarted list (startOverride) counts on its own; otherwise every instance of the definition continues it.
        var key = instance.StartOverrides.Count > 0 ? "n" + id.ToString(CultureInfo.InvariantCulture) : "a" + instance.AbstractId.ToString(CultureInfo.InvariantCulture);
        if (!_counters.TryGetValue(key, out var counters))
        {
            counters = _counters[key] = new int[9];
            Array.Fill(counters, int.MinValue);
        }
        counters[lvl] = counters[lvl] == int.MinValue ? StartOf(instance.StartOverrides, levels, lvl) : counters[lvl] + 1;
        for (var deeper = lvl + 1; deeper < 9; deeper++) counters[deeper] = int.MinValue;

        var text = def.Text;
        for (var n = 1; n <= 9; n++)
        {
            var token = "%" + n.ToString(CultureInfo.InvariantCulture);
            if (!text.Contains(token, StringComparison.Ordinal)) continue;
            var at = n - 1;
            var value = counters[at] == int.MinValue ? StartOf(instance.StartOverrides, levels, at) : counters[at];
            var format = def.Legal || !levels.TryGetValue(at, out var other) ? "decimal" : other.Format;
            text = text.Replace(token, Format(value, format), StringComparison.Ordinal);
        }
        text = text.Trim();
        return text.Length == 0 ? "" : def.Space ? text + " " : text;
    }

    private static int StartOf(Dictionary<int, int> overrides, Dictionary<int, LevelDef> levels, int level) =>
        overrides.TryGetValue(level, out var start) ? start : levels.TryGetValue(level, out var def) ? def.Start : 1;

    /// <summary>The paragraph's own numbering, else the one its style (or a style it is based on) carries.</summary>
    private (int? NumId, int? Level) NumberingOf(Paragraph p)
    {
        var props = p.ParagraphProperties;
        int? numId = props?.NumberingProperties?.NumberingId?.Val?.Value;
        int? level = props?.NumberingProperties?.NumberingLevelReference?.Val?.Value;
        var styleId = props?.ParagraphStyleId?.Val?.Value;
        for (var depth = 0; styleId is not null && depth < 10 && (numId is null || level is null) && _styles.TryGetValue(styleId, out var style); depth++)
        {
            if (numId is null && style.NumId is { } styleNum)
            {
                numId = styleNum;
                if (level is null && _instances.TryGetValue(styleNum, out var instance) && _styleLevels.TryGetValue((instance.AbstractId, styleId), out var styleLevel)) level = styleLevel;
            }
            level ??= style.Level;
            styleId = style.BasedOn;
        }
        return (numId, level);
    }

    /// <summary>Bullets come out as the typed markers plans use: "+" stays "+", every other symbol (•, , –, o, §) is "-".</summary>
    private static string Bullet(string symbol) => symbol.Trim() == "+" ? "+ " : "- ";

    private static string Format(int n, string format) => format switch
    {
        "decimalZero" => n.ToString("00", CultureInfo.InvariantCulture),
        "lowerLetter" => Letters(n, 'a'),
        "upperLetter" => Letters(n, 'A'),
        "lowerRoman" => Roman(n).ToLowerInvariant(),
        "upperRoman" => Roman(n),
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Word's letters: a … z, then aa … zz.</summary>
    private static string Letters(int n, char first) =>
        n < 1 ? n.ToString(CultureInfo.InvariantCulture) : new string((char)(first + (n - 1) % 26), (n - 1) / 26 + 1);

    private static string Roman(int n)
    {
        if (n is < 1 or > 3999) return n.ToString(CultureInfo.InvariantCulture);
        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < values.Length; i++)
            for (; n >= values[i]; n -= values[i]) sb.Append(symbols[i]);
        return sb.ToString();
    }
}
