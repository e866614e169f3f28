using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Tokens;

namespace PlanBot.PlanPage;

/// <summary>Who the Teams tab's token says is looking: their organisation (tid) and their Entra object id (oid).</summary>
public sealed record PageViewer(string TenantId, string? UserId);

/// <summary>
/// The Entra access token that Teams SSO (<c>authentication.getAuthToken()</c>) gives the tab, validated as a JWT
/// bearer token: signed with a key of Entra's OpenID metadata, not expired, addressed to this app
/// (<c>api://&lt;host&gt;/&lt;app id&gt;</c> or the app id) and issued by the tenant it names in <c>tid</c>.
/// </summary>
public static class TeamsSso
{
    public const string Scheme = "PlanPageTeamsSso";

    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("PlanBot:PlanPage").Get<PlanPageOptions>() ?? new();
        var clientId = ClientIdOf(options, configuration);
        var appTenant = configuration["MicrosoftAppTenantId"];
        var singleTenant = configuration["MicrosoftAppType"] is "SingleTenant" or "UserAssignedMSI" && !string.IsNullOrWhiteSpace(appTenant);
        var host = new Uri(configuration["PlanBot:PublicBaseUrl"] ?? "http://localhost:3978").Authority;
        services.AddAuthentication().AddJwtBearer(Scheme, jwt =>
        {
            jwt.MapInboundClaims = false; // keep tid, oid, name as Entra writes them
            jwt.MetadataAddress = string.IsNullOrWhiteSpace(options.OpenIdMetadataUrl)
                ? $"https://login.microsoftonline.com/{(singleTenant ? appTenant : "common")}/v2.0/.well-known/openid-configuration"
                : options.OpenIdMetadataUrl;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidAudiences = [$"api://{host}/{clientId}", clientId],
                ValidateAudience = true,
                ValidateLifetime = true,
                ValidateIssuerSigningKey = true,
                RequireSignedTokens = true,
                ClockSkew = TimeSpan.FromMinutes(2),
                // The "common" metadata names its issuer with a {tenantid} placeholder: the issuer must be one of Entra's
                // two spellings for exactly the tenant the token's tid names (and the app's tenant, for a single-tenant app).
                IssuerValidator = (issuer, token, _) =>
                {
                    var tid = (token as Microsoft.IdentityModel.JsonWebTokens.JsonWebToken)?.TryGetPayloadValue<string>("tid", out var t) == true ? t : null;
                    if (string.IsNullOrEmpty(tid) || (singleTenant && !string.Equals(tid, appTenant, StringComparison.OrdinalIgnoreCase))
                        || (issuer != $"https://login.microsoftonline.com/{tid}/v2.0" && issuer != $"https://sts.windows.net/{tid}/"))
                        throw new SecurityTokenInvalidIssuerException("The token's issuer is not the Entra tenant it names.");
                    return issuer;
                },
            };
        });
    }

    public static string ClientIdOf(PlanPageOptions options, IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(options.ClientId) ? options.ClientId : configuration["MicrosoftAppId"] ?? "";

    /// <summary>The viewer a valid bearer token names; null when there is no token or it does not validate.</summary>
    public static async Task<PageViewer?> ViewerAsync(HttpContext http)
    {
        if (!http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return null;
        var result = await http.AuthenticateAsync(Scheme);
        if (!result.Succeeded || result.Principal is not { } user) return null;
        var tid = user.FindFirstValue("tid");
        return string.IsNullOrEmpty(tid) ? null : new PageViewer(tid, user.FindFirstValue("oid"));
    }
}
