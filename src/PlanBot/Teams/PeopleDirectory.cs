using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using PlanBot.Core.Assignments;
using PlanBot.People;

namespace PlanBot.Teams;

/// <summary>
/// Remembers everyone who talks to PlanBot (how to reach them, their 1:1 conversation) and reads the
/// members of a chat or team, so units can be assigned and status cards delivered.
/// </summary>
public sealed class PeopleDirectory(KnownUsers known, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, string> _seen = new(StringComparer.Ordinal);

    /// <summary>Stores the sender of an activity; skips the write when nothing changed since the last one.</summary>
    public async Task SeeAsync(ITurnContext turn, CancellationToken ct)
    {
        var a = turn.Activity;
        if (a.From?.Id is not { Length: > 0 } channelId || a.From.Id == a.Recipient?.Id || a.Conversation?.Id is null) return;
        var caller = turn.Caller();
        var personal = turn.IsPersonal() ? a.Conversation.Id : null;
        var signature = $"{caller.TenantId}|{a.ServiceUrl}|{a.From.Name}|{personal}";
        if (_seen.TryGetValue(caller.UserId, out var last) && (last == signature || (personal is null && last.StartsWith(signature, StringComparison.Ordinal)))) return;
        await known.RememberAsync([new KnownUser
        {
            UserId = caller.UserId, ChannelAccountId = channelId, Name = a.From.Name ?? channelId, TenantId = caller.TenantId,
            ServiceUrl = a.ServiceUrl, PersonalConversationId = personal, UpdatedAt = clock.GetUtcNow(),
        }], ct);
        _seen[caller.UserId] = signature;
    }

    /// <summary>The members of the current chat or team (paged, at most 1000), remembered for later; the caller alone when Teams will not list them.</summary>
    public async Task<List<(string Id, string Name)>> MembersAsync(BotTurn bot, CancellationToken ct)
    {
        var turn = bot.Context;
        var caller = bot.Caller;
        var people = new List<KnownUser>();
        try
        {
            string? token = null;
            do
            {
                var page = await TeamsInfo.GetPagedMembersAsync(turn, 200, token, ct);
                people.AddRange(page.Members.Select(m => new KnownUser
                {
                    UserId = string.IsNullOrEmpty(m.AadObjectId) ? m.Id : m.AadObjectId,
                    ChannelAccountId = m.Id, Name = m.Name ?? m.Id, Email = m.Email, UserPrincipalName = m.UserPrincipalName,
                    TenantId = string.IsNullOrEmpty(m.TenantId) ? caller.TenantId : m.TenantId, ServiceUrl = turn.Activity.ServiceUrl,
                }));
                token = page.ContinuationToken;
            }
            while (!string.IsNullOrEmpty(token) && people.Count < 1000);
        }
        catch (Exception e) when (e is ErrorResponseException or Microsoft.Rest.HttpOperationException or HttpRequestException or InvalidOperationException)
        {
            // Teams lists members only where the bot is installed; fall back to the person asking.
        }
        if (people.All(p => p.UserId != caller.UserId))
            people.Add(new KnownUser { UserId = caller.UserId, ChannelAccountId = turn.Activity.From.Id, Name = caller.UserName ?? caller.UserId, TenantId = caller.TenantId, ServiceUrl = turn.Activity.ServiceUrl });
        await known.RememberAsync(people, ct);
        return people.Select(p => (p.UserId, p.Name)).ToList();
    }
}
