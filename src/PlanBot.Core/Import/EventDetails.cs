using System.Text.RegularExpressions;
using PlanBot.Core.Plans;

namespace PlanBot.Core.Import;

/// <summary>Purpose, agenda, participants, time and venue, read from the sections before the implementation.</summary>
internal sealed partial record EventDetails(
    EventSchedule? Schedule, string? Venue, IReadOnlyList<string> Participants, IReadOnlyList<string> Purposes, IReadOnlyList<string> Agenda,
    IReadOnlyList<EventSession> Sessions)
{
    public static EventDetails Read(List<PlanLine> lines, int from, int to, int? defaultYear)
    {
        EventSchedule? schedule = null;
        string? venue = null;
        var participants = new List<string>();
        var purposes = new List<string>();
        var agenda = new List<string>();
        var sessions = new List<EventSession>();
        var sites = new List<(string Name, string Venue)>();
        TimeOnly? programmeEnd = null;
        var inProgramme = false;

        for (var i = from; i < to; i++)
        {
            var line = lines[i];
            if (line.Kind == LineKind.Roman)
                inProgramme = line.Folded.StartsWith("noi dung", StringComparison.Ordinal) || line.Folded.StartsWith("chuong trinh", StringComparison.Ordinal);
            if (ProgrammeEnd(line.Text) is { } end) programmeEnd = end;
            if (!inProgramme && Session(line, defaultYear) is { } session)
            {
                sessions.Add(session);
                continue;
            }
            if (line.Kind == LineKind.Roman)
            {
                if (line.Folded.StartsWith("noi dung", StringComparison.Ordinal) || line.Folded.StartsWith("chuong trinh", StringComparison.Ordinal))
                    agenda.AddRange(SectionItems(lines, i + 1, to));
                if (line.Folded.StartsWith("thanh phan", StringComparison.Ordinal) && !line.Folded.Contains(',', StringComparison.Ordinal)
                    && !HasInlineContent(line) && participants.Count == 0)
                    participants.AddRange(SectionItems(lines, i + 1, to));
                if (!HasInlineContent(line)) continue;
            }
            var key = line.Folded;
            if (key.StartsWith("thoi gian", StringComparison.Ordinal) && schedule is null)
            {
                var content = Content(lines, i, to);
                var at = At().Match(content);
                var timePart = at.Success && (key.Contains("dia diem", StringComparison.Ordinal) || venue is null) ? content[..at.Index] : content;
                schedule = VietnameseDates.ParseEvent(timePart, defaultYear);
                if (at.Success && venue is null && key.Contains("dia diem", StringComparison.Ordinal))
                    venue = VietnameseText.CleanItem(content[(at.Index + at.Length)..]);
            }
            else if (key.StartsWith("dia diem", StringComparison.Ordinal) && venue is null)
            {
                // "Địa điểm:" over "+ Điểm cầu chính: …" / "+ Điểm cầu cấp huyện: …": each site is a session.
                var under = HasInlineContent(line) ? [] : Under(lines, i, to).ToList();
                if (under.Count > 1 && under.All(u => u.Text.Contains(':', StringComparison.Ordinal)))
                {
                    foreach (var u in under)
                    {
                        var colon = u.Text.IndexOf(':', StringComparison.Ordinal);
                        sites.Add((VietnameseText.CleanItem(u.Text[..colon]), VietnameseText.CleanItem(u.Text[(colon + 1)..])));
                    }
                    venue = sites[0].Venue;
                }
                else venue = VietnameseText.CleanItem(Content(lines, i, to));
            }
            else if ((key.StartsWith("thanh phan", StringComparison.Ordinal) || key.StartsWith("dai bieu", StringComparison.Ordinal)) && participants.Count == 0)
                participants.AddRange(ListContent(lines, i, to));
            else if (key.StartsWith("muc dich", StringComparison.Ordinal) && purposes.Count == 0)
                purposes.AddRange(ListContent(lines, i, to));
        }
        if (schedule is null && sessions.FirstOrDefault(x => x.Schedule is not null) is { } main)
        {
            schedule = main.Schedule;
            venue ??= main.Venue;
        }
        else if (venue is null && sessions.FirstOrDefault(x => x.Venue is not null) is { } placed) venue = placed.Venue;
        sessions.AddRange(sites.Select(site => new EventSession(site.Name, schedule, site.Venue)));
        // The programme's "11 giờ 30: Kết thúc" is the end the time line did not give.
        if (schedule is { StartTime: { } start, EndTime: null } && programmeEnd is { } finish && finish > start)
            schedule = schedule with { EndTime = finish };
        return new EventDetails(schedule, string.IsNullOrEmpty(venue) ? null : venue, participants, purposes, agenda, sessions);
    }

    /// <summary>"1. Lễ khai mạc: 7h30 ngày 10/11/2024 tại Sân vận động huyện": a named session with its time and place.</summary>
    private static EventSession? Session(PlanLine line, int? defaultYear)
    {
        if (line.Kind is LineKind.Roman or LineKind.TableRow or LineKind.Blank) return null;
        var colon = line.Text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0) return null;
        var head = line.Text[..colon].Trim();
        var folded = VietnameseText.Fold(head);
        if (head.Any(char.IsDigit) || head.Split(' ').Length > 8 || !char.IsUpper(head[0]) || IsFieldKey(folded)
            || NotSessions.Any(n => folded.StartsWith(n, StringComparison.Ordinal)))
            return null;
        var content = line.Text[(colon + 1)..].Trim();
        var at = At().Match(content);
        var schedule = VietnameseDates.ParseEvent(at.Success ? content[..at.Index] : content, defaultYear);
        if (schedule is null || (schedule.StartDate is null && schedule.StartTime is null)) return null;
        return new EventSession(VietnameseText.CleanItem(head), schedule, at.Success ? VietnameseText.CleanItem(content[(at.Index + at.Length)..]) : null);
    }

    private static readonly string[] NotSessions = ["dai bieu", "khach moi", "noi dung", "hinh thuc", "kinh phi", "luu y", "thoi han", "han", "ghi chu", "chu tri", "trang phuc"];

    private static TimeOnly? ProgrammeEnd(string text)
    {
        var m = ProgrammeLine().Match(text);
        if (!m.Success) return null;
        var what = VietnameseText.Fold(m.Groups["what"].Value);
        if (!what.Contains("ket thuc", StringComparison.Ordinal) && !what.Contains("be mac", StringComparison.Ordinal)) return null;
        return VietnameseDates.ParseEvent(m.Groups["times"].Value, null) is { } e ? e.EndTime ?? e.StartTime : null;
    }

    private static bool HasInlineContent(PlanLine line) => AfterColon(line.Text).Length > 0;

    private static string AfterColon(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? "" : text[(colon + 1)..].Trim();
    }

    /// <summary>The text after the heading's colon, or else the lines under it joined.</summary>
    private static string Content(List<PlanLine> lines, int at, int to)
    {
        var inline = AfterColon(lines[at].Text);
        return inline.Length > 0 ? inline : string.Join(" ", Under(lines, at, to).Select(l => l.Text));
    }

    /// <summary>Items: the inline text split at ";", then each line under the heading.</summary>
    private static List<string> ListContent(List<PlanLine> lines, int at, int to)
    {
        var inline = AfterColon(lines[at].Text);
        var items = inline.Split(';').Select(VietnameseText.CleanItem).Where(s => s.Length > 0).ToList();
        items.AddRange(Under(lines, at, to).Select(l => VietnameseText.CleanItem(l.Text)).Where(s => s.Length > 0));
        return items;
    }

    /// <summary>Lines that belong to the item at <paramref name="at"/>: up to the next item of its level or a new heading.</summary>
    private static IEnumerable<PlanLine> Under(List<PlanLine> lines, int at, int to)
    {
        var head = lines[at];
        for (var i = at + 1; i < to; i++)
        {
            var l = lines[i];
            if (l.Kind == LineKind.Blank) continue;
            if (l.Kind is LineKind.Roman or LineKind.Numbered || IsFieldKey(l.Folded)) yield break;
            if (head.Kind is LineKind.Lettered or LineKind.Bullet && l.Kind == head.Kind && Marker(l) == Marker(head)) yield break;
            yield return l;
        }
    }

    private static IEnumerable<string> SectionItems(List<PlanLine> lines, int from, int to)
    {
        for (var i = from; i < to && lines[i].Kind != LineKind.Roman; i++)
        {
            if (lines[i].Kind != LineKind.Blank) yield return VietnameseText.CleanItem(lines[i].Text);
        }
    }

    private static char Marker(PlanLine l) => l.Raw.TrimStart().FirstOrDefault();

    private static bool IsFieldKey(string folded) =>
        folded.StartsWith("thoi gian", StringComparison.Ordinal) || folded.StartsWith("dia diem", StringComparison.Ordinal)
        || folded.StartsWith("thanh phan", StringComparison.Ordinal) || folded.StartsWith("muc dich", StringComparison.Ordinal)
        || folded.StartsWith("yeu cau", StringComparison.Ordinal);

    private static readonly Regex AtPattern = VietnameseText.Loose(@"[,;]?\s+tại\s+", RegexOptions.IgnoreCase);

    private static Regex At() => AtPattern;

    private static readonly Regex ProgrammePattern = VietnameseText.Loose(
        @"^(?:Từ\s+)?(?<times>\d{1,2}\s*(?:giờ|h|g|:)\s*\d{0,2}(?:\s*phút)?[’']?(?:\s*(?:[-–]|đến)\s*\d{1,2}\s*(?:giờ|h|g|:)\s*\d{0,2}(?:\s*phút)?[’']?)?)\s*[:\-–]\s*(?<what>\S.*)$",
        RegexOptions.IgnoreCase);

    private static Regex ProgrammeLine() => ProgrammePattern;
}
