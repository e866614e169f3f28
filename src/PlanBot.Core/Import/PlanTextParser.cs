using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using PlanBot.Core.Plans;

namespace PlanBot.Core.Import;

/// <summary>
/// Reads a Vietnamese administrative plan (Kế hoạch) from its text: the header (issuer, number,
/// place and date), the title, sections by Roman numerals, the event's time, venue and participants,
/// the tasks of each unit in the implementation section, the recipients and the signer.
/// </summary>
public static partial class PlanTextParser
{
    public static PlanImportResult Parse(string text)
    {
        var lines = Lines(text);
        if (lines.All(l => l.Kind == LineKind.Blank)) return PlanImportResult.Fail(ImportProblem.Empty);

        var titleAt = lines.FindIndex(l => IsDocumentTypeHeading(l.Text));
        var implementation = FindImplementationSection(lines);
        var problems = new List<ImportProblem>();
        if (titleAt < 0) problems.Add(ImportProblem.MissingTitle);
        if (implementation is null) problems.Add(ImportProblem.MissingImplementationSection);

        var endOfBody = EndOfBody(lines, titleAt);
        var closing = ClosingBlock.Read(lines, endOfBody);
        var header = titleAt >= 0 ? HeaderBlock.Read(lines, titleAt) : null;
        var defaultYear = header?.IssueDate?.Year;
        var details = EventDetails.Read(lines, Math.Max(titleAt, 0), implementation?.Start ?? endOfBody, defaultYear);
        var units = implementation is { } section
            ? TaskSectionReader.Read(lines, section.Start, Math.Min(section.End, endOfBody), details.Schedule?.StartDate?.Year ?? defaultYear)
            : [];
        if (implementation is not null && units.Count == 0) problems.Add(ImportProblem.MissingUnitTasks);
        if (problems.Count > 0 || header is null) return PlanImportResult.Fail([.. problems]);

        return PlanImportResult.Ok(new PlanDocument
        {
            Title = header.Title,
            Number = header.Number,
            Issuer = header.Issuer ?? IssuerFromIntroduction(lines, titleAt),
            IssuePlace = header.Place,
            IssueDate = header.IssueDate,
            Event = details.Schedule,
            Venue = details.Venue,
            Purposes = details.Purposes,
            Agenda = details.Agenda,
            Participants = details.Participants,
            Units = units,
            Recipients = closing.Recipients,
            Signer = closing.Signer,
        });
    }

    /// <summary>Splits text into classified lines; HTML from a Teams message becomes plain lines.</summary>
    public static List<PlanLine> Lines(string text)
    {
        var plain = LooksLikeHtml(text) ? HtmlToText(text) : text;
        if (FlattenedText.LooksFlattened(plain)) plain = FlattenedText.Restore(plain);
        plain = plain.Normalize(NormalizationForm.FormC).Replace('\u00A0', ' ').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return plain.Split('\n').Select(PlanLine.Parse).ToList();
    }

    internal static bool IsDocumentTypeHeading(string line)
    {
        if (!VietnameseText.IsUpper(line)) return false;
        var folded = VietnameseText.Fold(line);
        return DocumentTypes.Any(t => folded == t || folded.StartsWith(t + " ", StringComparison.Ordinal));
    }

    private static readonly string[] DocumentTypes = ["ke hoach", "phuong an", "chuong trinh"];

    internal static (int Start, int End)? FindImplementationSection(List<PlanLine> lines)
    {
        string[] names = ["to chuc thuc hien", "phan cong", "trach nhiem", "nhiem vu cua", "thuc hien"];
        foreach (var name in names)
        {
            var at = lines.FindIndex(l => (l.Kind == LineKind.Roman || (l.Kind == LineKind.Text && VietnameseText.IsUpper(l.Text)))
                                          && l.Folded.Contains(name, StringComparison.Ordinal));
            if (at < 0) continue;
            var end = lines.FindIndex(at + 1, l => l.Kind == LineKind.Roman);
            return (at + 1, end < 0 ? lines.Count : end);
        }
        return null;
    }

    /// <summary>Where the body ends: the closing "Trên đây là …" paragraph or "Nơi nhận".</summary>
    private static int EndOfBody(List<PlanLine> lines, int titleAt)
    {
        var at = lines.FindIndex(Math.Max(titleAt, 0), l => l.Kind == LineKind.Text
            && (l.Folded.StartsWith("tren day la", StringComparison.Ordinal) || ClosingBlock.IsRecipientsHeading(l)));
        return at < 0 ? lines.Count : at;
    }

    /// <summary>"…; Sở Khoa học và Công nghệ (KH&amp;CN) xây dựng kế hoạch …" when the header lacks the issuer.</summary>
    private static string? IssuerFromIntroduction(List<PlanLine> lines, int titleAt)
    {
        foreach (var line in lines.Skip(titleAt + 1).Take(12).Where(l => l.Kind == LineKind.Text))
        {
            var m = IssuerInSentence().Match(line.Text);
            if (m.Success && UnitNames.StartsWithUnitWord(m.Groups["who"].Value))
                return ParentheticalAtEnd().Replace(m.Groups["who"].Value, "").Trim();
        }
        return null;
    }

    private static bool LooksLikeHtml(string text) => HtmlTag().IsMatch(text);

    private static string HtmlToText(string html)
    {
        var withBreaks = BlockEnd().Replace(html, "\n");
        return WebUtility.HtmlDecode(AnyTag().Replace(withBreaks, ""));
    }

    [GeneratedRegex(@"(?:^|[;,.]\s*)(?<who>[^;,.]{3,80}?)\s+(?:xây dựng|ban hành)\s+(?:[Kk]ế hoạch|[Pp]hương án|[Cc]hương trình)")]
    private static partial Regex IssuerInSentence();

    [GeneratedRegex(@"\s*\([^)]*\)\s*$")]
    private static partial Regex ParentheticalAtEnd();

    [GeneratedRegex(@"<(?:p|br|div|span|strong|b|i|em|ul|ol|li|table|tr|td)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"<br\s*/?>|</p>|</div>|</li>|</tr>|<li[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex AnyTag();
}
