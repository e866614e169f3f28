namespace PlanBot.Core.Import;

/// <summary>The shape of a Vietnamese syllable: an initial consonant, one run of vowels, a final consonant.</summary>
internal static class VietnameseSyllable
{
    public static readonly HashSet<string> Onsets =
        ["", "b", "c", "ch", "d", "đ", "g", "gh", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "q", "r", "s", "t", "th", "tr", "v", "x"];

    public static readonly HashSet<string> Codas = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];

    public static bool IsVowel(char c) => VietnameseText.Bare(char.ToLowerInvariant(c)) is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>True for "to", "ban", "hội"; false for "UBND", "BGH", "TTYT" (abbreviations).</summary>
    public static bool IsSyllable(string word)
    {
        var w = word.ToLowerInvariant();
        var i = 0;
        while (i < w.Length && !IsVowel(w[i])) i++;
        var onset = w[..i];
        if (i == w.Length) return false;
        while (i < w.Length && IsVowel(w[i])) i++;
        return Onsets.Contains(onset) && Codas.Contains(w[i..]);
    }
}
