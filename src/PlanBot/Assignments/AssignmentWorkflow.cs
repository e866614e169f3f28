using Microsoft.EntityFrameworkCore;
using PlanBot.Core.Assignments;
using PlanBot.Core.Plans;
using PlanBot.Data;
using PlanBot.People;
using PlanBot.Plans;

namespace PlanBot.Assignments;

/// <summary>The people chosen for one unit on the assignment card.</summary>
public sealed record UnitChoice(int UnitId, string? ResponsibleUserId, IReadOnlyList<string> DeputyUserIds, IReadOnlyList<string> Emails);

public sealed record AssignResult(IReadOnlyList<string> UnknownEmails);

/// <summary>Who answers for which unit (per organisation); the people PlanBot can reach are <see cref="KnownUsers"/>.</summary>
public sealed class AssignmentWorkflow(IDbContextFactory<PlanBotDb> dbFactory, OverviewChanges overviews)
{
    public async Task<List<UnitMember>> MembersOfAsync(string tenantId, IEnumerable<string> unitNames, CancellationToken ct)
    {
        var keys = unitNames.Select(UnitMember.KeyOf).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.UnitMembers.AsNoTracking().Where(m => m.TenantId == tenantId && keys.Contains(m.UnitKey)).OrderBy(m => m.Role).ThenBy(m => m.Id).ToListAsync(ct);
    }

    /// <summary>Replaces the people of each unit on the card; e-mail addresses are matched to people PlanBot knows.</summary>
    public async Task<AssignResult> SaveAsync(Plan plan, IReadOnlyList<UnitChoice> choices, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var known = await db.Users.AsNoTracking().Where(u => u.TenantId == plan.TenantId).ToListAsync(ct);
        var unknown = new List<string>();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var choice in choices)
        {
            var unit = plan.Units.FirstOrDefault(u => u.Id == choice.UnitId);
            if (unit is null) continue;
            var key = UnitMember.KeyOf(unit.Name);
            await db.UnitMembers.Where(m => m.TenantId == plan.TenantId && m.UnitKey == key).ExecuteDeleteAsync(ct);
            var people = new List<(string UserId, UnitRole Role)>();
            if (choice.ResponsibleUserId is { Length: > 0 } r) people.Add((r, UnitRole.Responsible));
            people.AddRange(choice.DeputyUserIds.Select(d => (d, UnitRole.Deputy)));
            foreach (var email in choice.Emails)
            {
                var user = known.FirstOrDefault(u => string.Equals(u.Email, email, StringComparison.OrdinalIgnoreCase) || string.Equals(u.UserPrincipalName, email, StringComparison.OrdinalIgnoreCase));
                if (user is null) unknown.Add(email);
                else people.Add((user.UserId, people.Count == 0 ? UnitRole.Responsible : UnitRole.Deputy));
            }
            foreach (var (userId, role) in people.DistinctBy(p => p.UserId))
            {
                var name = known.FirstOrDefault(u => u.UserId == userId)?.Name;
                if (name is null) continue; // only people PlanBot has seen in this organisation can be assigned
                db.UnitMembers.Add(new UnitMember { TenantId = plan.TenantId, UnitKey = key, UnitName = unit.Name, UserId = userId, UserName = name, Role = role });
            }
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        overviews.Mark(plan.Id);
        return new AssignResult(unknown);
    }
}
