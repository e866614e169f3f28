using System.Text.RegularExpressions;
using PlanBot.Core.Plans;

namespace PlanBot.Core.Import;

/// <summary>
/// Reads the dates and times Vietnamese plans write: "ngày 05/01/2023", "15 tháng 12 năm 2023",
/// "08 giờ 00 phút", "07h30", "từ ngày 10 đến ngày 12/3/2023", "1/2 ngày", "Dự kiến".
/// </summary>
public static class VietnameseDates
{
    public static PartialDate? ParseIssueDate(string text)
    {
        var m = LongDate().Match(text);
        if (m.Success)
            return new PartialDate(Num(m.Groups["d"]), Num(m.Groups["m"]), int.Parse(m.Groups["y"].Value));
        m = NumericDate().Match(text);
        return m.Success && m.Groups["y"].Success
            ? new PartialDate(int.Parse(m.Groups["d"].Value), int.Parse(m.Groups["m"].Value), Year(m.Groups["y"].Value))
            : null;
    }

    /// <summary>Reads an event time phrase; null when it holds no date or time at all.</summary>
    public static EventSchedule? ParseEvent(string text, int? defaultYear)
    {
        var tentative = VietnameseText.Fold(text).Contains("du kien", StringComparison.Ordinal);
        TimeSpan? duration = null;
        var halfDay = HalfDay().Match(text);
        if (halfDay.Success) duration = TimeSpan.FromHours(4);
        else if (WholeDays().Match(text) is { Success: true } days) duration = TimeSpan.FromHours(8 * int.Parse(days.Groups[1].Value));
        // "1/2 ngày" must not be read as the date 1 February.
        var rest = HalfDay().Replace(text, " ");

        var times = TimeOfDay().Matches(rest).Select(ToTime).OfType<TimeOnly>().ToList();
        var dateMatches = FindDates(rest, defaultYear);

        if (dateMatches.Count == 0 && times.Count == 0 && duration is null) return null;

        DateOnly? start = dateMatches.Count > 0 ? dateMatches[0] : null;
        DateOnly? end = dateMatches.Count > 1 ? dateMatches.Max() : null;
        return new EventSchedule(
            start,
            end is { } e && start is { } s && e > s ? e : null,
            times.Count > 0 ? times[0] : null,
            times.Count > 1 ? times[1] : null,
            duration,
            tentative);
    }

    /// <summary>A due date inside a task ("trước ngày 20/12/2023", "Thời hạn: 25/12").</summary>
    public static DateOnly? ParseDue(string text, int? defaultYear)
    {
        var m = DuePhrase().Match(text);
        if (!m.Success) return null;
        var dates = FindDates(m.Groups["when"].Value, defaultYear);
        return dates.Count > 0 ? dates[0] : null;
    }

    /// <summary>All full dates in order, with day-only range starts ("từ ngày 10 đến ngày 12/3/2023") completed from the end.</summary>
    public static List<DateOnly> FindDates(string text, int? defaultYear)
    {
        var found = new List<(int Index, DateOnly Date)>();
        var longDates = LongDate().Matches(text);
        foreach (Match m in longDates)
        {
            if (Num(m.Groups["d"]) is { } d && Num(m.Groups["m"]) is { } mo && PartialDate.IsValid(int.Parse(m.Groups["y"].Value), mo, d))
                found.Add((m.Index, new DateOnly(int.Parse(m.Groups["y"].Value), mo, d)));
        }
        foreach (Match m in NumericDate().Matches(text))
        {
            if (longDates.Any(l => m.Index >= l.Index && m.Index < l.Index + l.Length)) continue;
            var year = m.Groups["y"].Success ? Year(m.Groups["y"].Value) : defaultYear;
            if (year is not { } y) continue;
            int d = int.Parse(m.Groups["d"].Value), mo = int.Parse(m.Groups["m"].Value);
            if (PartialDate.IsValid(y, mo, d)) found.Add((m.Index, new DateOnly(y, mo, d)));
        }
        var range = DayOnlyRange().Match(text);
        if (range.Success && found.Count > 0)
        {
            var last = found.MaxBy(f => f.Index).Date;
            var day = int.Parse(range.Groups["d"].Value);
            if (PartialDate.IsValid(last.Year, last.Month, day)) found.Add((range.Index, new DateOnly(last.Year, last.Month, day)));
        }
        return found.OrderBy(f => f.Index).Select(f => f.Date).ToList();
    }

    private static TimeOnly? ToTime(Match m)
    {
        var h = int.Parse(m.Groups["h"].Value);
        var min = m.Groups["min"].Success ? int.Parse(m.Groups["min"].Value) : 0;
        if (m.Groups["pm"].Success && h is >= 1 and < 12) h += 12; // "2 giờ chiều"

        return h is >= 0 and <= 23 && min is >= 0 and <= 59 ? new TimeOnly(h, min) : null;
    }

    private static int? Num(Group g) => g.Success && int.TryParse(g.Value, out var n) ? n : null;

    private static int Year(string y) => y.Length == 2 ? 2000 + int.Parse(y) : int.Parse(y);

    private static readonly Regex LongDatePattern = VietnameseText.Loose(@"(?:ngày\s*(?<d>\d{1,2})?\s*)?tháng\s*(?<m>\d{1,2})?\s*năm\s*(?<y>\d{4})", RegexOptions.IgnoreCase);

    private static Regex LongDate() => LongDatePattern;

    private static readonly Regex NumericDatePattern = VietnameseText.Loose(@"(?<![\d/])(?<d>\d{1,2})\s*[/.\-]\s*(?<m>\d{1,2})(?:\s*[/.\-]\s*(?<y>\d{4}|\d{2}))?(?![\d/]|\s*(?:ngày|buổi))");

    private static Regex NumericDate() => NumericDatePattern;

    private static readonly Regex DayOnlyRangePattern = VietnameseText.Loose(@"từ\s+(?:ngày\s+)?(?<d>\d{1,2})\s+(?:đến|tới|-)\s+", RegexOptions.IgnoreCase);

    private static Regex DayOnlyRange() => DayOnlyRangePattern;

    private static readonly Regex TimeOfDayPattern = VietnameseText.Loose(@"(?<![\d/])(?<h>\d{1,2})\s*(?:giờ|h|g|:)\s*(?<min>\d{2})?(?:\s*phút)?(?![\p{L}\d/])(?:[’']?\s*(?<pm>chiều|tối))?", RegexOptions.IgnoreCase);

    private static Regex TimeOfDay() => TimeOfDayPattern;

    private static readonly Regex HalfDayPattern = VietnameseText.Loose(@"(?:01|1)\s*/\s*2\s*ngày|nửa\s+ngày|một\s+buổi|01\s+buổi", RegexOptions.IgnoreCase);

    private static Regex HalfDay() => HalfDayPattern;

    private static readonly Regex WholeDaysPattern = VietnameseText.Loose(@"\b0?(\d)\s+ngày\b", RegexOptions.IgnoreCase);

    private static Regex WholeDays() => WholeDaysPattern;

    private static readonly Regex DuePhrasePattern = VietnameseText.Loose(@"(?:trước|chậm nhất|hạn chót|thời hạn|hoàn thành)\s*(?:ngày|:|là)?\s*(?<when>.{0,40})", RegexOptions.IgnoreCase);

    private static Regex DuePhrase() => DuePhrasePattern;
}
