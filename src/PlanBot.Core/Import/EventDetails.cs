using System.Text.RegularExpressions;
using PlanBot.Core.Plans;

namespace PlanBot.Core.Import;

/// <summary>Purpose, agenda, participants, time and venue, read from the sections before the implementation.</summary>
internal sealed partial record EventDetails(
    EventSchedule? Schedule, string? Venue, IReadOnlyList<string> Participants, IReadOnlyList<string> Purposes, IReadOnlyList<string> Agenda)
{
    public static EventDetails Read(List<PlanLine> lines, int from, int to, int? defaultYear)
    {
        EventSchedule? schedule = null;
        string? venue = null;
        var participants = new List<string>();
        var purposes = new List<string>();
        var agenda = new List<string>();

        for (var i = from; i < to; i++)
        {
            var line = lines[i];
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
                venue = VietnameseText.CleanItem(Content(lines, i, to));
            else if ((key.StartsWith("thanh phan", StringComparison.Ordinal) || key.StartsWith("dai bieu", StringComparison.Ordinal)) && participants.Count == 0)
                participants.AddRange(ListContent(lines, i, to));
            else if (key.StartsWith("muc dich", StringComparison.Ordinal) && purposes.Count == 0)
                purposes.AddRange(ListContent(lines, i, to));
        }
        return new EventDetails(schedule, string.IsNullOrEmpty(venue) ? null : venue, participants, purposes, agenda);
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

    [GeneratedRegex(@"[,;]?\s+tại\s+", RegexOptions.IgnoreCase)]
    private static partial Regex At();
}
