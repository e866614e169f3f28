using Microsoft.EntityFrameworkCore;
using PlanBot.Core.Assignments;
using PlanBot.Core.Plans;

namespace PlanBot.Testing;

/// <summary>
/// A plan with three units (one task each, or <c>tasksPerUnit</c>) and N people assigned across them, written straight to a
/// PlanBot database. A second plan in the same database needs its own <c>prefix</c> (for its units and people).
/// </summary>
public static class FanOutSeed
{
    public static async Task<Plan> WriteAsync(string connectionString, string serviceUrl, int people, int withoutConversation = 0, int tasksPerUnit = 1, string prefix = "")
    {
        await using var db = TestDatabase.Open(connectionString);
        await db.Database.MigrateAsync();
        var plan = new Plan
        {
            TenantId = Activities.Tenant, Title = "Kế hoạch kiểm tra gửi hàng loạt", OrganizerId = User.Alex.AadObjectId, OrganizerName = User.Alex.Name,
            ConversationId = "personal-alex", ServiceUrl = serviceUrl, CreatedAt = DateTimeOffset.UtcNow,
            EventStartDate = new DateOnly(2030, 1, 5),
            Units = new[] { "Văn phòng", "Phòng Kế hoạch", "Phòng Kỹ thuật" }.Select(name => prefix + name).Select((name, i) => new PlanUnit
            {
                Name = name, Order = i, Tasks = Enumerable.Range(0, tasksPerUnit).Select(t => new PlanTask { Description = $"Nhiệm vụ {t + 1} của {name}", Order = t }).ToList(),
            }).ToList(),
        };
        db.Plans.Add(plan);
        if (prefix.Length == 0) db.Users.Add(new KnownUser { UserId = User.Alex.AadObjectId, ChannelAccountId = User.Alex.Id, Name = User.Alex.Name, TenantId = Activities.Tenant, ServiceUrl = serviceUrl, PersonalConversationId = "personal-alex" });
        for (var i = 0; i < people; i++)
        {
            var unit = plan.Units[i % 3];
            db.Users.Add(new KnownUser
            {
                UserId = $"{prefix}aad-{i}", ChannelAccountId = $"29:{prefix}user-{i}", Name = $"Người {prefix}{i}", TenantId = Activities.Tenant, ServiceUrl = serviceUrl,
                PersonalConversationId = i < withoutConversation ? null : $"{prefix}personal-{i}",
            });
            db.UnitMembers.Add(new UnitMember { TenantId = Activities.Tenant, UnitKey = UnitMember.KeyOf(unit.Name), UnitName = unit.Name, UserId = $"{prefix}aad-{i}", UserName = $"Người {prefix}{i}", Role = UnitRole.Deputy });
        }
        await db.SaveChangesAsync();
        return plan;
    }
}
