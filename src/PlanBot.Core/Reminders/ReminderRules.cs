using System.Globalization;
using PlanBot.Core.Plans;
using PlanBot.Core.Status;

namespace PlanBot.Core.Reminders;

/// <summary>When a plan's reminders go out: so many days before each due date, on it, then daily while overdue, at one local time.</summary>
public sealed record ReminderSchedule(IReadOnlyList<int> DaysBefore, TimeOnly At)
{
    public static readonly ReminderSchedule Default = new([3, 0], new TimeOnly(8, 0));

    /// <summary>Reminders are sent on working days between <see cref="At"/> and this hour, never at night.</summary>
    public static readonly TimeOnly EndOfWorkingDay = new(17, 0);

    public string DaysText => string.Join(",", DaysBefore);

    public static ReminderSchedule Of(Plan plan) => new(ParseDays(plan.ReminderDaysBefore) ?? Default.DaysBefore, plan.ReminderTime);

    public static IReadOnlyList<int>? ParseDays(string? text)
    {
        var days = new List<int>();
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var d) || d > 60) return null;
            days.Add(d);
        }
        return days.Count is > 0 and <= 5 ? days.Distinct().OrderDescending().ToList() : null;
    }
}

public enum ReminderKind { DueSoon, DueToday, Overdue }

/// <summary>Why a unit is reminded today, and of how many days.</summary>
public sealed record ReminderReason(ReminderKind Kind, int Days);

public static class ReminderRules
{
    public static bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>True during the window in which a plan's reminders of the day may go out.</summary>
    public static bool IsReminderTime(DateTime local, ReminderSchedule schedule) =>
        IsWorkingDay(DateOnly.FromDateTime(local)) && TimeOnly.FromDateTime(local) >= schedule.At && TimeOnly.FromDateTime(local) < ReminderSchedule.EndOfWorkingDay;

    /// <summary>The most urgent reason to remind a unit today, or null: overdue beats due today beats due soon.</summary>
    public static ReminderReason? ReasonFor(Plan plan, PlanUnit unit, DateOnly today, ReminderSchedule schedule)
    {
        ReminderReason? best = null;
        foreach (var task in unit.Tasks.Where(t => t.IsOpen))
        {
            if (TaskStanding.DueOf(plan, task) is not { } due) continue;
            var days = due.DayNumber - today.DayNumber;
            ReminderReason? reason = days < 0 ? new(ReminderKind.Overdue, -days)
                : schedule.DaysBefore.Contains(days) ? new(days == 0 ? ReminderKind.DueToday : ReminderKind.DueSoon, days)
                : null;
            if (reason is not null && (best is null || reason.Kind > best.Kind)) best = reason;
        }
        return best;
    }
}
