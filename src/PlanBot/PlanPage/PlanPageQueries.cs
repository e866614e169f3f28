using Microsoft.EntityFrameworkCore;
using PlanBot.Core.Assignments;
using PlanBot.Core.Meetings;
using PlanBot.Core.Plans;
using PlanBot.Data;

namespace PlanBot.PlanPage;

/// <summary>Reads what the plan page shows. Every query is bounded by the tenant the link or the token names.</summary>
public sealed class PlanPageQueries(IDbContextFactory<PlanBotDb> dbFactory, TimeProvider clock)
{
    /// <summary>A plan of the tenant with everything its page shows; null when the tenant has no such plan.</summary>
    public async Task<PlanPageData?> PlanAsync(int planId, string tenantId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var plan = await db.Plans.AsNoTracking().AsSplitQuery().Include(p => p.Units).ThenInclude(u => u.Tasks)
            .FirstOrDefaultAsync(p => p.Id == planId && p.TenantId == tenantId, ct);
        if (plan is null) return null;
        var keys = plan.Units.Select(u => UnitMember.KeyOf(u.Name)).Distinct().ToList();
        var members = await db.UnitMembers.AsNoTracking().Where(m => m.TenantId == tenantId && keys.Contains(m.UnitKey)).ToListAsync(ct);
        var history = await (from c in db.StatusChanges
                             join t in db.Tasks on c.TaskId equals t.Id
                             join u in db.Units on t.UnitId equals u.Id
                             where u.PlanId == planId
                             select c).AsNoTracking().ToListAsync(ct);
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Attendees)
            .Where(m => m.PlanId == planId && m.State != MeetingState.Pending)
            .OrderBy(m => m.State == MeetingState.Booked ? 0 : 1).ThenByDescending(m => m.Id).FirstOrDefaultAsync(ct);
        return PlanPageView.Build(plan, members, history, meeting, clock.GetUtcNow());
    }

    /// <summary>Every plan of the tenant, newest first, with its progress and overdue units.</summary>
    public async Task<List<PortfolioPlan>> PortfolioAsync(string tenantId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var plans = await db.Plans.AsNoTracking().AsSplitQuery().Include(p => p.Units).ThenInclude(u => u.Tasks)
            .Where(p => p.TenantId == tenantId).OrderByDescending(p => p.Id).ToListAsync(ct);
        var now = clock.GetUtcNow();
        return plans.Select(p => PlanPageView.Portfolio(p, now)).ToList();
    }

    /// <summary>The personal tab: the units <paramref name="userId"/> answers for in every plan of the tenant, and the plans they organise.</summary>
    public async Task<MyPage> MineAsync(string tenantId, string userId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var keys = (await db.UnitMembers.AsNoTracking().Where(m => m.TenantId == tenantId && m.UserId == userId).Select(m => m.UnitKey).ToListAsync(ct)).ToHashSet();
        // Unit keys are folded names (UnitMember.KeyOf), computed here: read the candidates' names first, tasks only of mine.
        var candidates = await (from u in db.Units
                                join p in db.Plans on u.PlanId equals p.Id
                                where p.TenantId == tenantId
                                select new { u.Id, u.Name }).ToListAsync(ct);
        var unitIds = candidates.Where(c => keys.Contains(UnitMember.KeyOf(c.Name))).Select(c => c.Id).ToList();
        var units = await db.Units.AsNoTracking().Include(u => u.Tasks).Where(u => unitIds.Contains(u.Id)).ToListAsync(ct);
        var planIds = units.Select(u => u.PlanId).Distinct().ToList();
        var plansOfUnits = await db.Plans.AsNoTracking().Where(p => planIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var members = await db.UnitMembers.AsNoTracking().Where(m => m.TenantId == tenantId && keys.Contains(m.UnitKey)).ToListAsync(ct);
        var organised = await db.Plans.AsNoTracking().AsSplitQuery().Include(p => p.Units).ThenInclude(u => u.Tasks)
            .Where(p => p.TenantId == tenantId && p.OrganizerId == userId).OrderByDescending(p => p.Id).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(VietnamTime.Local(now));
        var mine = units.OrderByDescending(u => u.PlanId).ThenBy(u => u.Order)
            .Select(u => new MyUnit(u.PlanId, plansOfUnits[u.PlanId].Title, PlanPageView.Unit(plansOfUnits[u.PlanId], u, members, today))).ToList();
        return new MyPage(mine, organised.Select(p => PlanPageView.Portfolio(p, now)).ToList());
    }
}
