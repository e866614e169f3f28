using System.Globalization;

namespace PlanBot.Core.Reports;

/// <summary>
/// The report card's words about accountability and the period, in Vietnamese and English. Kept beside the feature
/// rather than in the shared <c>Texts</c>, with the same rule: <c>required</c> members, so a missing translation is a
/// compile error, and blanks as typed functions. Cards bind them as <c>${rt.…}</c>.
/// </summary>
public sealed record ReportTexts
{
    public required string OnTime { get; init; }
    public required string Late { get; init; }
    public required string WithinDeadline { get; init; }
    public required string Overdue { get; init; }
    public required string ShortOnTime { get; init; }
    public required string ShortLate { get; init; }
    public required string ShortWithin { get; init; }
    public required string ShortOverdue { get; init; }
    public required string ShortRate { get; init; }
    public required string DownloadDocx { get; init; }
    public required string DownloadXlsx { get; init; }
    public required string DraftNote { get; init; }
    public required Func<string, int, string> OnTimeRate { get; init; }
    public required string NoDeadlineYet { get; init; }
    public required Func<string, string, string, string> Period { get; init; }
    public required Func<int, string> Extended { get; init; }
    public required Func<string, string> BadDate { get; init; }
    public required string BadPeriodOrder { get; init; }
    /// <summary>The culture numbers are written in: a name, so the texts stay plain data for card templates.</summary>
    public required string NumberCulture { get; init; }

    /// <summary>"33,3%" in Vietnamese, "33.3%" in English.</summary>
    public string Rate(double rate) => rate.ToString("0.#", CultureInfo.GetCultureInfo(NumberCulture)) + "%";

    public static readonly ReportTexts Vi = new()
    {
        OnTime = "Hoàn thành đúng hạn",
        Late = "Hoàn thành quá hạn",
        WithinDeadline = "Chưa hoàn thành, trong hạn",
        Overdue = "Chưa hoàn thành, quá hạn",
        ShortOnTime = "Đúng hạn",
        ShortLate = "Trễ hạn",
        ShortWithin = "Trong hạn",
        ShortOverdue = "Quá hạn",
        ShortRate = "Tỷ lệ đúng hạn",
        DownloadDocx = "Dự thảo báo cáo (Word)",
        DownloadXlsx = "Bảng tổng hợp (Excel)",
        DraftNote = "Tệp Word là bản dự thảo báo cáo theo thể thức Nghị định 30/2020/NĐ-CP: hãy điền số, kiểm tra và chỉnh sửa trước khi trình ký.",
        OnTimeRate = (rate, settled) => $"Tỷ lệ hoàn thành đúng hạn: {rate} (trên {settled} nhiệm vụ đã đến hạn hoặc đã hoàn thành)",
        NoDeadlineYet = "Tỷ lệ hoàn thành đúng hạn: chưa có nhiệm vụ nào đến hạn.",
        Period = (from, to, asOf) => $"Kỳ báo cáo: từ {from} đến {to} — nhiệm vụ có hạn trong kỳ, tình hình đến hết ngày {asOf}.",
        Extended = n => $"Số nhiệm vụ được gia hạn: {n}",
        BadDate = text => $"Không đọc được ngày “{text}”. Hãy viết ngày dạng ngày/tháng/năm, ví dụ: báo cáo 12 từ 01/11/2026 đến 30/11/2026.",
        BadPeriodOrder = "Ngày bắt đầu kỳ báo cáo phải trước hoặc trùng ngày kết thúc.",
        NumberCulture = "vi-VN",
    };

    public static readonly ReportTexts En = new()
    {
        OnTime = "Done on time",
        Late = "Done late",
        WithinDeadline = "Not done, within deadline",
        Overdue = "Not done, overdue",
        ShortOnTime = "On time",
        ShortLate = "Late",
        ShortWithin = "Not yet due",
        ShortOverdue = "Overdue",
        ShortRate = "On-time rate",
        DownloadDocx = "Draft report (Word)",
        DownloadXlsx = "Summary table (Excel)",
        DraftNote = "The Word file is a draft report in the format of Decree 30/2020/NĐ-CP: fill in its number, check and edit it before it is signed.",
        OnTimeRate = (rate, settled) => $"On-time rate: {rate} (of {settled} tasks due or done)",
        NoDeadlineYet = "On-time rate: no task is due yet.",
        Period = (from, to, asOf) => $"Period: {from} to {to} — tasks due within it, as they stood at the end of {asOf}.",
        Extended = n => $"Tasks given more time: {n}",
        BadDate = text => $"I could not read the date “{text}”. Write dates as day/month/year, e.g. report 12 from 01/11/2026 to 30/11/2026.",
        BadPeriodOrder = "The period must start on or before the day it ends.",
        NumberCulture = "",
    };

    public static ReportTexts For(string languageCode) => languageCode == "en" ? En : Vi;
}
