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

        var (titleAt, kind) = FindTitle(lines);
        var implementation = FindImplementationSection(lines);
        var endOfBody = EndOfBody(lines, titleAt);
        var appendix = lines.FindIndex(endOfBody, l => l.Kind != LineKind.TableRow && l.Folded.StartsWith("phu luc", StringComparison.Ordinal));
        var closing = ClosingBlock.Read(lines, endOfBody, appendix < 0 ? lines.Count : appendix);
        var header = HeaderBlock.Read(lines, titleAt, kind);
        var defaultYear = header.IssueDate?.Year;
        var details = EventDetails.Read(lines, titleAt, implementation?.Start ?? endOfBody, defaultYear);

        var tasks = new TaskCollector(new PlanYear(details.Schedule?.StartDate?.Year ?? defaultYear, header.IssueDate?.ToDate()));
        var sectionEnd = implementation is { } s ? Math.Min(s.End, endOfBody) : -1;
        var duties = FindDutySections(lines, implementation?.Start ?? -1, endOfBody);
        foreach (var (start, end) in duties) TaskSectionReader.Read(lines, start, end, tasks, duties: true);
        if (implementation is { } section) TaskSectionReader.Read(lines, section.Start, sectionEnd, tasks);
        ReadTablesOutside(lines, [.. duties, (implementation?.Start ?? -1, sectionEnd)], tasks);
        var units = tasks.Units();

        var recognisable = kind != TitleKind.FirstLine || details.Schedule is not null || details.Venue is not null
                           || details.Participants.Count > 0 || units.Count > 0;
        if (!recognisable) return PlanImportResult.Fail(ImportProblem.NoPlanMarkers);

        return PlanImportResult.Ok(new PlanDocument
        {
            Title = header.Title.Length > 0 ? header.Title : lines.First(l => l.Kind != LineKind.Blank).Raw.Trim(),
            Number = header.Number,
            Issuer = header.Issuer ?? IssuerFromIntroduction(lines, titleAt),
            IssuePlace = header.Place,
            IssueDate = header.IssueDate,
            Event = details.Schedule,
            Venue = details.Venue,
            Sessions = details.Sessions,
            Purposes = details.Purposes,
            Agenda = details.Agenda,
            Participants = details.Participants,
            Units = units,
            NotUnderstood = tasks.NotUnderstood,
            Recipients = closing.Recipients,
            Signer = closing.Signer,
        });
    }

    /// <summary>
    /// The title: a "KẾ HOẠCH …" line in any case ("Kế hoạch tổ chức Lễ khai giảng …") near the top,
    /// else a "V/v …" subject, else the first line that is not part of the header.
    /// </summary>
    private static (int At, TitleKind Kind) FindTitle(List<PlanLine> lines)
    {
        var top = lines.FindIndex(l => l.Kind == LineKind.Roman);
        var limit = top < 0 ? Math.Min(lines.Count, 40) : top;
        var at = lines.FindIndex(0, limit, l => IsDocumentTypeHeading(l.Text) || (l.Kind == LineKind.Text && SentenceCaseTitle().IsMatch(l.Text)));
        if (at >= 0) return (at, TitleKind.DocumentType);
        at = lines.FindIndex(0, limit, l => SubjectLine().IsMatch(l.Text));
        if (at >= 0) return (at, TitleKind.Subject);
        at = lines.FindIndex(0, limit, l => l.Kind is LineKind.Text or LineKind.Numbered && !HeaderBlock.IsHeaderLine(l));
        return (at < 0 ? lines.FindIndex(l => l.Kind != LineKind.Blank) : at, TitleKind.FirstLine);
    }

    /// <summary>Task tables outside the sections read for tasks (an appendix after the signature, a table under another heading).</summary>
    private static void ReadTablesOutside(List<PlanLine> lines, List<(int Start, int End)> read, TaskCollector tasks)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var at = i;
            if (read.FirstOrDefault(r => at >= r.Start && at < r.End) is { End: > 0 } inside) { i = inside.End - 1; continue; }
            if (lines[i].Kind != LineKind.TableRow) continue;
            var next = read.Where(r => r.Start > at).Select(r => r.Start).DefaultIfEmpty(lines.Count).Min();
            var end = TaskTableReader.End(lines, i, next);
            TaskTableReader.Read(lines, i, end, tasks);
            i = end - 1;
        }
    }

    /// <summary>
    /// "III. NHIỆM VỤ VÀ GIẢI PHÁP", "NỘI DUNG, NHIỆM VỤ": sections of duties before the implementation section, where a
    /// sentence or a bracket names the body of a duty.
    /// </summary>
    private static List<(int Start, int End)> FindDutySections(List<PlanLine> lines, int implementationStart, int endOfBody)
    {
        var found = new List<(int, int)>();
        for (var i = 0; i < lines.Count && i < endOfBody; i++)
        {
            if (lines[i].Kind != LineKind.Roman || i + 1 == implementationStart) continue;
            var folded = lines[i].Folded;
            if (!folded.Contains("nhiem vu", StringComparison.Ordinal) && !folded.Contains("giai phap", StringComparison.Ordinal)) continue;
            var end = lines.FindIndex(i + 1, l => l.Kind == LineKind.Roman);
            end = Math.Min(end < 0 ? lines.Count : end, endOfBody);
            if (implementationStart > i + 1) end = Math.Min(end, implementationStart - 1);
            found.Add((i + 1, end));
        }
        return found;
    }

    /// <summary>Splits text into classified lines; HTML from a Teams message becomes plain lines.</summary>
    public static List<PlanLine> Lines(string text)
    {
        var plain = LooksLikeHtml(text) ? HtmlToText(VietnameseText.WellFormed(text)) : VietnameseText.WellFormed(text);
        if (FlattenedText.LooksFlattened(plain)) plain = FlattenedText.Restore(plain);
        plain = plain.Normalize(NormalizationForm.FormC).Replace('\u00A0', ' ').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return LineMending.JoinWrapped(plain.Split('\n').Select(LineMending.SplitGlued)).Select(PlanLine.Parse).ToList();
    }

    /// <summary>
    /// The lines the importer reads for tasks and lists when they become none: the implementation section up to the end
    /// of the body, and the rows of task tables elsewhere (not in a "NHIỆM VỤ VÀ GIẢI PHÁP" section, whose items that
    /// name no body are the plan's own duties). Each non-blank one ends as a task (or its unit's heading, its deadline,
    /// its lead) or under "Chưa hiểu".
    /// </summary>
    public static IReadOnlyList<PlanLine> TaskLines(string text)
    {
        var lines = Lines(text);
        if (lines.All(l => l.Kind == LineKind.Blank)) return [];
        var implementation = FindImplementationSection(lines);
        var endOfBody = EndOfBody(lines, FindTitle(lines).At);
        var end = implementation is { } s ? Math.Min(s.End, endOfBody) : -1;
        var duties = FindDutySections(lines, implementation?.Start ?? -1, endOfBody);
        var read = new List<PlanLine>();
        for (var i = 0; i < lines.Count; i++)
        {
            var at = i;
            // The duty sections' items that name no body are the plan's own duties, not lines to list.
            if (duties.FirstOrDefault(d => at >= d.Start && at < d.End) is { End: > 0 } duty) { i = duty.End - 1; continue; }
            if (implementation is { } section && i >= section.Start && i < end) read.Add(lines[i]);
            else if (lines[i].Kind == LineKind.TableRow)
            {
                // Outside the section only a task table is read for tasks; other tables are the programme or sessions.
                var tableEnd = TaskTableReader.End(lines, i, lines.Count);
                if (TaskTableReader.Read(lines, i, tableEnd, new TaskCollector(new PlanYear(null, null)))) read.AddRange(lines.Skip(i).Take(tableEnd - i));
                i = tableEnd - 1;
            }
        }
        return read;
    }

    internal static bool IsDocumentTypeHeading(string line)
    {
        if (!VietnameseText.IsUpper(line) || line.Length > 250) return false;
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

    // "Kế hoạch tổ chức Lễ khai giảng …": the type word, then what the plan is about, on one short line.
    private static readonly Regex SentenceCasePattern = VietnameseText.Loose(@"^(?:Kế hoạch|KẾ HOẠCH|Phương án|Chương trình)\s*[:\-–]?\s+\p{L}.{2,200}$");

    private static Regex SentenceCaseTitle() => SentenceCasePattern;

    [GeneratedRegex(@"^V/v\.?\s*:?\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectLine();

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
