using System.Text;
using System.Text.RegularExpressions;

namespace PlanBot.Core.Import;

/// <summary>
/// Mends what copying a plan out of a PDF does to it: a sentence broken over several lines
/// ("… chuẩn bị" / "nội dung tuyên truyền …") is one line again, and words whose space was lost
/// at a break ("huyệnphối", "Tài chínhbố", "HOẠCHTổ") are apart again.
/// </summary>
public static partial class LineMending
{
    /// <summary>Joins continuation lines (they start with a lower-case letter) to the line they continue.</summary>
    public static List<string> JoinWrapped(IEnumerable<string> lines)
    {
        var joined = new List<string>();
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            var start = line.TrimStart();
            var previous = joined.Count > 0 ? joined[^1].Trim() : "";
            // A heading in capitals ("KẾ HOẠCH", the issuer) is never wrapped into a lower-case line.
            if (start.Length > 0 && char.IsLower(start[0]) && previous.Length > 0 && !previous.Contains('|', StringComparison.Ordinal)
                && !VietnameseText.IsUpper(previous)
                && PlanLine.Parse(start).Kind == LineKind.Text && !Columns().IsMatch(joined[^1].Trim()))
                joined[^1] = joined[^1].TrimEnd() + " " + start;
            else
                joined.Add(line);
        }
        return joined;
    }

    /// <summary>Puts the lost space back between two words glued together.</summary>
    public static string SplitGlued(string line)
    {
        var spaced = CapitalAfterWord().Replace(line, " ");
        return Letters().Replace(spaced, m => SplitSyllables(m.Value));
    }

    /// <summary>
    /// A Vietnamese syllable has one run of vowels, so a word with accents and two runs is two
    /// syllables glued: the break goes where the second one's initial consonant begins
    /// ("huyệnphối" → "huyện" + "phối"). Unaccented words are left alone (loanwords: "online").
    /// </summary>
    private static string SplitSyllables(string word)
    {
        if (word.Length < 4 || word.All(c => c < 0x80)) return word;
        // A loop over offsets, not recursion over copies: a pasted "word" can be thousands of letters long,
        // and a deep recursion would end the process.
        var lower = word.ToLowerInvariant();
        var sb = new StringBuilder(word.Length + 8);
        var start = 0;
        // As before, an unaccented rest is left alone: it goes on only while an accented letter lies ahead.
        var lastAccented = word.AsSpan().LastIndexOfAnyExceptInRange('\0', '\u007F');
        while (word.Length - start >= 4 && lastAccented >= start && SyllableBreak(lower, start) is { } cut)
        {
            sb.Append(word, start, cut - start).Append(' ');
            start = cut;
        }
        return sb.Append(word, start, word.Length - start).ToString();
    }

    /// <summary>Where the syllable after the one at <paramref name="start"/> begins, or null when the rest is one syllable.</summary>
    private static int? SyllableBreak(string lower, int start)
    {
        var i = start;
        while (i < lower.Length && !VietnameseSyllable.IsVowel(lower[i])) i++;
        while (i < lower.Length && VietnameseSyllable.IsVowel(lower[i])) i++;
        var afterVowels = i;
        while (i < lower.Length && !VietnameseSyllable.IsVowel(lower[i])) i++;
        if (i >= lower.Length) return null;
        var consonants = lower[afterVowels..i];
        // The longest initial consonant for the second syllable, with what is left a valid final one.
        for (var cut = 0; cut < consonants.Length; cut++)
        {
            if (VietnameseSyllable.Codas.Contains(consonants[..cut]) && VietnameseSyllable.Onsets.Contains(consonants[cut..]))
                return afterVowels + cut;
        }
        return null;
    }

    [GeneratedRegex(@"\t|\s{3,}")]
    private static partial Regex Columns();

    // "huyệnPhòng", "HOẠCHTổ": a capitalised word right after a word of two or more letters.
    [GeneratedRegex(@"(?<=\p{Ll}{2}|\p{Lu}{3})(?=\p{Lu}\p{Ll})")]
    private static partial Regex CapitalAfterWord();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Letters();
}
