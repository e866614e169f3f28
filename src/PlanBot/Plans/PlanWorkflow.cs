using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PlanBot.Core.Plans;
using PlanBot.Data;
using PlanBot.People;

namespace PlanBot.Plans;

/// <summary>Fields the organizer corrected on the "what I understood" card before saving.</summary>
public sealed record DraftEdits(string? Title, string? EventDate, string? StartTime, string? Venue);

public enum SaveOutcome { Saved, DraftGone, NotYourDraft, BadDate, BadTime, BadTitle }

public sealed record SaveResult(SaveOutcome Outcome, Plan? Plan = null, string? BadValue = null);

/// <summary>Plan drafts, saving and reading plans. Each call uses its own short-lived DbContext.</summary>
public sealed class PlanWorkflow(IDbContextFactory<PlanBotDb> dbFactory, TimeProvider clock)
{
    /// <summary>How a draft's document is stored; the editor reads and writes drafts the same way.</summary>
    internal static readonly JsonSerializerOptions DraftJson = new(JsonSerializerDefaults.Web);

    public async Task<Guid> CreateDraftAsync(PlanDocument document, Caller caller, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var draft = new PlanDraft
        {
            Id = Guid.NewGuid(),
            ConversationId = caller.ConversationId,
            UserId = caller.UserId,
            DocumentJson = JsonSerializer.Serialize(document, DraftJson),
            CreatedAt = clock.GetUtcNow(),
        };
        db.Drafts.Add(draft);
        await db.SaveChangesAsync(ct);
        return draft.Id;
    }

    /// <summary>
    /// Saves a draft as a plan. The draft is removed in the same transaction, so a Save delivered
    /// twice (Teams retries invokes) saves once and the second answer is <see cref="SaveOutcome.DraftGone"/>.
    /// </summary>
    public async Task<SaveResult> SaveDraftAsync(Guid draftId, Caller caller, DraftEdits edits, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var draft = await db.Drafts.AsNoTracking().FirstOrDefaultAsync(d => d.Id == draftId && d.ConversationId == caller.ConversationId, ct);
        if (draft is null) return new(SaveOutcome.DraftGone);
        if (draft.UserId != caller.UserId) return new(SaveOutcome.NotYourDraft);

        var document = JsonSerializer.Deserialize<PlanDocument>(draft.DocumentJson, DraftJson)
                       ?? throw new InvalidDataException($"Draft {draftId} holds no plan.");
        var edited = ApplyEdits(document, edits);
        if (edited.Outcome != SaveOutcome.Saved) return edited.Result;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await db.Drafts.Where(d => d.Id == draftId).ExecuteDeleteAsync(ct) == 0) return new(SaveOutcome.DraftGone);
        var plan = Plan.FromDocument(edited.Document!, caller.TenantId, caller.UserId, caller.UserName, caller.ConversationId, caller.ServiceUrl, clock.GetUtcNow());
        db.Plans.Add(plan);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new(SaveOutcome.Saved, plan);
    }

    /// <summary>Drops a draft; false when it was already gone or belongs to someone else.</summary>
    public async Task<bool> CancelDraftAsync(Guid draftId, Caller caller, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Drafts.Where(d => d.Id == draftId && d.ConversationId == caller.ConversationId && d.UserId == caller.UserId)
            .ExecuteDeleteAsync(ct) > 0;
    }

    public async Task<List<Plan>> ListPlansAsync(string tenantId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Plans.AsNoTracking().AsSplitQuery().Include(p => p.Units).ThenInclude(u => u.Tasks)
            .Where(p => p.TenantId == tenantId).OrderByDescending(p => p.Id).Take(50).ToListAsync(ct);
    }

    public async Task<Plan?> FindPlanAsync(int planId, string tenantId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Plans.AsNoTracking().AsSplitQuery().Include(p => p.Units).ThenInclude(u => u.Tasks)
            .FirstOrDefaultAsync(p => p.Id == planId && p.TenantId == tenantId, ct);
    }

    /// <summary>The plan last shown in this conversation ("xem N", or saved here); else the latest saved here.</summary>
    public async Task<Plan?> LatestInConversationAsync(string tenantId, string conversationId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // A conversation holds few posts; SQLite cannot order by an instant, so the latest is picked here.
        var posts = await db.OverviewPosts.Where(o => o.ConversationId == conversationId)
            .Join(db.Plans.Where(p => p.TenantId == tenantId), o => o.PlanId, p => p.Id, (o, p) => new { o.PlanId, o.PostedAt, o.Id }).ToListAsync(ct);
        var shown = posts.OrderByDescending(o => o.PostedAt).ThenByDescending(o => o.Id).Select(o => (int?)o.PlanId).FirstOrDefault();
        var plans = db.Plans.AsNoTracking().AsSplitQuery().Include(p => p.Units).ThenInclude(u => u.Tasks);
        return shown is { } id
            ? await plans.FirstOrDefaultAsync(p => p.Id == id, ct)
            : await plans.Where(p => p.TenantId == tenantId && p.ConversationId == conversationId).OrderByDescending(p => p.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>Changes a plan's reminder schedule or pauses it.</summary>
    public async Task UpdateRemindersAsync(int planId, bool? paused, string? days, TimeOnly? at, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var plan = await db.Plans.FirstAsync(p => p.Id == planId, ct);
        if (paused is { } p) plan.RemindersPaused = p;
        if (days is not null) plan.ReminderDaysBefore = days;
        if (at is { } time) plan.ReminderTime = time;
        await db.SaveChangesAsync(ct);
    }

    private static (SaveOutcome Outcome, PlanDocument? Document, SaveResult Result) ApplyEdits(PlanDocument doc, DraftEdits edits)
    {
        SaveResult Bad(SaveOutcome o, string? v) => new(o, null, v);
        var title = edits.Title?.Trim();
        if (title is not null)
        {
            if (title.Length is 0 or > 500) return (SaveOutcome.BadTitle, null, Bad(SaveOutcome.BadTitle, title));
            doc = doc with { Title = title };
        }
        var venue = edits.Venue?.Trim();
        if (venue is not null) doc = doc with { Venue = venue.Length == 0 ? null : venue[..Math.Min(venue.Length, 500)] };

        var schedule = doc.Event ?? new EventSchedule(null);
        if (edits.EventDate?.Trim() is { Length: > 0 } dateText)
        {
            if (!DateOnly.TryParseExact(dateText, ["dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return (SaveOutcome.BadDate, null, Bad(SaveOutcome.BadDate, dateText));
            schedule = schedule with { StartDate = date, EndDate = schedule.EndDate is { } end && end > date ? end : null };
        }
        if (edits.StartTime?.Trim() is { Length: > 0 } timeText)
        {
            if (!TimeOnly.TryParseExact(timeText, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
                return (SaveOutcome.BadTime, null, Bad(SaveOutcome.BadTime, timeText));
            schedule = schedule with { StartTime = time };
        }
        if (schedule.StartDate is not null || schedule.StartTime is not null) doc = doc with { Event = schedule };
        return (SaveOutcome.Saved, doc, new(SaveOutcome.Saved));
    }
}
