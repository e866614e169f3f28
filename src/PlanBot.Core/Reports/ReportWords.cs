using System.Globalization;
using PlanBot.Core.Status;

namespace PlanBot.Core.Reports;

/// <summary>
/// The words of the filed report (.docx) and its Excel table. An administrative document of a Vietnamese office is
/// written in Vietnamese whatever language its author chats in, so these have no English form.
/// </summary>
public static class ReportWords
{
    public const string Nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";
    public const string Title = "BÁO CÁO";
    public const string Results = "I. KẾT QUẢ THỰC HIỆN";
    public const string Shortcomings = "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN";
    public const string NextSteps = "III. NHIỆM VỤ THỜI GIAN TỚI";
    public const string Recipients = "Nơi nhận:";
    public const string Unit = "Đơn vị";
    public const string Role = "Chủ trì / phối hợp";
    public const string Lead = "Chủ trì";
    public const string Coordinating = "Phối hợp";
    public const string Task = "Nhiệm vụ";
    public const string Total = "Tổng số";
    public const string OnTime = "Hoàn thành đúng hạn";
    public const string Late = "Hoàn thành quá hạn";
    public const string WithinDeadline = "Chưa hoàn thành, trong hạn";
    public const string Overdue = "Chưa hoàn thành, quá hạn";
    public const string Settled = "Số nhiệm vụ đến hạn";
    public const string OnTimeRate = "Tỷ lệ đúng hạn";
    public const string OriginalDue = "Hạn ban đầu";
    public const string ExtendedDue = "Hạn được gia hạn";
    public const string CompletedOn = "Ngày hoàn thành";
    public const string Bucket = "Kết quả";
    public const string Status = "Trạng thái";
    public const string Percent = "Tiến độ (%)";
    public const string LastNote = "Ghi chú gần nhất";
    public const string Explanation = "Giải trình";
    public const string GrandTotal = "Tổng cộng";
    public const string SummarySheet = "Tổng hợp";
    public const string TaskSheet = "Nhiệm vụ";

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static string BucketName(AccountBucket bucket) => bucket switch
    {
        AccountBucket.DoneOnTime => OnTime,
        AccountBucket.DoneLate => Late,
        AccountBucket.OpenWithinDeadline => WithinDeadline,
        _ => Overdue,
    };

    public static string StatusName(Plans.WorkStatus status) => StatusCatalogue.Of(status).Vi;

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"87,5%" — Vietnamese writes a decimal comma; "—" when no task's deadline has come.</summary>
    public static string Rate(double? rate) => rate is { } r ? r.ToString("0.#", Vi) + "%" : "—";

    public static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>"Bắc Giang, ngày 07 tháng 12 năm 2026": Nghị định 30 writes days below 10 and months below 3 with a leading zero.</summary>
    public static string PlaceAndDate(string? place, DateOnly date) =>
        $"{(string.IsNullOrWhiteSpace(place) ? "……" : place)}, ngày {date.Day:00} "
        + $"tháng {date.Month.ToString(date.Month < 3 ? "00" : "0", CultureInfo.InvariantCulture)} năm {date.Year}";

    /// <summary>"Kế hoạch số 12/KH-KHCN" or just "Kế hoạch" when the plan had no number.</summary>
    public static string PlanName(ReportHeading h) => string.IsNullOrWhiteSpace(h.PlanNumber) ? "Kế hoạch" : $"Kế hoạch số {h.PlanNumber}";

    /// <summary>"Số: …/BC-KHCN": the office gives the number when it registers the report; the suffix follows the plan's.</summary>
    public static string NumberLine(ReportHeading h)
    {
        var suffix = h.PlanNumber is { } n && n.LastIndexOf('-') is var dash and >= 0 ? n[(dash + 1)..].Trim() : "…";
        return $"Số: …/BC-{(suffix.Length == 0 ? "…" : suffix)}";
    }
}
