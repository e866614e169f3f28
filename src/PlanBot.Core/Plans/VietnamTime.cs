namespace PlanBot.Core.Plans;

/// <summary>Asia/Ho_Chi_Minh (UTC+7, no daylight saving), the time zone every card shows.</summary>
public static class VietnamTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>The date it is in Hanoi at <paramref name="instant"/>: what "today" means for due dates.</summary>
    public static DateOnly Today(DateTimeOffset instant) => DateOnly.FromDateTime(Local(instant));

    public static string Format(DateTimeOffset instant) =>
        Local(instant).ToString("HH:mm dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
