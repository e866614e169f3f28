using System.Globalization;

namespace PlanBot.Core.Reports;

/// <summary>A reporting period, both days included: "từ 01/11/2026 đến 30/11/2026".</summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To)
{
    private static readonly string[] Formats = ["d/M/yyyy", "dd/MM/yyyy", "d-M-yyyy", "d.M.yyyy", "yyyy-MM-dd"];

    /// <summary>The period the user wrote, or the words that say what is wrong with it.</summary>
    public static (ReportPeriod? Period, string? Problem) Parse(string from, string to, ReportTexts words)
    {
        if (!TryDate(from, out var f)) return (null, words.BadDate(from));
        if (!TryDate(to, out var t)) return (null, words.BadDate(to));
        return f > t ? (null, words.BadPeriodOrder) : (new ReportPeriod(f, t), null);
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date) && date.Year is >= 2000 and <= 2100;

    /// <summary>The form download links carry it in ("2026-11-01").</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool TryIso(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
