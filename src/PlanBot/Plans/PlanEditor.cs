using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PlanBot.Core.Plans;
using PlanBot.Data;
using PlanBot.People;

namespace PlanBot.Plans;

/// <summary>A plan being corrected: a draft (before saving) or a saved plan, as the editing card shows it.</summary>
public sealed record EditTarget(Guid? DraftId, PlanDocument? Draft, Plan? Plan)
{
    public string Title => Draft?.Title ?? Plan!.Title;
}

/// <summary>
/// Stores the organizer's corrections: a draft's document is rewritten; a saved plan's units and tasks are changed in
/// place (tasks keep their ids, status and history). Only the draft's author, or the plan's organizer, may correct.
/// </summary>
public sealed class PlanEditor(IDbContextFactory<PlanBotDb> dbFactory, OverviewChanges overviews)
{
    public async Task<EditTarget?> DraftAsync(Guid draftId, Caller caller, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var draft = await db.Drafts.AsNoTracking().FirstOrDefaultAsync(d => d.Id == draftId && d.ConversationId == caller.ConversationId && d.UserId == caller.UserId, ct);
        return draft is null ? null : new(draftId, JsonSerializer.Deserialize<PlanDocument>(draft.DocumentJson, PlanWorkflow.DraftJson), null);
    }

    public async Task<DraftCorrections.Result?> CorrectDraftAsync(Guid draftId, Caller caller, UnitCorrection correction, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var draft = await db.Drafts.FirstOrDefaultAsync(d => d.Id == draftId && d.ConversationId == caller.ConversationId && d.UserId == caller.UserId, ct);
        if (draft is null || JsonSerializer.Deserialize<PlanDocument>(draft.DocumentJson, PlanWorkflow.DraftJson) is not { } document) return null;
        var result = DraftCorrections.Apply(document, correction);
        if (result.Problem == CorrectionProblem.None && result.Changes > 0)
        {
            draft.DocumentJson = JsonSerializer.Serialize(result.Document, PlanWorkflow.DraftJson);
            await db.SaveChangesAsync(ct);
        }
        return result;
    }

    /// <summary>Applies the corrections to a saved plan of the caller's tenant; null when there is no such plan.</summary>
    public async Task<PlanCorrections.Result?> CorrectPlanAsync(int planId, string tenantId, UnitCorrection correction, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var plan = await db.Plans.AsSplitQuery().Include(p => p.Units).ThenInclude(u => u.Tasks).FirstOrDefaultAsync(p => p.Id == planId && p.TenantId == tenantId, ct);
        if (plan is null) return null;
        var result = PlanCorrections.Apply(plan, correction);
        if (result.Problem != CorrectionProblem.None || result.Changes == 0) return result;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A unit answered on one of these tasks meanwhile: nothing is changed, the organizer opens the card again.
            return new(0, CorrectionProblem.NoSuchTask);
        }
        overviews.Mark(planId);
        return result;
    }
}
