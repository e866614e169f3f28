using PlanBot.Core.Plans;

namespace PlanBot.Core.Status;

/// <summary>
/// One status a task can be in, as every surface shows it: the key the status card's choices and the plan page
/// carry (a wire format: cards posted months ago send it back), its words, its Adaptive Card colour and the plan
/// page's colour (WCAG AA on white, and on white text for badges).
/// </summary>
public sealed record StatusKind(WorkStatus Status, string Key, string Vi, string En, string CardColor, string PageColor, bool Finished = false)
{
    public string Word(string languageCode) => languageCode == "en" ? En : Vi;
}

/// <summary>
/// The statuses, defined once, in the order every surface lists them (status card choices, plan page chart and
/// legend). A new status is a line here, a value of <see cref="WorkStatus"/> and nothing else in the code.
/// </summary>
public static class StatusCatalogue
{
    public static readonly IReadOnlyList<StatusKind> All =
    [
        new(WorkStatus.NotStarted, "notStarted", "Chưa bắt đầu", "Not started", "Default", "#6b6b6b"),
        new(WorkStatus.InProgress, "inProgress", "Đang thực hiện", "In progress", "Accent", "#1a5fb4"),
        new(WorkStatus.Done, "done", "Hoàn thành", "Done", "Good", "#1e7b34", Finished: true),
        new(WorkStatus.Blocked, "blocked", "Vướng mắc", "Blocked", "Attention", "#a4430a"),
    ];

    private static readonly Dictionary<WorkStatus, StatusKind> ByStatus = All.ToDictionary(s => s.Status);
    private static readonly Dictionary<string, StatusKind> ByKey = All.ToDictionary(s => s.Key, StringComparer.Ordinal);

    /// <summary>The statuses in which a task is still open (to be done): what reminders and database queries look for.</summary>
    public static readonly IReadOnlyList<WorkStatus> Open = [.. All.Where(s => !s.Finished).Select(s => s.Status)];

    public static StatusKind Of(WorkStatus status) => ByStatus.TryGetValue(status, out var kind) ? kind : All[0];

    /// <summary>The status a key names; the key comes from a card's input, so anything unknown is refused.</summary>
    public static bool TryParse(string key, out WorkStatus status)
    {
        var found = ByKey.TryGetValue(key, out var kind);
        status = found ? kind!.Status : default;
        return found;
    }
}
