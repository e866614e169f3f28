namespace PlanBot.Core.Reminders;

/// <summary>
/// One reminder (or escalation) that went out: a unit of a plan on a day. Its unique key makes a slot
/// fire once, however often the planner runs and across restarts or several instances.
/// </summary>
public sealed class ReminderSlot
{
    public long Id { get; set; }
    public int PlanId { get; set; }

    /// <summary>The unit reminded; 0 for the organizer's escalation digest.</summary>
    public int UnitId { get; set; }

    public DateOnly Day { get; set; }
    public DateTime CreatedAt { get; set; }
}
