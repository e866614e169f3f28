using Microsoft.EntityFrameworkCore;
using PlanBot.Core.Plans;
using PlanBot.Core.Reports;
using PlanBot.Data;

namespace PlanBot.Reports;

/// <summary>Loads what a report is built from — the plan and the answer history of its tasks — and builds it.</summary>
public sealed class ReportSource(IDbContextFactory<PlanBotDb> dbFactory, TimeProvider clock)
{
    public async Task<AccountabilityReport> BuildAsync(Plan plan, ReportPeriod? period, CancellationToken ct)
    {
        var taskIds = plan.Tasks.Select(t => t.Id).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var history = await db.StatusChanges.AsNoTracking().Where(c => taskIds.Contains(c.TaskId)).ToListAsync(ct);
        return AccountabilityReports.Build(plan, history, clock.GetUtcNow(), period?.From, period?.To);
    }

    /// <summary>The plan a download link opens, with its units and tasks; null when it is gone or not the link's tenant's.</summary>
    public async Task<Plan?> PlanAsync(int planId, string tenantId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Plans.AsNoTracking().AsSplitQuery().Include(p => p.Units).ThenInclude(u => u.Tasks)
            .FirstOrDefaultAsync(p => p.Id == planId && p.TenantId == tenantId, ct);
    }
}
