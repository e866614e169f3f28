namespace PlanBot.Core.Plans;

/// <summary>What the organizer did with the tasks they picked on the editing card.</summary>
public enum PickedAction { None, Delete, Move }

/// <summary>One task as the editing card shows it: its position in the unit, the text and due date as left in the form.</summary>
public sealed record TaskCorrection(int Index, string? Description, DateOnly? Due, bool Picked);

/// <summary>
/// The organizer's corrections to one unit of a plan, from one submission of the editing card: rename it (a name that
/// another unit already has merges the two), fix task texts and due dates, delete or move the picked tasks to another
/// unit, add a task, and turn "not understood" lines into tasks of this unit. Units are addressed by their position.
/// </summary>
public sealed record UnitCorrection(
    int Unit,
    string? Name,
    IReadOnlyList<TaskCorrection> Tasks,
    PickedAction Picked = PickedAction.None,
    int? MoveTo = null,
    string? NewTask = null,
    DateOnly? NewDue = null,
    IReadOnlyList<int>? AdoptLines = null)
{
    public const int MaxText = 1000;

    /// <summary>Text as typed, trimmed and bounded; null when nothing usable was typed.</summary>
    public static string? Clean(string? text)
    {
        var t = text?.Trim();
        return string.IsNullOrEmpty(t) ? null : t.Length > MaxText ? t[..MaxText] : t;
    }
}

/// <summary>Why a correction was refused (nothing of it is applied).</summary>
public enum CorrectionProblem { None, NoSuchUnit, NoSuchTask, NoMoveTarget, NoSuchLine }
