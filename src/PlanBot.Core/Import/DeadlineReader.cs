using System.Globalization;
using System.Text.RegularExpressions;
using PlanBot.Core.Plans;

namespace PlanBot.Core.Import;

/// <summary>
/// The due date of one task: "trước ngày 14/02/2018", "xong trước 15/12", "trong tháng 01/2018"
/// (the month's last day), "Quý I/2027" (the quarter's), "từ ngày … đến ngày …" (the end), or
/// "hàng tháng" / "thường xuyên" (recurring, no date). Without a year the plan's is taken, the next
/// one when that would put the date well before the plan was issued; when unsure, no date.
/// </summary>
internal static partial class DeadlineReader
{
    public sealed record Deadline(DateOnly? Due, bool Recurring);

    /// <summary>In a task's text a date counts only after a word that makes it a deadline.</summary>
    public static Deadline InTask(string text, PlanYear year)
    {
        foreach (Match m in DuePhrase().Matches(text))
        {
            var when = m.Groups["when"].Value;
            // "từ ngày 01/7/2025" with no end is when something starts, not a deadline.
            if (m.Groups["range"].Success && !RangeWord().IsMatch(when)) continue;
            if (DateIn(when, year, range: m.Groups["range"].Success, near: true) is { } due) return new(due, false);
        }
        // "… báo cáo UBND tỉnh tháng 12/2025", "… trong Quý I/2025": a month or quarter with its year is the deadline.
        if (DateIn(text, year, range: false, near: false, onlyPeriods: true) is { } period) return new(period, false);
        return new(null, Recurring().IsMatch(text));
    }

    /// <summary>A "Thời gian hoàn thành" cell: any date in it is the deadline.</summary>
    public static Deadline InCell(string cell, PlanYear year) =>
        DateIn(cell, year, range: true, near: false) is { } due ? new(due, false) : new(null, Recurring().IsMatch(cell));

    /// <summary>True for a "Thời hạn: …" line, whatever its date.</summary>
    public static bool IsOwnLine(string line) => OwnLine().IsMatch(line);

    /// <summary>"Thời hạn: 25/12" on a line of its own: the deadline of the task above.</summary>
    public static DateOnly? OnItsOwnLine(string line, PlanYear year) =>
        OwnLine().Match(line) is { Success: true } m ? DateIn(m.Groups["when"].Value, year, range: true, near: false) : null;

    /// <summary>
    /// The first date expression in <paramref name="text"/>; for a range, its end. <paramref name="near"/>:
    /// it must follow the deadline word closely. <paramref name="onlyPeriods"/>: only a month or quarter with its year.
    /// </summary>
    private static DateOnly? DateIn(string text, PlanYear year, bool range, bool near, bool onlyPeriods = false)
    {
        var candidates = new List<(int Index, DateOnly Date)>();
        if (!onlyPeriods)
        {
            foreach (Match m in FullOrDayMonth().Matches(text))
            {
                if (LongForm(m) is { } longDate) { candidates.Add((m.Index, longDate)); continue; }
                var y = m.Groups["y"].Success ? Year(m.Groups["y"].Value) : year.For(Num(m, "m"), Num(m, "d"));
                if (y is { } yy && PartialDate.IsValid(yy, Num(m, "m"), Num(m, "d"))) candidates.Add((m.Index, new DateOnly(yy, Num(m, "m"), Num(m, "d"))));
            }
        }
        foreach (Match m in Month().Matches(text))
        {
            if (candidates.Any(c => c.Index >= m.Index && c.Index < m.Index + m.Length)) continue;
            if (onlyPeriods && (!m.Groups["y"].Success || From().IsMatch(text[..m.Index]))) continue;
            var month = Num(m, "m");
            var y = m.Groups["y"].Success ? Year(m.Groups["y"].Value) : year.For(month, 1);
            if (y is { } yy && PartialDate.IsValid(yy, month, 1)) candidates.Add((m.Index, LastDay(yy, month)));
        }
        foreach (Match m in Quarter().Matches(text))
        {
            if (onlyPeriods && !m.Groups["y"].Success) continue;
            var q = Roman(m.Groups["q"].Value);
            var y = m.Groups["y"].Success ? Year(m.Groups["y"].Value) : year.For(q * 3, 1);
            if (y is { } yy && q is >= 1 and <= 4 && PartialDate.IsValid(yy, q * 3, 1)) candidates.Add((m.Index, LastDay(yy, q * 3)));
        }
        foreach (Match m in HalfYear().Matches(text))
        {
            if (onlyPeriods && !m.Groups["y"].Success) continue;
            var y = m.Groups["y"].Success ? Year(m.Groups["y"].Value) : year.Plan;
            // "tháng 02 năm 0000", "cả năm 0000": a year no plan has (found by ImportProperties) is no deadline.
            if (y is { } yy && PartialDate.IsValid(yy, 1, 1)) candidates.Add((m.Index, LastDay(yy, VietnameseText.Fold(m.Value).Contains("dau", StringComparison.Ordinal) ? 6 : 12)));
        }
        if (candidates.Count == 0) return null;
        var ordered = candidates.OrderBy(c => c.Index).ToList();
        if (near && ordered[0].Index > 12) return null;
        // "từ ngày 10/4 đến ngày 20/4/2018": the end, with the start's missing year taken from it.
        return range && RangeWord().IsMatch(text) ? ordered[^1].Date : ordered[0].Date;
    }

