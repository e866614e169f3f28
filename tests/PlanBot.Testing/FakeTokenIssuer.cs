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
/// Plays the Bot Framework token service over HTTPS on loopback: the OpenID metadata and signing keys
/// (with Teams' endorsement) that the SDK fetches, and RS256 tokens as the Bot Connector sends them.
/// Its certificate is trusted only by processes started with <see cref="TrustBundle"/> as SSL_CERT_FILE.
/// </summary>
public sealed class FakeTokenIssuer : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    private const string KeyId = "planbot-test-key";
    private readonly WebApplication _app;
    private readonly RSA _key = RSA.Create(2048);
    private readonly RSA _otherKey = RSA.Create(2048);

    public string MetadataUrl { get; }
    public string TrustBundle { get; }

    private FakeTokenIssuer(WebApplication app, string metadataUrl, string trustBundle) => (_app, MetadataUrl, TrustBundle) = (app, metadataUrl, trustBundle);

    public static async Task<FakeTokenIssuer> StartAsync(string folder)
    {
        using var certificateKey = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", certificateKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var certificate = X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
        var bundle = Path.Combine(folder, "test-ca.pem");
        await File.WriteAllTextAsync(bundle, certificate.ExportCertificatePem());

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, o => o.UseHttps(certificate)));
        var app = builder.Build();
        FakeTokenIssuer? self = null;
        app.MapGet("/v1/.well-known/openidconfiguration", (HttpRequest r) => Results.Json(new JsonObject
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = $"https://{r.Host}/v1/authorize",
            ["jwks_uri"] = $"https://{r.Host}/v1/.well-known/keys",
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        }));
        app.MapGet("/v1/.well-known/keys", () =>
        {
            var p = self!._key.ExportParameters(false);
            return Results.Json(new JsonObject
            {
                ["keys"] = new JsonArray(new JsonObject
                {
                    ["kty"] = "RSA", ["use"] = "sig", ["kid"] = KeyId, ["n"] = Base64Url(p.Modulus!), ["e"] = Base64Url(p.Exponent!),
                    ["endorsements"] = new JsonArray("msteams"),
                }),
            });
        });
        await app.StartAsync();
        self = new FakeTokenIssuer(app, app.Urls.First().TrimEnd('/') + "/v1/.well-known/openidconfiguration", bundle);
        return self;
    }

    /// <summary>A token as the Bot Connector signs it for <paramref name="audience"/>; <paramref name="forged"/> signs with a key the metadata does not list.</summary>
    public string Token(string audience, string serviceUrl, DateTimeOffset expires, bool forged = false)
    {
        var header = new JsonObject { ["alg"] = "RS256", ["typ"] = "JWT", ["kid"] = KeyId };
        var issued = expires.AddHours(-1) < DateTimeOffset.UtcNow ? expires.AddHours(-1) : DateTimeOffset.UtcNow.AddMinutes(-1);
        var payload = new JsonObject
        {
            ["iss"] = Issuer, ["aud"] = audience, ["serviceurl"] = serviceUrl,
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
