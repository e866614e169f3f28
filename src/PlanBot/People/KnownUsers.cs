using Microsoft.EntityFrameworkCore;
using PlanBot.Core.Assignments;
using PlanBot.Data;

namespace PlanBot.People;

/// <summary>
/// The people PlanBot has seen (a message of theirs, or the members of a chat): how to reach them and their 1:1
/// conversation. The edge remembers them; assignments and outbound cards read them.
/// </summary>
public sealed class KnownUsers(IDbContextFactory<PlanBotDb> dbFactory, TimeProvider clock)
{
    /// <summary>Remembers people (from a message or the members of a chat) so they can be assigned and reached.</summary>
    public async Task RememberAsync(IEnumerable<KnownUser> users, CancellationToken ct)
    {
        var list = users.DistinctBy(u => u.UserId).ToList();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await RememberOnceAsync(list, ct);
                return;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Teams sends conversationUpdate, installationUpdate and the first message together: a parallel
                // turn stored the same person a moment ago. Read again and update instead.
            }
        }
    }

    private async Task RememberOnceAsync(IReadOnlyList<KnownUser> users, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        foreach (var incoming in users)
        {
            var existing = await db.Users.FindAsync([incoming.UserId], ct);
            var user = incoming;
            if (existing is null)
            {
                db.Users.Add(new KnownUser
                {
                    UserId = user.UserId, ChannelAccountId = user.ChannelAccountId, Name = user.Name, Email = user.Email,
                    UserPrincipalName = user.UserPrincipalName,
                    TenantId = user.TenantId, ServiceUrl = user.ServiceUrl, PersonalConversationId = user.PersonalConversationId, UpdatedAt = clock.GetUtcNow(),
                });
                continue;
            }
            existing.Name = user.Name;
            existing.ChannelAccountId = user.ChannelAccountId;
            existing.ServiceUrl = user.ServiceUrl;
            existing.Email = user.Email ?? existing.Email;
            existing.UserPrincipalName = user.UserPrincipalName ?? existing.UserPrincipalName;
            existing.PersonalConversationId = user.PersonalConversationId ?? existing.PersonalConversationId;
            existing.UpdatedAt = clock.GetUtcNow();
        }
        await db.SaveChangesAsync(ct);
    }

    public async Task<List<KnownUser>> FindAsync(string tenantId, IEnumerable<string> userIds, CancellationToken ct)
    {
        var ids = userIds.ToList();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Users.AsNoTracking().Where(u => u.TenantId == tenantId && ids.Contains(u.UserId)).ToListAsync(ct);
    }
}