    private static DateOnly? LongForm(Match m) =>
        m.Groups["ly"].Success && PartialDate.IsValid(int.Parse(m.Groups["ly"].Value, CultureInfo.InvariantCulture), Num(m, "lm"), Num(m, "ld"))
            ? new DateOnly(int.Parse(m.Groups["ly"].Value, CultureInfo.InvariantCulture), Num(m, "lm"), Num(m, "ld")) : null;

    private static DateOnly LastDay(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    private static int Num(Match m, string group) => m.Groups[group].Success && int.TryParse(m.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static int Year(string y) => y.Length == 2 ? 2000 + int.Parse(y, CultureInfo.InvariantCulture) : int.Parse(y, CultureInfo.InvariantCulture);

    private static int Roman(string q) => q.ToUpperInvariant() switch
    {
        "I" or "1" => 1, "II" or "2" => 2, "III" or "3" => 3, "IV" or "4" => 4, _ => 0,
    };

    private static readonly Regex DuePattern = VietnameseText.Loose(
        @"(?<![\p{L}])(?:(?<range>từ(?=\s+(?:ngày\s+)?\d))|trước|chậm nhất|hạn chót|thời hạn|hoàn thành|xong|trong|đến|kết thúc|hạn|ngày(?=\s*\d)|vào)(?![\p{L}])\s*(?:ngày|:|là|vào|trước|trong|xong)?\s*(?:ngày|:|là|vào|trước|trong)?\s*(?=(?<when>.{0,48}))",
        RegexOptions.IgnoreCase);

    private static Regex DuePhrase() => DuePattern;

    private static readonly Regex RecurringPattern = VietnameseText.Loose(
        @"\b(?:hàng|hằng)\s+(?:ngày|tuần|tháng|quý|năm)\b|\bthường xuyên\b|\bđịnh kỳ\b|\bliên tục\b|\bthường kỳ\b", RegexOptions.IgnoreCase);

    private static Regex Recurring() => RecurringPattern;

    private static readonly Regex OwnLinePattern = VietnameseText.Loose(
        @"^(?:thời hạn|thời gian hoàn thành|thời gian thực hiện|hạn hoàn thành|hoàn thành)\s*[:\-–]?\s*(?<when>\S.*)$", RegexOptions.IgnoreCase);

    private static Regex OwnLine() => OwnLinePattern;

    private static readonly Regex FullOrDayMonthPattern = VietnameseText.Loose(
        @"(?:ngày\s*(?<ld>\d{1,2})\s*tháng\s*(?<lm>\d{1,2})\s*năm\s*(?<ly>\d{4}))|(?<![\d/])(?<d>\d{1,2})\s*[/.\-]\s*(?<m>\d{1,2})(?:\s*[/.\-]\s*(?<y>\d{4}|\d{2}))?(?![\d/]|\s*(?:ngày|buổi))",
        RegexOptions.IgnoreCase);

    private static Regex FullOrDayMonth() => FullOrDayMonthPattern;

    private static readonly Regex MonthPattern = VietnameseText.Loose(@"tháng\s*(?<m>\d{1,2})(?:\s*(?:/|năm)\s*(?<y>\d{4}))?(?!\s*[/.]\s*\d|\d)", RegexOptions.IgnoreCase);

    private static Regex Month() => MonthPattern;

    private static readonly Regex QuarterPattern = VietnameseText.Loose(@"quý\s*(?<q>IV|I{1,3}|[1-4])\b(?:\s*(?:/|năm)\s*(?<y>\d{4}))?", RegexOptions.IgnoreCase);

    private static Regex Quarter() => QuarterPattern;

    private static readonly Regex HalfYearPattern = VietnameseText.Loose(@"(?:6 tháng (?:đầu|cuối) năm|cuối năm|trong năm|cả năm)(?:\s*(?<y>\d{4}))?", RegexOptions.IgnoreCase);

    private static Regex HalfYear() => HalfYearPattern;

    // "từ tháng 7/2025": when something starts.
    private static readonly Regex FromPattern = VietnameseText.Loose(@"(?:từ|bắt đầu)\s*$", RegexOptions.IgnoreCase);

    private static Regex From() => FromPattern;

    private static readonly Regex RangeWordPattern = VietnameseText.Loose(@"\b(?:đến|tới)\b|\d\s*[-–]\s*\d{1,2}\s*/", RegexOptions.IgnoreCase);

    private static Regex RangeWord() => RangeWordPattern;
}

/// <summary>The year a date without one belongs to: the plan's, or the next when that would fall well before the plan was issued.</summary>
internal sealed record PlanYear(int? Plan, DateOnly? Issued)
{
    public int? For(int month, int day)
    {
        if (Plan is not { } y) return null;
        if (Issued is { } issued && issued.Year == y && PartialDate.IsValid(y, month, Math.Max(day, 1))
            && new DateOnly(y, month, Math.Max(day, 1)) < issued.AddMonths(-2))
            return y + 1;
        return y;
    }
}
