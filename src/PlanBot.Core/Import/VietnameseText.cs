using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PlanBot.Core.Import;

/// <summary>Text helpers for matching Vietnamese headings regardless of diacritics and case.</summary>
public static partial class VietnameseText
{
    /// <summary>Lower case, no diacritics, đ → d, runs of whitespace → one space.</summary>
    public static string Fold(string text)
    {
        var decomposed = WellFormed(text).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c switch { 'đ' or 'Đ' => 'd', _ => char.ToLowerInvariant(c) });
        }
        return Spaces().Replace(sb.ToString(), " ").Trim();
    }

    /// <summary>
    /// The text without lone surrogates (half a character, left by a truncated paste or file): string normalization
    /// refuses them, and the half character means nothing to a reader.
    /// </summary>
    public static string WellFormed(string text)
    {
        if (!text.Any(char.IsSurrogate)) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) sb.Append(text[i]).Append(text[++i]);
            else if (!char.IsSurrogate(text[i])) sb.Append(text[i]);
        }
        return sb.ToString();
    }

    /// <summary>Collapses whitespace and trims the list punctuation plans put at the end of items (";", ".", ",").</summary>
    public static string CleanItem(string text)
    {
        var s = Spaces().Replace(text, " ").Trim();
        while (s.Length > 0 && (s[^1] is ';' or ',' or ':' || (s[^1] == '.' && !s.EndsWith("..", StringComparison.Ordinal))))
            s = s[..^1].TrimEnd();
        if (s.EndsWith("./.", StringComparison.Ordinal)) s = s[..^3].TrimEnd();
        else if (s.EndsWith("./", StringComparison.Ordinal)) s = s[..^2].TrimEnd();
        return s;
    }

    /// <summary>Upper-cases the first letter ("phối hợp …" → "Phối hợp …").</summary>
    public static string Capitalize(string s) =>
        s.Length == 0 ? s : string.Concat(char.ToUpper(s[0], CultureInfo.GetCultureInfo("vi-VN")).ToString(), s.AsSpan(1));

    /// <summary>True when every letter is upper case (headings, signer titles).</summary>
    public static bool IsUpper(string s)
    {
        var letters = s.Where(char.IsLetter).ToList();
        return letters.Count > 0 && letters.All(char.IsUpper);
    }

    /// <summary>
    /// A regex that also matches the text with its diacritics lost (a damaged PDF font, a keyboard
    /// without Telex): each accented letter of the pattern also accepts its bare letter ("ngày" →
    /// "ng[àa]y"), never another accent, so accented text matches exactly what it matched before.
    /// Its \d is ASCII 0-9 only, so every number it captures parses.
    /// </summary>
    public static Regex Loose(string pattern, RegexOptions options = RegexOptions.None)
    {
        var sb = new StringBuilder(pattern.Length * 2);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                // \d would also match other scripts' digits ("٣", "３"), which int.Parse then refuses: plans write 0-9.
                if (pattern[i + 1] == 'd') sb.Append(inClass ? "0-9" : "[0-9]");
                else sb.Append(c).Append(pattern[i + 1]);
                i++;
                continue;
            }
            if (c == '[') inClass = true;
            else if (c == ']') inClass = false;
            var bare = Bare(c);
            if (bare == c) sb.Append(c);
            else if (inClass) sb.Append(c).Append(bare);
            else sb.Append('[').Append(c).Append(bare).Append(']');
        }
        return new Regex(sb.ToString(), options | RegexOptions.CultureInvariant);
    }

    /// <summary>The letter without its diacritics ("ộ" → "o", "Đ" → "D"); other characters unchanged.</summary>
    public static char Bare(char c)
    {
        if (c is 'đ') return 'd';
        if (c is 'Đ') return 'D';
        if (c < 0x80 || char.IsSurrogate(c)) return c;
        var d = c.ToString().Normalize(NormalizationForm.FormD);
        return d.Length > 1 && CharUnicodeInfo.GetUnicodeCategory(d[1]) == UnicodeCategory.NonSpacingMark ? d[0] : c;
    }

    /// <summary>True when the text has (almost) no Vietnamese diacritics although it is long enough to need them.</summary>
    public static bool LostDiacritics(string text)
    {
        var letters = 0;
        var marked = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (Bare(c) != c) marked++;
        }
        return letters >= 200 && marked * 100 < letters;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
