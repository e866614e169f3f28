using PlanBot.Core.Plans;

namespace PlanBot.Core.Status;

/// <summary>
/// Where a task stands on a given day (Asia/Ho_Chi_Minh): its due date, whether it is open or overdue, and its
/// effective percent. The one definition every surface uses — overview, unit and status cards, report and CSV,
/// reminders, escalation, the plan page and portfolio.
/// </summary>
public readonly record struct TaskStanding(StatusKind Kind, DateOnly? Due, bool Open, bool Overdue, int Percent)
{
    public static TaskStanding Of(Plan plan, PlanTask task, DateOnly today)
    {
        var due = DueOf(plan, task);
        var open = IsOpen(task.Status);
        return new(StatusCatalogue.Of(task.Status), due, open, open && due is { } d && d < today, EffectivePercent(task.Status, task.Percent));
    }

    public static TaskStanding Of(Plan plan, PlanTask task, DateTimeOffset now) => Of(plan, task, VietnamTime.Today(now));

    /// <summary>The date a task must be done by: its own, else the event itself; a recurring task has only its own.</summary>
    public static DateOnly? DueOf(Plan plan, PlanTask task) => task.Recurring ? task.DueDate : task.DueDate ?? plan.EventStartDate;

    public static bool IsOpen(WorkStatus status) => !StatusCatalogue.Of(status).Finished;

    /// <summary>Open and its due date has passed: due today is not yet overdue, the day after is.</summary>
    public static bool IsOverdue(Plan plan, PlanTask task, DateOnly today) => Of(plan, task, today).Overdue;

    /// <summary>The percent a task counts for in progress: a finished task counts 100 whatever was typed, others 0–100.</summary>
    public static int EffectivePercent(WorkStatus status, int percent) => StatusCatalogue.Of(status).Finished ? 100 : Math.Clamp(percent, 0, 100);
}
