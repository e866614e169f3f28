using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PlanBot.Testing;

/// <summary>
/// Plays Microsoft Entra ID over HTTPS on loopback for Teams SSO: the v2.0 OpenID metadata of the "common" endpoint
/// (issuer with a {tenantid} placeholder) and its signing keys, and RS256 access tokens as Entra issues them to a tab
/// (tid, oid, name, aud, iss). Its certificate is trusted only by processes started with <see cref="TrustBundle"/> as SSL_CERT_FILE.
/// </summary>
public sealed class FakeEntraIssuer : IAsyncDisposable
{
    private const string KeyId = "planbot-entra-test-key";
    private readonly WebApplication _app;
    private readonly RSA _key = RSA.Create(2048);
    private readonly RSA _otherKey = RSA.Create(2048);

    public string MetadataUrl { get; }
    public string TrustBundle { get; }

    private FakeEntraIssuer(WebApplication app, string metadataUrl, string trustBundle) => (_app, MetadataUrl, TrustBundle) = (app, metadataUrl, trustBundle);

    public static string V2Issuer(string tenantId) => $"https://login.microsoftonline.com/{tenantId}/v2.0";

    public static async Task<FakeEntraIssuer> StartAsync(string folder)
    {
        using var certificateKey = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", certificateKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var certificate = X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
        var bundle = Path.Combine(folder, "entra-test-ca.pem");
        await File.WriteAllTextAsync(bundle, certificate.ExportCertificatePem());

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, o => o.UseHttps(certificate)));
        var app = builder.Build();
        FakeEntraIssuer? self = null;
        app.MapGet("/common/v2.0/.well-known/openid-configuration", (HttpRequest r) => Results.Json(new JsonObject
        {
            ["issuer"] = "https://login.microsoftonline.com/{tenantid}/v2.0",
            ["authorization_endpoint"] = $"https://{r.Host}/common/oauth2/v2.0/authorize",
            ["token_endpoint"] = $"https://{r.Host}/common/oauth2/v2.0/token",
            ["jwks_uri"] = $"https://{r.Host}/common/discovery/v2.0/keys",
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["response_types_supported"] = new JsonArray("code", "id_token", "code id_token", "id_token token"),
            ["subject_types_supported"] = new JsonArray("pairwise"),
        }));
        app.MapGet("/common/discovery/v2.0/keys", () =>
        {
            var p = self!._key.ExportParameters(false);
            return Results.Json(new JsonObject
            {
                ["keys"] = new JsonArray(new JsonObject { ["kty"] = "RSA", ["use"] = "sig", ["kid"] = KeyId, ["n"] = Base64Url(p.Modulus!), ["e"] = Base64Url(p.Exponent!) }),
            });
        });
        await app.StartAsync();
        self = new FakeEntraIssuer(app, app.Urls.First().TrimEnd('/') + "/common/v2.0/.well-known/openid-configuration", bundle);
        return self;
    }

    /// <summary>
    /// An access token as Entra issues it to a Teams tab; <paramref name="issuer"/> defaults to the v2.0 issuer of
    /// <paramref name="tenantId"/>; <paramref name="forged"/> signs with a key the metadata does not list.
    /// </summary>
    public string Token(string tenantId, string objectId, string audience, DateTimeOffset expires, bool forged = false, string? issuer = null, string name = "Test User")
    {
        var header = new JsonObject { ["alg"] = "RS256", ["typ"] = "JWT", ["kid"] = KeyId };
        var issued = expires.AddHours(-1) < DateTimeOffset.UtcNow ? expires.AddHours(-1) : DateTimeOffset.UtcNow.AddMinutes(-1);
        var payload = new JsonObject
        {
            ["iss"] = issuer ?? V2Issuer(tenantId), ["aud"] = audience, ["tid"] = tenantId, ["oid"] = objectId, ["name"] = name,
            ["preferred_username"] = name.Split(' ')[0].ToLowerInvariant() + "@example.org", ["ver"] = "2.0", ["scp"] = "access_as_user",
            ["nbf"] = issued.ToUnixTimeSeconds(), ["iat"] = issued.ToUnixTimeSeconds(), ["exp"] = expires.ToUnixTimeSeconds(),
        };
        var signed = Base64Url(Encoding.UTF8.GetBytes(header.ToJsonString())) + "." + Base64Url(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        var signature = (forged ? _otherKey : _key).SignData(Encoding.ASCII.GetBytes(signed), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signed + "." + Base64Url(signature);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _key.Dispose();
        _otherKey.Dispose();
    }
}
