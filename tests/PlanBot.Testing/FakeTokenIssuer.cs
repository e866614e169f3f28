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

    /// <summary>While true, the metadata and key requests get their connection dropped, as when the network is down.</summary>
    public bool Refusing
    {
        get => Volatile.Read(ref _refusing);
        set => Volatile.Write(ref _refusing, value);
    }

    private bool _refusing;

    /// <summary>
    /// Entra's answer to the next client-credentials requests (POST /{tenant}/oauth2/v2.0/token): null issues a token;
    /// otherwise the status and the error JSON Entra sends, for an AADSTS code (see <see cref="EntraErrors"/>).
    /// </summary>
    public (int Status, string Error, int Code, string Description)? EntraError { get; set; }

    /// <summary>Entra's own errors for a wrong secret, an expired secret, no secret, missing admin consent, an unknown app, an unknown tenant.</summary>
    public static readonly IReadOnlyDictionary<int, (int Status, string Error, int Code, string Description)> EntraErrors = new Dictionary<int, (int, string, int, string)>
    {
        [7000215] = (401, "invalid_client", 7000215, "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app 'client'."),
        [7000222] = (401, "invalid_client", 7000222, "AADSTS7000222: The provided client secret keys for app 'client' are expired. Visit the Azure portal to create new keys for your app."),
        [7000218] = (401, "invalid_client", 7000218, "AADSTS7000218: The request body must contain the following parameter: 'client_assertion' or 'client_secret'."),
        [65001] = (400, "invalid_grant", 65001, "AADSTS65001: The user or administrator has not consented to use the application with ID 'client' named 'PlanBot'. Send an interactive authorization request for this user and resource."),
        [700016] = (400, "unauthorized_client", 700016, "AADSTS700016: Application with identifier 'client' was not found in the directory 'tenant'."),
        [90002] = (400, "invalid_request", 90002, "AADSTS90002: Tenant 'tenant' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud."),
    };

    /// <summary>How many token requests Entra got.</summary>
    public int EntraRequests => Volatile.Read(ref _entraRequests);

    private int _entraRequests;

    /// <summary>Where an Entra client (ClientSecretCredential's AuthorityHost) finds this server.</summary>
    public string AuthorityHost => new Uri(MetadataUrl).GetLeftPart(UriPartial.Authority) + "/";

    /// <summary>How many metadata requests arrived (answered or refused).</summary>
    public int MetadataRequests => Volatile.Read(ref _metadataRequests);

    private int _metadataRequests;

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
        app.Use(async (http, next) =>
        {
            if (http.Request.Path.StartsWithSegments("/v1/.well-known"))
            {
                if (http.Request.Path.Value!.EndsWith("openidconfiguration", StringComparison.Ordinal)) Interlocked.Increment(ref self!._metadataRequests);
                if (self!.Refusing)
                {
                    http.Abort();
                    return;
                }
            }
            await next(http);
        });
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
        app.MapPost("/{tenant}/oauth2/v2.0/token", (string tenant) =>
        {
            Interlocked.Increment(ref self!._entraRequests);
            if (self.EntraError is { } e)
                return Results.Json(new JsonObject
                {
                    ["error"] = e.Error,
                    ["error_description"] = $"{e.Description} Trace ID: 0c5b7c4e-0000-4000-8000-000000000000 Correlation ID: 6d1f0000-0000-4000-8000-000000000000 Timestamp: {DateTime.UtcNow:yyyy-MM-dd HH:mm:ssZ}",
                    ["error_codes"] = new JsonArray(e.Code),
                    ["timestamp"] = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
                    ["trace_id"] = "0c5b7c4e-0000-4000-8000-000000000000",
                    ["correlation_id"] = "6d1f0000-0000-4000-8000-000000000000",
                    ["error_uri"] = $"https://login.microsoftonline.com/error?code={e.Code}",
                }, statusCode: e.Status);
            return Results.Json(new JsonObject { ["token_type"] = "Bearer", ["expires_in"] = 3599, ["ext_expires_in"] = 3599, ["access_token"] = "graph-token-for-" + tenant });
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
