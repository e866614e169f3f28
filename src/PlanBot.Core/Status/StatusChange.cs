using PlanBot.Core.Plans;

namespace PlanBot.Core.Status;

/// <summary>One recorded answer for a task: who, when, old → new, and the note. Never updated or deleted.</summary>
public sealed class StatusChange
{
    public long Id { get; set; }
    public int TaskId { get; set; }
    public required string UserId { get; set; }
    public required string UserName { get; set; }
    public DateTimeOffset At { get; set; }
    public WorkStatus OldStatus { get; set; }
    public WorkStatus NewStatus { get; set; }
    public int OldPercent { get; set; }
    public int NewPercent { get; set; }
    public string? Note { get; set; }

    /// <summary>The id of the Teams invoke that carried the answer: the same invoke delivered twice records once.</summary>
    public string? InvokeId { get; set; }
}
