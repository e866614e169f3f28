using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PlanBot.Data;

namespace PlanBot.Reports;

/// <summary>A download link of a plan's export: only the SHA-256 of its random token is stored.</summary>
public sealed class ExportLink
{
    public required string TokenHash { get; set; }
    public int PlanId { get; set; }
    public required string TenantId { get; set; }
    public DateTime ExpiresAt { get; set; }
}

/// <summary>Settings of the reports (section "PlanBot").</summary>
public sealed class ReportOptions
{
    /// <summary>The address people reach PlanBot at (https in Teams), for links; unset: the address PlanBot listens on.</summary>
    [System.ComponentModel.DataAnnotations.Url]
    public string? PublicBaseUrl { get; set; }

    /// <summary>How long a download link works.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 168)]
    public int ExportLinkHours { get; set; } = 24;
}

/// <summary>Issues unguessable, expiring links to a plan's CSV export and resolves them.</summary>
public sealed class ExportLinks(IDbContextFactory<PlanBotDb> dbFactory, TimeProvider clock, IOptions<ReportOptions> options, PublicAddress address)
{
    public async Task<(Uri Url, DateTimeOffset Expires)> IssueAsync(int planId, string tenantId, CancellationToken ct)
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var expires = clock.GetUtcNow().AddHours(options.Value.ExportLinkHours);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ExportLinks.Add(new ExportLink { TokenHash = Hash(token), PlanId = planId, TenantId = tenantId, ExpiresAt = expires.UtcDateTime });
        await db.SaveChangesAsync(ct);
        return (new Uri(address.Base, $"exports/{token}"), expires);
    }

    /// <summary>The plan a token opens, or why not.</summary>
    public async Task<(int? PlanId, string? TenantId, bool Expired)> ResolveAsync(string token, CancellationToken ct)
    {
        if (token.Length is < 20 or > 100) return (null, null, false);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var hash = Hash(token);
        var link = await db.ExportLinks.AsNoTracking().FirstOrDefaultAsync(l => l.TokenHash == hash, ct);
        if (link is null) return (null, null, false);
        return link.ExpiresAt < clock.GetUtcNow().UtcDateTime ? (null, null, true) : (link.PlanId, link.TenantId, false);
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
