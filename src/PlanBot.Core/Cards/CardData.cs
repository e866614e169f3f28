using PlanBot.Core.Assignments;
using PlanBot.Core.Localization;
using PlanBot.Core.Plans;

namespace PlanBot.Core.Cards;

/// <summary>
/// View data shared by the cards, and the welcome, help and notice cards; each feature's card has its own
/// *CardData beside it (cards/NAME.json). Values are never null: the official
/// templating engine fails on a null inside text, so absent fields become "" and <c>$when</c> hides them.
/// </summary>
public static class CardData
{
    public static object Welcome(Texts t) => new { t };

    public static object Help(Texts t) => new
    {
        t,
        commands = new[]
        {
            new { command = "trợ giúp · help", description = t.CmdHelp },
            new { command = "danh sách · plans", description = t.CmdPlans },
            new { command = "xem N · show N", description = t.CmdShow },
            new { command = "sửa N · edit N", description = t.CmdEdit },
            new { command = "phân công · assign", description = t.CmdAssign },
            new { command = "yêu cầu báo cáo · request status", description = t.CmdRequest },
            new { command = "việc của tôi · my tasks", description = t.CmdMyTasks },
            new { command = "nhắc việc · reminders", description = t.CmdReminders },
            new { command = "báo cáo · report", description = t.CmdReport },
            new { command = "đặt phòng · book room", description = t.CmdBook },
            new { command = "cuộc họp · meeting", description = t.CmdMeeting },
            new { command = "lang en · lang vi", description = t.CmdLang },
            new { command = "…", description = t.CmdPaste },
        },
    };

    public static object Notice(string title, string text) => new { title, text };

    // How much of a large plan a card shows. Teams refuses messages over about 100 KB (UTF-16, so a Vietnamese
    // character costs 2 bytes and a card's JSON about twice its text); each card's data keeps its own limits beside it
    // (OverviewCardData, StatusCardData, …) so that every card stays within 80 KB at 120 units and 1,000 tasks.
    public const int UnitNameMax = 150;
    public const int ListShown = 10;
    public const int TaskTextMax = 200;
    public const int NoteMax = 200;

    /// <summary>The members of one unit. The unit's key is computed once: folding the name for every member made a 120-unit card quadratic.</summary>
    internal static IEnumerable<UnitMember> OfUnit(IReadOnlyList<UnitMember> members, string unitName)
    {
        var key = UnitMember.KeyOf(unitName);
        return members.Where(m => m.UnitKey == key);
    }

    internal static string People(IReadOnlyList<UnitMember> members, string unitName, Texts t)
    {
        var mine = OfUnit(members, unitName).OrderBy(m => m.Role).Select(m => m.UserName).ToList();
        return mine.Count == 0 ? t.Nobody : string.Join(", ", mine);
    }

    public static string? EventText(EventSchedule? e, Texts t)
    {
        if (e is null) return null;
        var text = e.Format();
        if (text.Length == 0) return null;
        return e.Tentative ? $"{text} ({t.Tentative})" : text;
    }

    internal static string TaskText(string description, DateOnly? due, Texts t) =>
        due is { } d ? $"{description} — {t.Due} {EventSchedule.Date(d)}" : description;

}

/// <summary>A task of another unit (its lead) that a unit is named to coordinate: shown on that unit's status card, read-only.</summary>
public sealed record CoordinatedTask(PlanUnit Lead, PlanTask Task);
