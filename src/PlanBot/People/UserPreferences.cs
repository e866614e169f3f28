using Microsoft.EntityFrameworkCore;
using PlanBot.Core.Localization;
using PlanBot.Data;

namespace PlanBot.People;

/// <summary>Each user's language (Vietnamese unless they said "lang en") and the conversations PlanBot knows.</summary>
public sealed class UserPreferences(IDbContextFactory<PlanBotDb> dbFactory, TimeProvider clock)
{
    public async Task<Language> LanguageOfAsync(string userId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var code = await db.UserSettings.Where(u => u.UserId == userId).Select(u => u.Language).FirstOrDefaultAsync(ct);
        return LanguageCodes.Parse(code) ?? Language.Vi;
    }

    public async Task SetLanguageAsync(string userId, Language language, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var setting = await db.UserSettings.FindAsync([userId], ct);
        if (setting is null) db.UserSettings.Add(new UserSetting { UserId = userId, Language = language.Code() });
        else setting.Language = language.Code();
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Records the conversation; true the first time it is greeted (so the welcome card goes out once).</summary>
    public async Task<bool> MarkWelcomedAsync(string conversationId, string serviceUrl, string? tenantId, string? type, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var known = await db.Conversations.FindAsync([conversationId], ct);
        if (known?.WelcomedAt is not null) return false;
        if (known is null)
        {
            known = new KnownConversation { ConversationId = conversationId, ServiceUrl = serviceUrl, TenantId = tenantId, ConversationType = type };
            db.Conversations.Add(known);
        }
        known.WelcomedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false; // greeted concurrently by a parallel conversationUpdate/installationUpdate
        }
    }
}
