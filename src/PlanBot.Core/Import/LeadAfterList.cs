using System.Text.RegularExpressions;

namespace PlanBot.Core.Import;

/// <summary>
/// The lead named after its task list: "giao Phòng Kinh tế và Hạ tầng chủ trì thực hiện." or "Giao Sở Khoa học và
/// Công nghệ chủ trì thực hiện các nhiệm vụ trên, phối hợp với …". Every item of the list above is that body's task;
/// the sentence itself is not a task.
/// </summary>
internal static partial class LeadAfterList
{
    public static string? Read(string text) => Split(text) is { Before.Length: 0 } lead ? lead.Unit : null;

    /// <summary>"- last item; giao X chủ trì thực hiện.": the item before the lead (empty when the line is only the lead), the lead, its sentence.</summary>
    public static (string Before, string Unit, string Sentence)? Split(string text)
    {
        var m = Lead().Match(text.Trim());
        if (!m.Success) return null;
        return UnitNames.Extract(m.Groups["who"].Value.Trim() + " chủ trì") is { } unit
            ? (VietnameseText.CleanItem(text.Trim()[..m.Index]), BodyTitles.Body(unit), m.Value.Trim().TrimStart(';', '.').Trim())
            : null;
    }

    private static readonly Regex LeadPattern = VietnameseText.Loose(
        @"(?:^|[;.]\s+)(?:[-–]\s*)?[Gg]iao\s+(?<who>[^;:()]{2,120}?)\s+(?:là cơ quan |là đơn vị )?chủ trì\b(?:[^.]{0,240}?\bthực hiện\b)[^.]{0,200}\.?$");

    private static Regex Lead() => LeadPattern;
}
