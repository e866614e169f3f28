using System.Globalization;

namespace PlanBot.Core.Plans;

/// <summary>
/// When the planned event takes place, as far as the plan says: a date or a date range,
/// optionally a start (and end) time or a duration ("1/2 ngày"), and whether it is tentative ("Dự kiến").
/// </summary>
public sealed record EventSchedule(
    DateOnly? StartDate,
    DateOnly? EndDate = null,
    TimeOnly? StartTime = null,
    TimeOnly? EndTime = null,
    TimeSpan? Duration = null,
    bool Tentative = false)
{
    /// <summary>"08:00, 05/01/2023", "05/01/2023 – 07/01/2023", "07:30 – 11:30, 15/12/2023".</summary>
    public string Format()
    {
        var parts = new List<string>();
        if (StartTime is { } start)
            parts.Add(EndTime is { } end ? $"{Time(start)} – {Time(end)}" : Time(start));
        if (StartDate is { } date)
            parts.Add(EndDate is { } last && last != date ? $"{Date(date)} – {Date(last)}" : Date(date));
        return string.Join(", ", parts);
    }

    public static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Time(TimeOnly t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);
}
