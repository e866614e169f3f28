using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PlanBot.Tests.Teams;

/// <summary>
/// A well-formed token while the Bot Framework's OpenID metadata cannot be fetched (the network is down): nobody
/// can tell whether the token is good, so PlanBot answers 503 with Retry-After, says in its log which address it
/// could not reach, and accepts the token as soon as the metadata can be fetched again.
/// </summary>
public sealed class TokenMetadataOutageTests : IAsyncLifetime
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string ServiceUrl = "http://127.0.0.1:9/";
    private readonly string _folder = Directory.CreateTempSubdirectory("planbot-metadata-").FullName;
    private readonly Activities _activities = new(ServiceUrl);
    private FakeTokenIssuer _issuer = null!;
    private PlanBotProcess _bot = null!;

    public async Task InitializeAsync()
    {
        _issuer = await FakeTokenIssuer.StartAsync(_folder);
        _issuer.Refusing = true;
        _bot = await PlanBotProcess.StartAsync(TestDatabase.NewConnectionString(_folder), new()
        {
            ["MicrosoftAppId"] = AppId, ["MicrosoftAppPassword"] = "not-a-real-secret", ["MicrosoftAppTenantId"] = Activities.Tenant, ["MicrosoftAppType"] = "SingleTenant",
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

    private async Task<HttpResponseMessage> PostAsync()
    {
        using var http = new HttpClient { BaseAddress = _bot.Url, Timeout = TimeSpan.FromSeconds(60) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(_activities.Execute("status.open", new JsonObject { ["planId"] = 404, ["unitId"] = 1 })) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _issuer.Token(AppId, ServiceUrl, DateTimeOffset.UtcNow.AddMinutes(30)));
        var response = await http.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    [Fact]
    public async Task A_good_token_gets_503_with_Retry_After_while_the_metadata_is_unreachable_and_200_once_it_is_back()
    {
        for (var i = 0; i < 3; i++)
        {
            using var down = await PostAsync();
            Assert.True(down.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)down.StatusCode}: {await down.Content.ReadAsStringAsync()}\n{_bot.Output}");
            Assert.NotNull(down.Headers.RetryAfter?.Delta);
        }
        Assert.True(_issuer.MetadataRequests > 0);
        // One clear line naming the address, not one per request.
        await Eventually.Until(() => _bot.Output.Contains(_issuer.MetadataUrl, StringComparison.Ordinal), TimeSpan.FromSeconds(10), () => _bot.Output);
        var lines = _bot.Output.Split('\n').Count(l => l.Contains(_issuer.MetadataUrl, StringComparison.Ordinal));
        Assert.True(lines == 1, _bot.Output);

        _issuer.Refusing = false;
        var status = await Eventually.UntilAsync(async () =>
        {
            using var response = await PostAsync();
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode}\n{_bot.Output}");
            return response.StatusCode;
        }, s => s == HttpStatusCode.OK, TimeSpan.FromSeconds(60), s => $"{(int)s}\n{_bot.Output}", TimeSpan.FromMilliseconds(500));
        Assert.True(status == HttpStatusCode.OK, _bot.Output);
    }
}
