using System.Text.RegularExpressions;

namespace PlanBot.Core.Import;

/// <summary>
/// Puts back the line breaks of a plan whose paragraphs arrived glued together, as some chat
/// clients send a paste ("…năm 2023.2. Yêu cầuHội nghị…", "KẾ HOẠCHTổ chức…"). Breaks go where
/// Vietnamese prose never has them: a lower-case letter or a full stop directly followed by a
/// capitalised word, a numbered item, a Roman heading or a "-" bullet.
/// </summary>
public static partial class FlattenedText
{
    /// <summary>True for long text with (almost) no line breaks: nothing a person types looks like that.</summary>
    public static bool LooksFlattened(string text) =>
        text.Length >= 400 && text.Count(c => c == '\n') < 3;

    public static string Restore(string text)
    {
        var s = RomanHeading().Replace(text, "\n");
        s = NumberedItem().Replace(s, "\n");
        s = Bullet().Replace(s, "\n");
        s = LetteredItem().Replace(s, "\n");
        s = GluedWord().Replace(s, "\n");
        return SemicolonBeforeWord().Replace(s, "; ");
    }

    [GeneratedRegex(@"(?<=[\p{Ll}\d.:;)])(?=(?:I{1,3}|IV|VI{0,3}|IX|X)\.\s*\p{Lu})")]
    private static partial Regex RomanHeading();

    [GeneratedRegex(@"(?<=[\p{L}.:;)]|\d{1,2}/\d{1,2}/\d{4})(?=\d{1,2}(?:\.\d{1,2})*\.\s*\p{Lu})")]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"(?<=[\p{L}\d.,)])(?=[-+•]\s*\p{Lu}\p{Ll})|(?<=[:;])(?=[-+•]\s*\p{Lu})")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"(?<=[\p{L}\d.:;])(?=[a-hđ]\)\s*\p{Lu})")]
    private static partial Regex LetteredItem();

    // "cầuHội", "HOẠCHTổ", "2022KẾ", "VP.GIÁM", "sau:Đánh": a capitalised word glued to what precedes it.
    [GeneratedRegex(@"(?<=\p{Ll}|[.:;])(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll}(?!\)))|(?<=\d)(?=\p{Lu}\p{Ll}|\p{Lu}{2})")]
    private static partial Regex GluedWord();

    [GeneratedRegex(@";(?=\p{L})")]
    private static partial Regex SemicolonBeforeWord();
}
