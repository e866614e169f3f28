using PlanBot.Core.Status;

namespace PlanBot.Core.Plans;

/// <summary>A saved plan: what the document said, and where its overview card lives.</summary>
public sealed class Plan
{
    public int Id { get; set; }
    public required string TenantId { get; set; }
    public required string Title { get; set; }
    public string? Number { get; set; }
    public string? Issuer { get; set; }
    public string? IssuePlace { get; set; }
    public string? IssueDate { get; set; }
    public DateOnly? EventStartDate { get; set; }
    public DateOnly? EventEndDate { get; set; }
    public TimeOnly? EventStartTime { get; set; }
    public TimeOnly? EventEndTime { get; set; }
    public int? EventDurationMinutes { get; set; }
    public bool EventTentative { get; set; }
    public string? Venue { get; set; }
    public List<string> Purposes { get; set; } = [];
    public List<string> Agenda { get; set; } = [];
    public List<string> Participants { get; set; } = [];
    public List<string> Recipients { get; set; } = [];
    public string? SignerTitle { get; set; }
    public string? SignerName { get; set; }
    public required string OrganizerId { get; set; }
    public string? OrganizerName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The conversation the plan was saved in, where its overview card is posted.</summary>
    public required string ConversationId { get; set; }
    public required string ServiceUrl { get; set; }
    public string? OverviewActivityId { get; set; }

    public List<PlanUnit> Units { get; set; } = [];

    /// <summary>Days before each due date on which reminders go out, e.g. "3,0" (then daily while overdue).</summary>
    public string ReminderDaysBefore { get; set; } = "3,0";

    /// <summary>Local time (Asia/Ho_Chi_Minh) at which the day's reminders go out.</summary>
    public TimeOnly ReminderTime { get; set; } = new(8, 0);

    public bool RemindersPaused { get; set; }

    public IEnumerable<PlanTask> Tasks => Units.SelectMany(u => u.Tasks);

    public EventSchedule? Event => EventStartDate is null && EventStartTime is null
        ? null
        : new EventSchedule(EventStartDate, EventEndDate, EventStartTime, EventEndTime,
            EventDurationMinutes is { } m ? TimeSpan.FromMinutes(m) : null, EventTentative);

    public static Plan FromDocument(PlanDocument doc, string tenantId, string organizerId, string? organizerName,
        string conversationId, string serviceUrl, DateTimeOffset now) => new()
    {
        TenantId = tenantId,
        Title = doc.Title,
        Number = doc.Number,
        Issuer = doc.Issuer,
        IssuePlace = doc.IssuePlace,
        IssueDate = doc.IssueDate?.ToString(),
        EventStartDate = doc.Event?.StartDate,
        EventEndDate = doc.Event?.EndDate,
        EventStartTime = doc.Event?.StartTime,
        EventEndTime = doc.Event?.EndTime,
        EventDurationMinutes = doc.Event?.Duration is { } d ? (int)d.TotalMinutes : null,
        EventTentative = doc.Event?.Tentative ?? false,
        Venue = doc.Venue,
        Purposes = [.. doc.Purposes],
        Agenda = [.. doc.Agenda],
        Participants = [.. doc.Participants],
        Recipients = [.. doc.Recipients],
        SignerTitle = doc.Signer?.Title,
        SignerName = doc.Signer?.Name,
        OrganizerId = organizerId,
        OrganizerName = organizerName,
        CreatedAt = now,
        ConversationId = conversationId,
        ServiceUrl = serviceUrl,
        Units = doc.Units.Select((u, i) => new PlanUnit
        {
            Name = u.Unit,
            Order = i,
            Tasks = u.Tasks.Select((t, j) => new PlanTask { Description = t.Description, DueDate = t.DueDate, Order = j, Coordinating = [.. t.Coordinating], Recurring = t.Recurring }).ToList(),
        }).ToList(),
    };
}

/// <summary>A responsible unit of a plan.</summary>
public sealed class PlanUnit
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public required string Name { get; set; }
    public int Order { get; set; }
    public List<PlanTask> Tasks { get; set; } = [];
}

/// <summary>One task of a unit, with its current status.</summary>
public sealed class PlanTask
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public int Order { get; set; }
    public required string Description { get; set; }
    public DateOnly? DueDate { get; set; }

    /// <summary>Units that coordinate on this task; the unit it belongs to leads it.</summary>
    public List<string> Coordinating { get; set; } = [];

    /// <summary>Done again and again ("hàng tháng"): it has no single due date.</summary>
    public bool Recurring { get; set; }

    public WorkStatus Status { get; set; }
    public int Percent { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }

    /// <summary>Optimistic concurrency: two answers at the same moment cannot overwrite each other unseen.</summary>
    public int Version { get; set; }

    public bool IsOpen => TaskStanding.IsOpen(Status);
}

public enum WorkStatus
{
    NotStarted,
    InProgress,
    Done,
    Blocked,
}
