using System.Globalization;
using System.Text.RegularExpressions;
using PlanBot.Core.Import;
using PlanBot.Core.Localization;

namespace PlanBot.Core.Conversation;

public enum CommandKind { Help, ListPlans, ShowPlan, SetLanguage, AssignUnits, RequestStatus, MyTasks, PauseReminders, ResumeReminders, ScheduleReminders, RemindNow, Report, BookRoom, ShowMeeting, CancelMeeting, EditPlan, ImportPlan, Unknown }

/// <summary>What a user's message asks for.</summary>
public sealed record Command(CommandKind Kind, string Text, int? PlanId = null, Language? Language = null, int? Number = null,
    string? Days = null, TimeOnly? At = null, string? PeriodFrom = null, string? PeriodTo = null);

/// <summary>Reads commands in Vietnamese or English; a long, multi-line text is taken as a plan.</summary>
public static partial class CommandParser
{
    public static Command Parse(string? text)
    {
        var trimmed = (text ?? "").Trim();
        var folded = VietnameseText.Fold(trimmed).TrimEnd('.', '!', '?');
        if (folded is "help" or "tro giup" or "giup" or "huong dan" or "?" or "menu") return new(CommandKind.Help, trimmed);
        if (folded is "plans" or "danh sach" or "list" or "ke hoach" or "danh sach ke hoach" or "list plans") return new(CommandKind.ListPlans, trimmed);
        if (Show().Match(folded) is { Success: true } show && int.TryParse(show.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return new(CommandKind.ShowPlan, trimmed, PlanId: id);
        if (folded is "my tasks" or "viec cua toi" or "cong viec cua toi" or "tasks") return new(CommandKind.MyTasks, trimmed);
        if (Assign().Match(folded) is { Success: true } assign) return new(CommandKind.AssignUnits, trimmed, PlanId: OptionalId(assign));
        if (Request().Match(folded) is { Success: true } request) return new(CommandKind.RequestStatus, trimmed, PlanId: OptionalId(request));
        if (MeetingCommand().Match(folded) is { Success: true } meeting)
        {
            var kind = meeting.Groups[1].Value switch
            {
                "dat phong" or "book room" or "book" => CommandKind.BookRoom,
                "huy cuoc hop" or "cancel meeting" => CommandKind.CancelMeeting,
                _ => CommandKind.ShowMeeting,
            };
            return new(kind, trimmed, PlanId: OptionalId(meeting, 2));
        }
        if (Edit().Match(folded) is { Success: true } edit) return new(CommandKind.EditPlan, trimmed, PlanId: OptionalId(edit));
        if (ReportCommand().Match(folded) is { Success: true } report) return new(CommandKind.Report, trimmed, PlanId: OptionalId(report),
                PeriodFrom: report.Groups[2].Success ? report.Groups[2].Value : null, PeriodTo: report.Groups[3].Success ? report.Groups[3].Value : null);
        if (ReminderSwitch().Match(folded) is { Success: true } sw)
            return new(sw.Groups[1].Value is "tat" or "off" or "dung" ? CommandKind.PauseReminders : CommandKind.ResumeReminders, trimmed, PlanId: OptionalId(sw, 2));
        if (ReminderSchedule().Match(folded) is { Success: true } sc)
            return new(CommandKind.ScheduleReminders, trimmed, PlanId: OptionalId(sc, 4), Days: sc.Groups[1].Value,
                At: TimeOnly.TryParseExact(sc.Groups[2].Value + ":" + (sc.Groups[3].Success ? sc.Groups[3].Value : "00"), "H:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : null);
        if (RemindNow().Match(folded) is { Success: true } now)
            return new(CommandKind.RemindNow, trimmed, PlanId: OptionalId(now, 2), Number: OptionalId(now, 1));
        if (Lang().Match(folded) is { Success: true } lang)
            return new(CommandKind.SetLanguage, trimmed, Language: LanguageCodes.Parse(lang.Groups[1].Value));
        if (LooksLikeDocument(trimmed)) return new(CommandKind.ImportPlan, trimmed);
        return new(CommandKind.Unknown, trimmed);
    }

    /// <summary>
    /// Something meant to be read as a plan, not a command: several lines or a long text, or a short one that speaks like a
    /// plan ("KẾ HOẠCH họp chi bộ … Thời gian: … Địa điểm: …" on one line). Decided by content, not line count: the
    /// importer then reads it, or says what a plan would need.
    /// </summary>
    private static bool LooksLikeDocument(string text) =>
        text.Length >= 200 || text.Count(c => c == '\n') >= 3 || PlanTextParser.Lines(text).Count(l => l.Kind != LineKind.Blank) >= 4
        || PlanCue().IsMatch(VietnameseText.Fold(text));

    [GeneratedRegex(@"(?:^|\W)(?:ke hoach|v/v|thoi gian|dia diem|thanh phan)\W")]
    private static partial Regex PlanCue();

    [GeneratedRegex(@"^(?:show|xem|hien thi|plan|ke hoach)\s*(?:so\s*|#)?(\d{1,9})$")]
    private static partial Regex Show();

    private static int? OptionalId(Match m, int group = 1) =>
        m.Groups[group].Success && int.TryParse(m.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    [GeneratedRegex(@"^(dat phong|book room|book|huy cuoc hop|cancel meeting|cuoc hop|meeting)(?:\s+(?:ke hoach|plan)?\s*(?:so\s*|#)?(\d{1,9}))?$")]
    private static partial Regex MeetingCommand();

    // "báo cáo 12 từ 01/11/2026 đến 30/11/2026": the dates are read (and refused in words) by ReportPeriod.
    [GeneratedRegex(@"^(?:report|bao cao|bao cao tong hop)(?:\s+(?:ke hoach|plan)?\s*(?:so\s*|#)?(\d{1,9}))?"
                    + @"(?:\s+(?:tu|from)\s+(\S{1,20})\s+(?:den|to)\s+(\S{1,20}))?$")]
    private static partial Regex ReportCommand();

    [GeneratedRegex(@"^(?:nhac viec|reminders)\s+(tat|bat|dung|off|on)(?:\s+(?:ke hoach|plan)?\s*(?:so\s*|#)?(\d{1,9}))?$")]
    private static partial Regex ReminderSwitch();

    [GeneratedRegex(@"^(?:nhac viec|reminders)\s+([\d,\s]+?)\s+(?:luc|at)\s+(\d{1,2})(?:[:h](\d{2}))?(?:\s+(?:ke hoach|plan)?\s*(?:so\s*|#)?(\d{1,9}))?$")]
    private static partial Regex ReminderSchedule();

    [GeneratedRegex(@"^(?:nhac ngay|remind now|remind)\s+(?:don vi\s*|unit\s*)?(?:so\s*)?(\d{1,3})(?:\s+(?:ke hoach|plan)\s*(?:so\s*|#)?(\d{1,9}))?$")]
    private static partial Regex RemindNow();

    [GeneratedRegex(@"^(?:assign|phan cong)(?:\s+(?:ke hoach|plan)?\s*(?:so\s*|#)?(\d{1,9}))?$")]
    private static partial Regex Assign();

    [GeneratedRegex(@"^(?:request status|request|yeu cau bao cao|bao cao tien do|yeu cau cap nhat)(?:\s+(?:ke hoach|plan)?\s*(?:so\s*|#)?(\d{1,9}))?$")]
    private static partial Regex Request();

    [GeneratedRegex(@"^(?:sua|edit|sua ke hoach|edit plan)(?:\s+(?:ke hoach|plan)?\s*(?:so\s*|#)?(\d{1,9}))?$")]
    private static partial Regex Edit();

    [GeneratedRegex(@"^(?:lang|language|ngon ngu)\s+(\S+)$")]
    private static partial Regex Lang();
}
