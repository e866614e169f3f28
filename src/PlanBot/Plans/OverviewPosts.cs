using Microsoft.EntityFrameworkCore;
using PlanBot.Data;

namespace PlanBot.Plans;

/// <summary>Where a plan's overview cards are, so that every one of them is kept current.</summary>
public sealed class OverviewPosts(IDbContextFactory<PlanBotDb> dbFactory, TimeProvider clock)
{
    /// <summary>
    /// Remembers a newly posted overview. Returns the message it replaces in the same conversation, if any: that one is
    /// no longer kept current and should say so.
    /// </summary>
    public async Task<string?> RecordAsync(
        int planId, string conversationId, string serviceUrl, string? tenantId, string activityId, string language, CancellationToken ct)
    {
        try
        {
            return await TryRecordAsync(planId, conversationId, serviceUrl, tenantId, activityId, language, ct);
        }
        catch (DbUpdateException)
        {
            // The same plan shown twice at once in one conversation: the other insert won; move its row instead.
            return await TryRecordAsync(planId, conversationId, serviceUrl, tenantId, activityId, language, ct);
        }
    }

    private async Task<string?> TryRecordAsync(
        int planId, string conversationId, string serviceUrl, string? tenantId, string activityId, string language, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var post = await db.OverviewPosts.FirstOrDefaultAsync(p => p.PlanId == planId && p.ConversationId == conversationId, ct);
        var replaced = post?.ActivityId;
        if (post is null)
        {
            post = new OverviewPost
            {
                PlanId = planId, ConversationId = conversationId, ServiceUrl = serviceUrl, ActivityId = activityId, Language = language,
            };
            db.OverviewPosts.Add(post);
        }
        (post.ServiceUrl, post.TenantId, post.ActivityId, post.Language, post.PostedAt) = (serviceUrl, tenantId, activityId, language, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return replaced == activityId ? null : replaced;
    }

    public async Task<List<OverviewPost>> OfPlanAsync(int planId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.OverviewPosts.AsNoTracking().Where(p => p.PlanId == planId).OrderBy(p => p.Id).ToListAsync(ct);
    }
}
