using System.Net;
using System.Net.Http.Json;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Teams;

/// <summary>
/// With app credentials, an Authorization value that is not a readable token — malformed, not a JWT, huge,
/// wrongly encoded — is refused with 401 before any key or metadata is fetched, never a 500.
/// </summary>
public sealed class AuthorizationHeaderTests : IAsyncLifetime
{
    private BotHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHost.StartAsync(new()
    {
        ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555", ["MicrosoftAppPassword"] = "not-a-real-secret",
        ["MicrosoftAppTenantId"] = Activities.Tenant, ["MicrosoftAppType"] = "SingleTenant",
    });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    public static TheoryData<string, string> Values() => new()
    {
        { "three parts, not base64url JSON (issue 12)", "Bearer abc.def.ghi" },
        { "two parts", "Bearer abc.def" },
        { "five parts (a JWE shape)", "Bearer a.b.c.d.e" },
        { "header not JSON", "Bearer " + B64("not json") + "." + B64("{}") + ".sig" },
        { "header a JSON array", "Bearer " + B64("[1,2]") + "." + B64("{}") + ".sig" },
        { "payload not JSON", "Bearer " + B64("""{"alg":"RS256","typ":"JWT"}""") + "." + B64("\u0001\u0002") + ".sig" },
        { "characters outside base64url", "Bearer a$b.c%d.e&f" },
        { "non-ASCII token", "Bearer Tiếng.Việt.có-dấu" },
        { "empty bearer", "Bearer " },
        { "only the scheme", "Bearer" },
        { "another scheme", "Basic dXNlcjpwYXNz" },
        { "no scheme", "abc.def.ghi" },
        { "two bearer values", "Bearer a.b.c, Bearer d.e.f" },
        { "huge token (under Kestrel's 32 KB header limit)", "Bearer " + new string('a', 9_000) + "." + new string('b', 9_000) + "." + new string('c', 9_000) },
        { "NUL and control characters", "Bearer a.b.c\u0001\u007f" },
        { "alg none", "Bearer " + B64("""{"alg":"none"}""") + "." + B64("""{"aud":"x"}""") + "." },
    };

    private static string B64(string text) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [Theory]
    [MemberData(nameof(Values))]
    public async Task An_unreadable_Authorization_value_gets_401(string what, string value)
    {
        // Sent as UTF-8 bytes, as a careless or hostile client would.
        using var http = new HttpClient(new SocketsHttpHandler { RequestHeaderEncodingSelector = (_, _) => System.Text.Encoding.UTF8 }) { BaseAddress = _bot.Client.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(_bot.Activities.Message("help")) };
        Assert.True(request.Headers.TryAddWithoutValidation("Authorization", value), what);
        using var response = await http.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{what}: {(int)response.StatusCode}");
        Assert.Equal(HttpStatusCode.OK, (await _bot.Client.GetAsync("/healthz")).StatusCode);
        Assert.Empty(_bot.Connector.Sent);
    }
}
