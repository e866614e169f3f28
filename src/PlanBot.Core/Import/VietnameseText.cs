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
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c switch { 'đ' or 'Đ' => 'd', _ => char.ToLowerInvariant(c) });
        }
        return Spaces().Replace(sb.ToString(), " ").Trim();
    }

    /// <summary>Collapses whitespace and trims the list punctuation plans put at the end of items (";", ".", ",").</summary>
    public static string CleanItem(string text)
    {
        var s = Spaces().Replace(text, " ").Trim();
        while (s.Length > 0 && (s[^1] is ';' or ',' or ':' || (s[^1] == '.' && !s.EndsWith("..", StringComparison.Ordinal))))
            s = s[..^1].TrimEnd();
        if (s.EndsWith("./.", StringComparison.Ordinal)) s = s[..^3].TrimEnd();
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

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
