namespace PlanBot.Core.Plans;

/// <summary>What PlanBot understood from a written plan, before it is saved.</summary>
public sealed record PlanDocument
{
    public required string Title { get; init; }
    public string? Number { get; init; }
    public string? Issuer { get; init; }
    public string? IssuePlace { get; init; }
    public PartialDate? IssueDate { get; init; }
    public EventSchedule? Event { get; init; }
    public string? Venue { get; init; }
    public IReadOnlyList<string> Purposes { get; init; } = [];
    public IReadOnlyList<string> Agenda { get; init; } = [];
    public IReadOnlyList<string> Participants { get; init; } = [];
    public IReadOnlyList<UnitTasks> Units { get; init; } = [];
    public IReadOnlyList<string> Recipients { get; init; } = [];
    public Signer? Signer { get; init; }

    /// <summary>Every line of the implementation section and every task-table row that did not become a task, as written.</summary>
    public IReadOnlyList<string> NotUnderstood { get; init; } = [];

    public int TaskCount => Units.Sum(u => u.Tasks.Count);
}

/// <summary>One responsible unit and the tasks the plan gives it.</summary>
public sealed record UnitTasks(string Unit, IReadOnlyList<PlanTaskItem> Tasks);

/// <summary>One task; the due date when the plan states one ("trước ngày 20/12/2023").</summary>
public sealed record PlanTaskItem(string Description, DateOnly? DueDate = null)
{
    /// <summary>The units named "phối hợp" for this task (never its lead, the unit it is listed under).</summary>
    public IReadOnlyList<string> Coordinating { get; init; } = [];

    /// <summary>"hàng tháng", "thường xuyên": recurring, without a due date.</summary>
    public bool Recurring { get; init; }
}

/// <summary>Who signs the plan: the title block ("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC") and the name.</summary>
public sealed record Signer(string? Title, string Name);
