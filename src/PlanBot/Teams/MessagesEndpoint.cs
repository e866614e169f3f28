using System.IdentityModel.Tokens.Jwt;
using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.IdentityModel.Tokens;

namespace PlanBot.Teams;

/// <summary>
/// POST /api/messages: the only door to the bot. Everything a client controls is checked before the SDK
/// sees it (the activity by <see cref="ActivityGate"/>, the Authorization value here), and what the SDK
/// throws while authenticating becomes an answer: a token nobody can read or that does not validate is
/// 401; a token that cannot be checked because the Bot Framework's OpenID metadata is unreachable is 503
/// with Retry-After (the SDK's ConfigurationManager fetches the metadata again on the next request).
/// </summary>
internal static partial class MessagesEndpoint
{
    /// <summary>Real Bot Connector tokens are 1–3 KB; anything far larger is not one.</summary>
    private const int MaxTokenLength = 16 * 1024;

    private const string RetryAfterSeconds = "10";

    public static void MapMessagesEndpoint(this WebApplication app, BotCredentials credentials, ILogger logger)
    {
        var metadata = new MetadataState(app.Configuration);
        app.MapPost("/api/messages", async (HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot) =>
        {
            if (!credentials.Configured && !ActivityGate.IsLoopback(http.Connection.RemoteIpAddress)
                && !http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<BotOptions>>().Value.AllowAnonymousOnNetwork)
            {
                Log.AnonymousRemoteRefused(logger, http.Connection.RemoteIpAddress?.ToString());
                http.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }
            if (UnreadableAuthorization(http.Request) is { } problem)
            {
                Log.TokenRefused(logger, problem);
                http.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }
            var (status, reason) = await ActivityGate.CheckAsync(http.Request, http.RequestAborted);
            if (reason is not null)
            {
                Log.ActivityRejected(logger, reason);
                http.Response.StatusCode = status;
                await http.Response.WriteAsJsonAsync(new { error = reason }, http.RequestAborted);
                return;
            }
            try
            {
                await adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted);
                if (http.Response.StatusCode < 500) metadata.Reached(logger);
            }
            catch (Exception e) when (!http.Response.HasStarted && MetadataUnreachable(e, out var address))
            {
                // Nobody can tell whether the token is good: ask the client to come back, say once which address failed.
                metadata.Failed(logger, address ?? metadata.ConfiguredAddress, e);
                http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                http.Response.Headers.RetryAfter = RetryAfterSeconds;
            }
            catch (Exception e) when (!http.Response.HasStarted && e is SecurityTokenException or ArgumentException or FormatException or InvalidCastException or Newtonsoft.Json.JsonException)
            {
                // The SDK turns a missing or unknown token into 401, but lets an expired, badly signed or oddly shaped one through as a 500.
                Log.TokenRefused(logger, e.GetType().Name);
                http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            }
        });
    }

    /// <summary>
    /// Why the Authorization value cannot be a Bot Connector token (null when it can, or when there is none: the
    /// SDK then decides, anonymous or 401). Read the way the SDK reads it, so that its reader never throws.
    /// </summary>
    internal static string? UnreadableAuthorization(HttpRequest request)
    {
        var values = request.Headers.Authorization;
        if (values.Count == 0) return null;
        if (values.Count > 1) return "several Authorization headers";
        var value = values[0] ?? "";
        if (value.Length == 0) return null;
        if (value.Length > MaxTokenLength) return "Authorization value too long";
        var match = BearerJws().Match(value);
        if (!match.Success) return "Authorization is not a bearer JWT";
        try
        {
            var token = new JwtSecurityTokenHandler().ReadJwtToken(match.Groups[1].Value);
            // What the SDK reads from every token before it validates it.
            _ = (token.Issuer, token.Audiences.ToList(), token.Header.Kid, token.Header.Alg);
            return null;
        }
        catch (Exception e) when (e is ArgumentException or SecurityTokenException or FormatException or InvalidCastException or System.Text.Json.JsonException or InvalidOperationException)
        {
            return "Authorization token unreadable (" + e.GetType().Name + ")";
        }
    }

    /// <summary>Whether the SDK could not fetch the OpenID metadata (or its keys); <paramref name="address"/> is the address it names, if any.</summary>
    private static bool MetadataUnreachable(Exception e, out string? address)
    {
        address = null;
        for (var x = e; x is not null; x = x.InnerException)
        {
            if (x is InvalidOperationException && x.Message.StartsWith("IDX20803", StringComparison.Ordinal))
            {
                address = MetadataAddress().Match(x.Message) is { Success: true } m ? m.Groups[1].Value : null;
                return true;
            }
            if (x is HttpRequestException or TaskCanceledException { InnerException: TimeoutException }) return true;
        }
        return false;
    }

    [GeneratedRegex(@"^Bearer ([A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]*)$")]
    private static partial Regex BearerJws();

    [GeneratedRegex(@"from: '(https?://[^']+)'")]
    private static partial Regex MetadataAddress();

    /// <summary>Whether the last token check could reach the metadata; the log says so once per outage, not once per request.</summary>
    private sealed class MetadataState(IConfiguration configuration)
    {
        private int _down;

        public string ConfiguredAddress =>
            configuration["ToBotFromChannelOpenIdMetadataUrl"] is { Length: > 0 } url ? url : Microsoft.Bot.Connector.Authentication.AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl;

        public void Failed(ILogger logger, string address, Exception e)
        {
            if (Interlocked.Exchange(ref _down, 1) == 0) Log.TokenMetadataUnreachable(logger, address, e.GetBaseException().Message);
        }

        public void Reached(ILogger logger)
        {
            if (Interlocked.Exchange(ref _down, 0) == 1) Log.TokenMetadataReachable(logger);
        }
    }
}
