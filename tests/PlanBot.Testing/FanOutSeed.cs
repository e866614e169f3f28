using Microsoft.EntityFrameworkCore;
using PlanBot.Core.Assignments;
using PlanBot.Core.Plans;

namespace PlanBot.Testing;

/// <summary>A plan with three units (one task each, or <c>tasksPerUnit</c>) and N people assigned across them, written straight to a PlanBot database.</summary>
public static class FanOutSeed
{
    public static async Task<Plan> WriteAsync(string connectionString, string serviceUrl, int people, int withoutConversation = 0, int tasksPerUnit = 1)
    {
        await using var db = TestDatabase.Open(connectionString);
        await db.Database.MigrateAsync();
        var plan = new Plan
        {
            TenantId = Activities.Tenant, Title = "Kế hoạch kiểm tra gửi hàng loạt", OrganizerId = User.Alex.AadObjectId, OrganizerName = User.Alex.Name,
            ConversationId = "personal-alex", ServiceUrl = serviceUrl, CreatedAt = DateTimeOffset.UtcNow,
            EventStartDate = new DateOnly(2030, 1, 5),
            Units = new[] { "Văn phòng", "Phòng Kế hoạch", "Phòng Kỹ thuật" }.Select((name, i) => new PlanUnit
            {
                Name = name, Order = i, Tasks = Enumerable.Range(0, tasksPerUnit).Select(t => new PlanTask { Description = $"Nhiệm vụ {t + 1} của {name}", Order = t }).ToList(),
            }).ToList(),
        };
        db.Plans.Add(plan);
        db.Users.Add(new KnownUser { UserId = User.Alex.AadObjectId, ChannelAccountId = User.Alex.Id, Name = User.Alex.Name, TenantId = Activities.Tenant, ServiceUrl = serviceUrl, PersonalConversationId = "personal-alex" });
        for (var i = 0; i < people; i++)
        {
            var unit = plan.Units[i % 3];
            db.Users.Add(new KnownUser
            {
                UserId = $"aad-{i}", ChannelAccountId = $"29:user-{i}", Name = $"Người {i}", TenantId = Activities.Tenant, ServiceUrl = serviceUrl,
                PersonalConversationId = i < withoutConversation ? null : $"personal-{i}",
            });
            db.UnitMembers.Add(new UnitMember { TenantId = Activities.Tenant, UnitKey = UnitMember.KeyOf(unit.Name), UnitName = unit.Name, UserId = $"aad-{i}", UserName = $"Người {i}", Role = UnitRole.Deputy });
        }
        await db.SaveChangesAsync();
        return plan;
    }
}
