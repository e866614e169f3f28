using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PlanBot.Tests.Teams;

/// <summary>
/// With app credentials, PlanBot (its own process) validates every token against the Bot Framework's
/// OpenID metadata, here served over HTTPS by a local issuer that process trusts. A token as the Bot
/// Connector signs it is accepted; expired, forged, wrongly addressed and missing ones get 401.
/// </summary>
public sealed class TokenValidationTests : IAsyncLifetime
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string ServiceUrl = "http://127.0.0.1:9/";
    private readonly string _folder = Directory.CreateTempSubdirectory("planbot-tokens-").FullName;
    private FakeTokenIssuer _issuer = null!;
    private PlanBotProcess _bot = null!;
    private readonly Activities _activities = new(ServiceUrl);

    public async Task InitializeAsync()
    {
        _issuer = await FakeTokenIssuer.StartAsync(_folder);
        _bot = await PlanBotProcess.StartAsync(TestDatabase.NewConnectionString(_folder), new()
        {
            ["MicrosoftAppId"] = AppId, ["MicrosoftAppPassword"] = "not-a-real-secret", ["MicrosoftAppTenantId"] = Activities.Tenant, ["MicrosoftAppType"] = "SingleTenant",
            // The SDK's endpoint settings: naming one means naming them all (the SDK then uses exactly these).
            ["ToBotFromChannelOpenIdMetadataUrl"] = _issuer.MetadataUrl,
            ["ToBotFromChannelTokenIssuer"] = FakeTokenIssuer.Issuer,
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = _issuer.MetadataUrl,
            ["ToChannelFromBotLoginUrl"] = $"https://login.microsoftonline.com/{Activities.Tenant}",
            ["ToChannelFromBotOAuthScope"] = "https://api.botframework.com",
            ["OAuthUrl"] = "https://api.botframework.com",
            ["ValidateAuthority"] = "true",
            ["SSL_CERT_FILE"] = _issuer.TrustBundle,
        });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(string? token)
    {
        using var http = new HttpClient { BaseAddress = _bot.Url };
        // An action on a plan that does not exist: answered in the invoke response, nothing sent to the connector.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(_activities.Execute("status.open", new JsonObject { ["planId"] = 404, ["unitId"] = 1 })) };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_token_signed_by_the_Bot_Framework_for_this_app_is_accepted()
    {
        var (status, body) = await PostAsync(_issuer.Token(AppId, ServiceUrl, DateTimeOffset.UtcNow.AddMinutes(30)));
        Assert.True(status == HttpStatusCode.OK, $"{status}: {body}\n{_bot.Output}");
        Assert.Contains("application/vnd.microsoft.activity.message", body);
    }

    [Fact]
    public async Task Expired_forged_wrong_audience_wrong_service_url_and_missing_tokens_get_401()
    {
        var soon = DateTimeOffset.UtcNow.AddMinutes(30);
        var expired = await PostAsync(_issuer.Token(AppId, ServiceUrl, DateTimeOffset.UtcNow.AddHours(-1)));
        Assert.True(expired.Status == HttpStatusCode.Unauthorized, $"{expired.Status}: {expired.Body}\n{_bot.Output}");
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(_issuer.Token(AppId, ServiceUrl, soon, forged: true))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(_issuer.Token("99999999-0000-0000-0000-000000000000", ServiceUrl, soon))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(_issuer.Token(AppId, "https://evil.example/", soon))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(null)).Status);
        // The service still answers a good token afterwards.
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(_issuer.Token(AppId, ServiceUrl, soon))).Status);
    }
}
