using System.Collections.Concurrent;
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
/// card never waits on the overview's conversation and its rate limit.
/// </summary>
public sealed class OverviewRefresher(
    IDbContextFactory<PlanBotDb> dbFactory,
    AssignmentWorkflow assignments,
    UserPreferences preferences,
    OverviewCard overview,
    TeamsMessenger messenger,
    TimeProvider clock,
    ILogger<OverviewRefresher> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<int, byte> _dirty = new();
    private readonly SemaphoreSlim _wake = new(0);

    public void MarkChanged(int planId)
    {
        if (_dirty.TryAdd(planId, 0)) _wake.Release();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _wake.WaitAsync(stoppingToken);
                await Task.Delay(TimeSpan.FromMilliseconds(300), clock, stoppingToken); // gather what comes together
            }
            catch (OperationCanceledException)
            {
                return;
            }
            foreach (var planId in _dirty.Keys.ToList())
            {
                _dirty.TryRemove(planId, out _);
                try
                {
                    await UpdateAsync(planId, stoppingToken);
                }
                catch (Exception e) when (StorageFailure.Is(e))
                {
                    PlansLog.OverviewNotRead(logger, e, planId); // the next change of the plan tries again
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

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }
}
