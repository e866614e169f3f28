using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PlanBot.Core.Plans;
using PlanBot.Reports;

namespace PlanBot.PlanPage;

public enum LinkCheck { Valid, Invalid, Expired }

/// <summary>
/// Signed, expiring links to a plan's page (or the portfolio of a tenant) for people outside Teams' sign-in (local mode,
/// a browser). The link carries plan, tenant and expiry in the clear and an HMAC-SHA256 of them under a key only
/// PlanBot holds: nothing is stored, so the overview card can get a fresh link every time it is drawn.
/// </summary>
public sealed class PlanPageLinks
{
    private readonly byte[] _key;
    private readonly TimeProvider _clock;
    private readonly PlanPageOptions _options;
    private readonly PublicAddress _site;

    public PlanPageLinks(IOptions<PlanPageOptions> options, PublicAddress site, TimeProvider clock, IHostEnvironment environment)
    {
        _options = options.Value;
        _clock = clock;
        _site = site;
        _key = LinkKey.Load(_options, environment.ContentRootPath);
    }

    /// <summary>The link the overview card shows: the plan's page, in the card's language.</summary>
    public Uri For(Plan plan, string language = "vi") => For(plan.Id, plan.TenantId, language);

    public Uri For(int planId, string tenantId, string language = "vi") =>
        Link($"plan/{planId.ToString(CultureInfo.InvariantCulture)}", Scope(planId), tenantId, language);

    /// <summary>The portfolio of every plan of the tenant, for leadership.</summary>
    public Uri ForPortfolio(string tenantId, string language = "vi") => Link("plan/portfolio", PortfolioScope, tenantId, language);

    public LinkCheck Check(int planId, string? tenantId, string? expires, string? signature) => Check(Scope(planId), tenantId, expires, signature);

    public LinkCheck CheckPortfolio(string? tenantId, string? expires, string? signature) => Check(PortfolioScope, tenantId, expires, signature);

    private const string PortfolioScope = "portfolio";

    private static string Scope(int planId) => "plan:" + planId.ToString(CultureInfo.InvariantCulture);

    private Uri Link(string path, string scope, string tenantId, string language)
    {
        var expires = _clock.GetUtcNow().AddDays(_options.LinkDays).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var query = $"tid={Uri.EscapeDataString(tenantId)}&exp={expires}&sig={Sign(scope, tenantId, expires)}&lang={(language == "en" ? "en" : "vi")}";
        return new Uri(_site.Base, path + "?" + query);
    }

    private LinkCheck Check(string scope, string? tenantId, string? expires, string? signature)
    {
        if (string.IsNullOrEmpty(tenantId) || tenantId.Length > 100 || string.IsNullOrEmpty(signature) || signature.Length > 100
            || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var exp))
            return LinkCheck.Invalid;
        var expected = Encoding.ASCII.GetBytes(Sign(scope, tenantId, expires!));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature))) return LinkCheck.Invalid;
        // Checked after the signature: only a link PlanBot made is told it has expired.
        return exp < _clock.GetUtcNow().ToUnixTimeSeconds() ? LinkCheck.Expired : LinkCheck.Valid;
    }

    private string Sign(string scope, string tenantId, string expires)
    {
        var mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{scope}\n{tenantId}\n{expires}"));
        return Convert.ToBase64String(mac).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}

/// <summary>The key of the signed links: from the settings, else made once and kept in a file only the owner reads.</summary>
internal static class LinkKey
{
    public static byte[] Load(PlanPageOptions options, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(options.LinkKey))
        {
            byte[] key;
            try
            {
                key = Convert.FromBase64String(options.LinkKey);
            }
            catch (FormatException)
            {
                throw new InvalidOperationException("PlanBot__PlanPage__LinkKey is not base64.");
            }
            return key.Length >= 32 ? key : throw new InvalidOperationException("PlanBot__PlanPage__LinkKey must hold at least 32 bytes (base64 of 32 random bytes).");
        }
        var path = Path.IsPathRooted(options.LinkKeyFile) ? options.LinkKeyFile : Path.Combine(contentRoot, options.LinkKeyFile);
        if (File.Exists(path)) return Read(path);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var made = RandomNumberGenerator.GetBytes(32);
        try
        {
            var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using var file = new FileStream(path, create);
            file.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(made)));
            return made;
        }
        catch (IOException) when (File.Exists(path))
        {
            return Read(path); // another instance made it first
        }
    }

    private static byte[] Read(string path)
    {
        // A key file being written by another instance at this moment reads short: wait for it rather than sign with less.
        for (var attempt = 0; ; attempt++)
        {
            byte[] key;
            try
            {
                key = Convert.FromBase64String(File.ReadAllText(path).Trim());
            }
            catch (FormatException)
            {
                key = [];
            }
            if (key.Length >= 32) return key;
            if (attempt == 20) throw new InvalidOperationException($"The plan page link key in {path} is not 32 bytes of base64: remove the file (PlanBot makes a new one) or set PlanBot__PlanPage__LinkKey.");
            Thread.Sleep(50);
        }
    }
}
