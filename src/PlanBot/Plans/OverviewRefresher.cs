using Microsoft.EntityFrameworkCore;
using PlanBot.Assignments;
using PlanBot.Core.Localization;
using PlanBot.Data;
using PlanBot.Teams;

namespace PlanBot.Plans;

/// <summary>
/// Updates overview cards after status changes, at most about once a second per plan: answers that
/// arrive together (a unit saving many tasks, many units at once) become one update, and answering a
/// card never waits on the overview's conversation and its rate limit. The workflows mark the plans they change in
/// <see cref="OverviewChanges"/>.
/// </summary>
public sealed class OverviewRefresher(
    OverviewChanges changes,
    IDbContextFactory<PlanBotDb> dbFactory,
    AssignmentWorkflow assignments,
    OverviewCard overview,
    TeamsMessenger messenger,
    TimeProvider clock,
    ILogger<OverviewRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await changes.WaitAsync(stoppingToken);
                await Task.Delay(TimeSpan.FromMilliseconds(300), clock, stoppingToken); // gather what comes together
            }
            catch (OperationCanceledException)
            {
                return;
            }
            foreach (var planId in changes.TakeAll())
            {
                try
                {
                    await UpdateAsync(planId, stoppingToken);
                }
                catch (Exception e) when (StorageFailure.Is(e))
                {
                    Log.OverviewNotRead(logger, e, planId); // the next change of the plan tries again
                }
            }
        }
    }

    /// <summary>
    /// Replaces every posted overview card of the plan with its current state, each in the language of the person who
    /// asked for it. Updates pass the send throttle like every other request, so many posts stay within Teams' limits.
    /// </summary>
    private async Task UpdateAsync(int planId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var plan = await db.Plans.AsNoTracking().AsSplitQuery().Include(p => p.Units).ThenInclude(u => u.Tasks).FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null) return;
        var where = await db.OverviewPosts.AsNoTracking().Where(p => p.PlanId == planId).OrderBy(p => p.Id).ToListAsync(ct);
        if (where.Count == 0) return;
        var members = await assignments.MembersOfAsync(plan.TenantId, plan.Units.Select(u => u.Name), ct);
        foreach (var post in where)
        {
            var texts = Texts.For(LanguageCodes.Parse(post.Language) ?? Language.Vi);
            await messenger.UpdateCardAsync(post.ServiceUrl, post.ConversationId, post.TenantId ?? plan.TenantId, post.ActivityId, overview.Render(plan, members, texts), ct);
        }
    }
}
