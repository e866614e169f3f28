using System.Text.RegularExpressions;

namespace PlanBot.Core.Import;

/// <summary>
/// The lead in brackets at the end of a task: "… (Ban Dân tộc tỉnh chủ trì, phối hợp với Sở Tư pháp; thời gian:
/// Quý II/2025)". The unit is the body before "chủ trì", the bodies after "phối hợp" coordinate, what follows ";" may
/// give the deadline; the task's text is the item without the bracket.
/// </summary>
internal static partial class BracketLead
{
    public sealed record Lead(string Unit, string Task, string Bracket);

    public static Lead? Read(string text)
    {
        var m = Bracket().Match(text);
        if (!m.Success) return null;
        var unit = UnitNames.Extract(m.Groups["who"].Value.Trim());
        if (unit is null) return null;
        var task = VietnameseText.CleanItem(text[..m.Index]);
        return task.Length == 0 ? null : new Lead(BodyTitles.Body(unit), task, m.Groups["inside"].Value);
    }

    // The last bracket of the item, opening with a body and "chủ trì".
    private static readonly Regex BracketPattern = VietnameseText.Loose(@"\s*\((?<inside>(?<who>[^()]{2,120}?)\s+chủ trì\b[^()]*)\)\s*[.;,]?\s*$");

    private static Regex Bracket() => BracketPattern;
}
