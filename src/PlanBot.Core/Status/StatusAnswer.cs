using System.Globalization;
using System.Text.RegularExpressions;
using PlanBot.Core.Plans;

namespace PlanBot.Core.Status;

/// <summary>A unit's answer for one task, as read from the status card's inputs.</summary>
public sealed record TaskAnswer(int TaskId, WorkStatus Status, int Percent, string? Note);

public enum AnswerProblem { ForeignTask, BadStatus, BadPercent, NoteTooLong, Empty }

/// <summary>
/// Reads the inputs of a status card ("status-12", "percent-12", "note-12"). The card's data is under
/// the client's control, so every value is checked: a task outside the unit, a status outside the
/// catalogue's choices, a percent outside 0–100 or a note over <see cref="MaxNoteLength"/> refuses the whole answer.
/// </summary>
public static partial class StatusAnswerReader
{
    public const int MaxNoteLength = 1000;

    public static string ChoiceOf(WorkStatus status) => StatusCatalogue.Of(status).Key;

    public static (IReadOnlyList<TaskAnswer> Answers, AnswerProblem? Problem) Read(
        IReadOnlyDictionary<string, string?> inputs, IReadOnlyCollection<PlanTask> unitTasks)
    {
        var taskIds = unitTasks.Select(t => t.Id).ToHashSet();
        foreach (var key in inputs.Keys)
        {
            var m = InputKey().Match(key);
            if (m.Success && !taskIds.Contains(int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))) return ([], AnswerProblem.ForeignTask);
        }
        var answers = new List<TaskAnswer>();
        foreach (var task in unitTasks)
        {
            var statusText = inputs.GetValueOrDefault($"status-{task.Id}");
            var percentText = inputs.GetValueOrDefault($"percent-{task.Id}");
            var note = inputs.GetValueOrDefault($"note-{task.Id}");
            if (statusText is null && percentText is null && note is null) continue;

            var status = task.Status;
            if (statusText is not null && !StatusCatalogue.TryParse(statusText, out status)) return ([], AnswerProblem.BadStatus);
            var percent = task.Percent;
            if (!string.IsNullOrWhiteSpace(percentText)
                && (!double.TryParse(percentText, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) || p is < 0 or > 100 || double.IsNaN(p)))
                return ([], AnswerProblem.BadPercent);
            if (!string.IsNullOrWhiteSpace(percentText)) percent = (int)Math.Round(double.Parse(percentText, CultureInfo.InvariantCulture));
            if (note is { Length: > MaxNoteLength }) return ([], AnswerProblem.NoteTooLong);
            percent = TaskStanding.EffectivePercent(status, percent);
            answers.Add(new TaskAnswer(task.Id, status, percent, string.IsNullOrWhiteSpace(note) ? null : note.Trim()));
        }
        return answers.Count == 0 ? ([], AnswerProblem.Empty) : (answers, null);
    }

    [GeneratedRegex(@"^(status|percent|note)-(\d{1,9})$")]
    private static partial Regex InputKey();
}
