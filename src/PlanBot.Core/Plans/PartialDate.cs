using System.Globalization;

namespace PlanBot.Core.Plans;

/// <summary>
/// A date where the day (or month) may be left blank, as plans are often issued
/// "ngày   tháng 12 năm 2022" and dated by hand when signed.
/// </summary>
public sealed record PartialDate(int? Day, int? Month, int Year)
{
    public DateOnly? ToDate() =>
        Day is { } d && Month is { } m && IsValid(Year, m, d) ? new DateOnly(Year, m, d) : null;

    public override string ToString() => (Day, Month) switch
    {
        ({ } d, { } m) => string.Create(CultureInfo.InvariantCulture, $"{d:00}/{m:00}/{Year:0000}"),
        (null, { } m) => string.Create(CultureInfo.InvariantCulture, $"{m:00}/{Year:0000}"),
        _ => Year.ToString(CultureInfo.InvariantCulture),
    };

    internal static bool IsValid(int year, int month, int day) =>
        year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
