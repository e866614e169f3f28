using System.Text.RegularExpressions;
using Azure.Core;
using Azure.Identity;

namespace PlanBot.Meetings;

/// <summary>
/// PlanBot's sign-in to Microsoft 365 (client credentials of the Graph app), and what to tell the administrator
/// when Entra refuses it: Entra's AADSTS code names the setting that is wrong.
/// </summary>
public static partial class GraphSignIn
{
    private static readonly Uri[] KnownAuthorities = [AzureAuthorityHosts.AzurePublicCloud, AzureAuthorityHosts.AzureGovernment, AzureAuthorityHosts.AzureChina];

    public static TokenCredential Credential(GraphOptions graph)
    {
        var options = new ClientSecretCredentialOptions();
        if (!string.IsNullOrWhiteSpace(graph.AuthorityHost))
        {
            options.AuthorityHost = new Uri(graph.AuthorityHost);
            // Instance discovery asks login.microsoftonline.com about the host: only hosts it knows pass.
            options.DisableInstanceDiscovery = !KnownAuthorities.Any(k => Uri.Compare(k, options.AuthorityHost, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0);
        }
        return new ClientSecretCredential(graph.TenantId, graph.ClientId, graph.ClientSecret, options);
    }

    /// <summary>
    /// The Graph client's sign-in: a token for the host of PlanBot__Graph__BaseUrl (the SDK sends none to a host it does
    /// not know, and Graph would answer 401 "permission missing" where the sign-in is what failed).
    /// </summary>
    public static Microsoft.Kiota.Abstractions.Authentication.IAuthenticationProvider AuthenticationProvider(GraphOptions graph) =>
        new Microsoft.Graph.Authentication.AzureIdentityAuthenticationProvider(Credential(graph), [new Uri(graph.BaseUrl).Host], null, true, "https://graph.microsoft.com/.default");

    /// <summary>Whether <paramref name="e"/> is Entra refusing PlanBot's sign-in (or Entra not reachable for it).</summary>
    public static bool IsSignInFailure(Exception e) => e is AuthenticationFailedException or CredentialUnavailableException
        || e.InnerException is AuthenticationFailedException or CredentialUnavailableException;

    /// <summary>Entra's AADSTS code, if it gave one, and which setting to check, in the administrator's terms (for the log).</summary>
    public static (string Code, string Advice) Explain(Exception e)
    {
        var code = AadSts().Match(string.Join(" ", Chain(e).Select(x => x.Message))) is { Success: true } m ? m.Groups[1].Value : "";
        var advice = code switch
        {
            "7000215" => "the client secret is wrong: set PlanBot__Graph__ClientSecret to the secret's value (not its id)",
            "7000222" => "the client secret has expired: create a new one in the app registration and set PlanBot__Graph__ClientSecret",
            "7000216" or "7000218" => "no client secret reached Entra: set PlanBot__Graph__ClientSecret",
            "65001" or "650051" or "650052" or "650057" or "500011" => "admin consent is missing: an administrator must grant admin consent to the app (PlanBot__Graph__ClientId) for Calendars.ReadWrite, Place.Read.All and User.Read.All",
            "700016" or "700038" => "the app is not in that tenant: check PlanBot__Graph__ClientId and PlanBot__Graph__TenantId",
            "90002" or "900023" or "90013" => "the tenant is unknown: check PlanBot__Graph__TenantId",
            "7000112" => "the app is disabled in the tenant: enable PlanBot__Graph__ClientId's service principal",
            _ => "check PlanBot__Graph__TenantId, PlanBot__Graph__ClientId, PlanBot__Graph__ClientSecret, PlanBot__Graph__AuthorityHost and the admin consent",
        };
        return (code.Length > 0 ? "AADSTS" + code : "no AADSTS code", advice);
    }

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (var x = e; x is not null; x = x.InnerException) yield return x;
    }

    [GeneratedRegex(@"AADSTS(\d+)")]
    private static partial Regex AadSts();
}
