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
        var times = new List<(int At, EventSchedule Schedule, string? Venue)>();
        var venues = new List<(int At, string Venue)>();
        var participants = new List<string>();
        var purposes = new List<string>();
        var agenda = new List<string>();
        var sessions = new List<(int At, EventSession Session)>();
        var sites = new List<(string Name, string Venue)>();
        TimeOnly? programmeEnd = null;
        var inProgramme = false;
        DateOnly? proseDate = null; // "Hội nghị được tổ chức vào thứ Năm, ngày 23/4/2026, gồm hai phiên:"

        for (var i = Math.Max(from, 0); i < to; i++)
        {
            var line = lines[i];
            if (line.Kind == LineKind.Roman)
            {
                inProgramme = line.Folded.StartsWith("noi dung", StringComparison.Ordinal) || line.Folded.StartsWith("chuong trinh", StringComparison.Ordinal);
                proseDate = null;
            }
            if (ProgrammeEnd(line.Text) is { } end) programmeEnd = end;
            if (!inProgramme && Session(lines, i, to, defaultYear) is { } session)
            {
                // "… 16h30 cùng ngày": the day of the session before; else the day the section's prose gave.
                var sameDay = (VietnameseText.Fold(line.Text).Contains("cung ngay", StringComparison.Ordinal) ? sessions.LastOrDefault().Session?.Schedule?.StartDate : null) ?? proseDate;
                if (session.Schedule is { StartDate: null } partial && sameDay is { } day) session = session with { Schedule = partial with { StartDate = day } };
                sessions.Add((i, session));
                continue;
            }
            if (line.Kind == LineKind.TableRow)
            {
                var last = i;
                while (last < to && lines[last].Kind == LineKind.TableRow) last++;
                var at = i;
                sessions.AddRange(TableSessions(lines, i, last, defaultYear).Select(x => (at, x)));
                i = last - 1;
                continue;
            }
            if (line.Kind == LineKind.Text && !IsFieldKey(line.Folded) && VietnameseDates.FindDates(line.Text, defaultYear) is [var date, ..])
                proseDate = date;
            if (line.Kind == LineKind.Roman)
            {
                if (inProgramme) agenda.AddRange(SectionItems(lines, i + 1, to));
                if (line.Folded.StartsWith("thanh phan", StringComparison.Ordinal) && !line.Folded.Contains(',', StringComparison.Ordinal)
                    && !HasInlineContent(line) && participants.Count == 0)
                    participants.AddRange(SectionItems(lines, i + 1, to));
                if (!HasInlineContent(line)) continue;
            }
            var key = line.Folded;
            if (key.StartsWith("thoi gian", StringComparison.Ordinal))
            {
                // "1. Thời gian, địa điểm" over "- Điểm hiến máu chính: Từ 7h00’ … tại …": the sessions say it.
                if (!HasInlineContent(line) && i + 1 < to && Session(lines, i + 1, to, defaultYear) is not null) continue;
                var content = Content(lines, i, to);
                var at = At().Match(content);
                var withVenue = at.Success && key.Contains("dia diem", StringComparison.Ordinal);
                var timePart = at.Success && (withVenue || venues.Count == 0) ? content[..at.Index] : content;
                if (VietnameseDates.ParseEvent(timePart, defaultYear) is { } found)
                {
                    // "Thời gian (dự kiến): 8h30 …": the heading says it is tentative.
                    if (KeyPart(line.Text).Contains("du kien", StringComparison.Ordinal)) found = found with { Tentative = true };
                    times.Add((i, found, withVenue ? VietnameseText.CleanItem(content[(at.Index + at.Length)..]) : null));
                }
            }
            else if (key.StartsWith("dia diem", StringComparison.Ordinal))
            {
                // "Địa điểm:" over "+ Điểm cầu chính: …" / "+ Điểm cầu cấp huyện: …": each site is a session.
                var under = HasInlineContent(line) ? [] : Under(lines, i, to).ToList();
                if (under.Count > 1 && under.All(u => u.Text.Contains(':', StringComparison.Ordinal)) && sites.Count == 0)
                {
                    foreach (var u in under)
                    {
                        var colon = u.Text.IndexOf(':', StringComparison.Ordinal);
                        sites.Add((VietnameseText.CleanItem(u.Text[..colon]), VietnameseText.CleanItem(u.Text[(colon + 1)..])));
                    }
                    venues.Add((i, sites[0].Venue));
                }
                else if (VietnameseText.CleanItem(Content(lines, i, to)) is { Length: > 0 } place) venues.Add((i, place));
            }
            else if ((key.StartsWith("thanh phan", StringComparison.Ordinal) || key.StartsWith("dai bieu", StringComparison.Ordinal)
                      || key.StartsWith("doi tuong", StringComparison.Ordinal)) && participants.Count == 0)
                participants.AddRange(ListContent(lines, i, to));
            else if (key.StartsWith("muc dich", StringComparison.Ordinal) && purposes.Count == 0)
                purposes.AddRange(ListContent(lines, i, to));
        }

        // The event is the first time with an hour (a meeting within a campaign period), else the first time given.
        var candidates = times.Select(t => (t.At, t.Schedule, t.Venue))
            .Concat(sessions.Where(s => s.Session.Schedule is not null).Select(s => (s.At, Schedule: s.Session.Schedule!, s.Session.Venue)))
            .OrderBy(c => c.At).ToList();
        var main = candidates.FirstOrDefault(c => c.Schedule.StartTime is not null);
        if (main.Schedule is null) main = times.Count > 0 ? (times[0].At, times[0].Schedule, times[0].Venue) : candidates.FirstOrDefault();
        var schedule = main.Schedule;
        var venue = main.Venue ?? venues.FirstOrDefault(v => v.At > main.At).Venue ?? venues.FirstOrDefault().Venue;
        // "…, thành phố Quy Nhơn; đồng thời triển khai tại 159 trạm y tế …": the place, then where else it happens.
        if (venue is not null && AlsoElsewhere().Match(venue) is { Success: true } also) venue = venue[..also.Index].Trim();

        var allSessions = sessions.Select(s => s.Session).Concat(sites.Select(site => new EventSession(site.Name, schedule, site.Venue))).ToList();
        // The programme's "11 giờ 30: Kết thúc" is the end the time line did not give.
        if (schedule is { StartTime: { } start, EndTime: null } && programmeEnd is { } finish && finish > start)
            schedule = schedule with { EndTime = finish };
        if (schedule is { StartTime: { } from0, EndTime: { } to0, Duration: null } && to0 > from0)
            schedule = schedule with { Duration = to0 - from0 };
        return new EventDetails(schedule, string.IsNullOrEmpty(venue) ? null : venue, participants, purposes, agenda, allSessions);
    }

    private static string KeyPart(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return VietnameseText.Fold(colon < 0 ? text : text[..colon]);
    }

    /// <summary>"1. Lễ khai mạc: 7h30 ngày 10/11/2024 tại Sân vận động huyện": a named session with its time and place.</summary>
    private static EventSession? Session(List<PlanLine> lines, int i, int to, int? defaultYear)
    {
        var line = lines[i];
        if (line.Kind is LineKind.Roman or LineKind.TableRow or LineKind.Blank) return null;
        var colon = line.Text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0) return null;
        var head = line.Text[..colon].Trim();
        var folded = VietnameseText.Fold(head);
        if (head.Any(char.IsDigit) || head.Split(' ').Length > 12 || !char.IsUpper(head[0]) || IsFieldKey(folded)
            || NotSessions.Any(n => folded.StartsWith(n, StringComparison.Ordinal)))
            return null;
        var content = line.Text[(colon + 1)..].Trim();
        // "1. Lễ khai mạc:" with its time and place on the next line.
        if (content.Length == 0 && i + 1 < to && lines[i + 1].Kind == LineKind.Text) content = lines[i + 1].Text;
        var at = At().Match(content);
        var schedule = VietnameseDates.ParseEvent(at.Success ? content[..at.Index] : content, defaultYear);
        if (schedule is null || (schedule.StartDate is null && schedule.StartTime is null)) return null;
        return new EventSession(VietnameseText.CleanItem(head), schedule, at.Success ? VietnameseText.CleanItem(content[(at.Index + at.Length)..]) : null);
    }

    /// <summary>"Lớp | Thời gian | Địa điểm": a session per row.</summary>
    private static IEnumerable<EventSession> TableSessions(List<PlanLine> lines, int at, int end, int? defaultYear)
    {
        var header = lines[at].Cells.Select(VietnameseText.Fold).ToList();
        var timeCol = header.FindIndex(h => h.StartsWith("thoi gian", StringComparison.Ordinal));
        var venueCol = header.FindIndex(h => h.StartsWith("dia diem", StringComparison.Ordinal));
        if (timeCol < 0 || venueCol < 0) yield break;
        for (var r = at + 1; r < end; r++)
        {
            var cells = lines[r].Cells;
            if (cells.Count <= Math.Max(timeCol, venueCol) || VietnameseDates.ParseEvent(cells[timeCol], defaultYear) is not { } schedule) continue;
            var name = timeCol == 0 ? "" : $"{lines[at].Cells[0]} {cells[0]}".Trim();
            yield return new EventSession(name, schedule, VietnameseText.CleanItem(cells[venueCol]));
        }
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
        // A line under the label lists its items with ";"; a bullet is one item, whatever it holds.
        items.AddRange(Under(lines, at, to).SelectMany(l => l.Kind == LineKind.Text ? l.Text.Split(';') : [l.Text]).Select(VietnameseText.CleanItem).Where(s => s.Length > 0));
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
        || folded.StartsWith("doi tuong", StringComparison.Ordinal)
        || folded.StartsWith("yeu cau", StringComparison.Ordinal);

    private static readonly Regex AtPattern = VietnameseText.Loose(@"[,;]?\s+tại\s+", RegexOptions.IgnoreCase);

    private static Regex At() => AtPattern;

    private static readonly Regex AlsoElsewherePattern = VietnameseText.Loose(@";\s*(?:đồng thời|ngoài ra|và tại)\b", RegexOptions.IgnoreCase);

    private static Regex AlsoElsewhere() => AlsoElsewherePattern;

    private static readonly Regex ProgrammePattern = VietnameseText.Loose(
        @"^(?:Từ\s+)?(?<times>\d{1,2}\s*(?:giờ|h|g|:)\s*\d{0,2}(?:\s*phút)?[’']?(?:\s*(?:[-–]|đến)\s*\d{1,2}\s*(?:giờ|h|g|:)\s*\d{0,2}(?:\s*phút)?[’']?)?)\s*[:\-–]\s*(?<what>\S.*)$",
        RegexOptions.IgnoreCase);

    private static Regex ProgrammeLine() => ProgrammePattern;
}
