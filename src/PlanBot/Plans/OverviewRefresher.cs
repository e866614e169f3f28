using Microsoft.EntityFrameworkCore;
using PlanBot.Assignments;
using PlanBot.Core.Localization;
using PlanBot.Data;
using PlanBot.People;
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
    UserPreferences preferences,
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

    /// <summary>Replaces the plan's overview card where it was posted with its current state, in the organizer's language.</summary>
    private async Task UpdateAsync(int planId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var plan = await db.Plans.AsNoTracking().AsSplitQuery().Include(p => p.Units).ThenInclude(u => u.Tasks).FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan?.OverviewActivityId is null) return;
        var members = await assignments.MembersOfAsync(plan.TenantId, plan.Units.Select(u => u.Name), ct);
        var texts = Texts.For(await preferences.LanguageOfAsync(plan.OrganizerId, ct));
        await messenger.UpdateCardAsync(plan.ServiceUrl, plan.ConversationId, plan.TenantId, plan.OverviewActivityId, overview.Render(plan, members, texts), ct);
    }
}
