using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace PlanBot.Reports;

/// <summary>
/// The address people reach PlanBot at, which links to downloads and plan pages start with: <c>PlanBot:PublicBaseUrl</c>
/// when it is set (https in Teams), otherwise the address this process listens on — so that PlanBot run locally on
/// another port (PLANBOT_PORT) hands out links that work.
/// </summary>
public sealed class PublicAddress(IOptions<ReportOptions> options, IServer? server = null)
{
    private Uri? _base;

    public Uri Base => _base ??= Configured() ?? Listening() ?? Fallback;

    private static readonly Uri Fallback = new("http://localhost:3978/");

    private Uri? Configured() => options.Value.PublicBaseUrl is { Length: > 0 } url ? new Uri(url.TrimEnd('/') + "/") : null;

    /// <summary>The first address Kestrel bound (its real port when it was given port 0); a wildcard host becomes localhost.</summary>
    private Uri? Listening()
    {
        var bound = server?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        var wildcardless = bound?.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal);
        if (!Uri.TryCreate(wildcardless, UriKind.Absolute, out var uri)) return null;
        var builder = new UriBuilder(uri) { Path = "/" };
        if (builder.Host is "0.0.0.0" or "[::]" or "::") builder.Host = "localhost";
        return builder.Port == 0 ? null : builder.Uri; // not started yet: look again next time
    }
}
