using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PlanBot.Tests.Support;
using PlanBot.Tests.Teams;

namespace PlanBot.Tests.Meetings;

/// <summary>
/// Graph configured, and Entra refusing PlanBot's sign-in: a wrong client secret (AADSTS7000215), an expired one
/// (AADSTS7000222), no secret (AADSTS7000218), no admin consent (AADSTS65001). PlanBot (its own process, its real
/// ClientSecretCredential) signs in at a local HTTPS server that answers as Entra does; the organizer is told in
/// words that PlanBot cannot sign in to Microsoft 365, and the log names the setting to check.
/// </summary>
public sealed class GraphSignInTests : IAsyncLifetime
{
    private const string Organizer = "vanphong@contoso.vn";
    private readonly string _folder = Directory.CreateTempSubdirectory("planbot-signin-").FullName;
    private FakeBotConnector _connector = null!;
    private FakeGraph _graph = null!;
    private FakeTokenIssuer _entra = null!;
    private PlanBotProcess _bot = null!;
    private Activities _activities = null!;
    private int _planId;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _graph = await FakeGraph.StartAsync();
        _graph.Rooms.Add(new JsonObject { ["emailAddress"] = "phonghop02@contoso.vn", ["displayName"] = "Phòng họp 02 - Tầng 5", ["capacity"] = 40 });
        _entra = await FakeTokenIssuer.StartAsync(_folder);
        _bot = await PlanBotProcess.StartAsync(TestDatabase.NewConnectionString(_folder), new()
        {
            ["PlanBot__Graph__TenantId"] = "tenant", ["PlanBot__Graph__ClientId"] = "client", ["PlanBot__Graph__ClientSecret"] = "the-secret-id-not-its-value",
            ["PlanBot__Graph__OrganizerMailbox"] = Organizer, ["PlanBot__Graph__BaseUrl"] = _graph.BaseUrl, ["PlanBot__Graph__TimeoutSeconds"] = "10",
            ["PlanBot__Graph__AuthorityHost"] = _entra.AuthorityHost,
            ["SSL_CERT_FILE"] = _entra.TrustBundle,
        });
        _activities = new Activities(_connector.Url);
        using var http = new HttpClient { BaseAddress = _bot.Url };
        (await http.PostAsJsonAsync("/api/messages", _activities.Message(File.ReadAllText(Repo.SeedPlan)))).EnsureSuccessStatusCode();
        var understood = await _connector.WaitForAsync(m => m.Card?["actions"]?[0]?["data"]?["draftId"] is not null, TimeSpan.FromSeconds(20))
            ?? throw new InvalidOperationException("no understood card\n" + _bot.Output);
        var (_, saved) = await InvokeAsync("plan.save", new JsonObject { ["draftId"] = PlanConversationTests.DraftIdOf(understood) });
        Assert.Contains("Đã lưu kế hoạch số 1", Text(saved)); // a new database: the first plan
        _planId = 1;
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _entra.DisposeAsync();
        await _graph.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private async Task<(int Status, JsonNode? Body)> InvokeAsync(string verb, JsonObject data)
    {
        using var http = new HttpClient { BaseAddress = _bot.Url, Timeout = TimeSpan.FromSeconds(60) };
        using var response = await http.PostAsJsonAsync("/api/messages", _activities.Execute(verb, data));
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length > 0 ? JsonNode.Parse(text) : null);
    }

    private static string Text(JsonNode? node) => node?.ToReadableJson() ?? "";

    public static readonly TheoryData<int, string> Refusals = new()
    {
        { 7000215, "PlanBot__Graph__ClientSecret" }, // wrong secret (the secret's id pasted instead of its value)
        { 7000222, "PlanBot__Graph__ClientSecret" }, // expired secret
        { 7000218, "PlanBot__Graph__ClientSecret" }, // no secret sent
        { 65001, "admin consent" },
        { 700016, "PlanBot__Graph__ClientId" },
        { 90002, "PlanBot__Graph__TenantId" },
    };

    /// <summary>One PlanBot process for all six refusals (each start costs seconds on this machine).</summary>
    [Fact]
    public async Task Entra_refusing_the_sign_in_is_told_to_the_organizer_and_the_log_names_the_setting()
    {
        foreach (var refusal in Refusals) await RefusedAsync((int)refusal[0], (string)refusal[1]);

        // Once the credentials are right, the same request finds the room (the token is then cached: this comes last).
        _entra.EntraError = null;
        var (_, fixedFind) = await InvokeAsync("meeting.time", new JsonObject { ["planId"] = _planId, ["date"] = "2030-01-07", ["start"] = "08:00", ["hours"] = "4", ["seats"] = "10" });
        Assert.Contains("Phòng trống, đủ chỗ.", Text(fixedFind));
    }

    private async Task RefusedAsync(int code, string setting)
    {
        _entra.EntraError = FakeTokenIssuer.EntraErrors[code];
        var start = new DateTime(2030, 1, 7, 1, 0, 0, DateTimeKind.Utc);
        var (findStatus, find) = await InvokeAsync("meeting.time", new JsonObject { ["planId"] = _planId, ["date"] = "2030-01-07", ["start"] = "08:00", ["hours"] = "4", ["seats"] = "10" });
        var (bookStatus, book) = await InvokeAsync("meeting.book", new JsonObject
        {
            ["planId"] = _planId, ["roomEmail"] = "phonghop02@contoso.vn", ["seats"] = "10",
            ["start"] = start.Ticks.ToString(CultureInfo.InvariantCulture), ["end"] = start.AddHours(4).Ticks.ToString(CultureInfo.InvariantCulture),
        });
        Assert.True(findStatus == 200 && bookStatus == 200, $"Tìm phòng: {findStatus} {Text(find)}; Đặt phòng: {bookStatus} {Text(book)}\n{_bot.Output}");
        foreach (var answer in new[] { find, book })
        {
            Assert.True(answer?["value"] is JsonValue, $"{Text(answer)}\n{_bot.Output}");
            Assert.Contains("không đăng nhập được vào Microsoft 365", answer!["value"]!.GetValue<string>());
            Assert.DoesNotContain("AADSTS", Text(answer));
            Assert.DoesNotContain("Exception", Text(answer));
        }
        Assert.True(_entra.EntraRequests > 0, "PlanBot did not ask the local Entra");
        await Eventually.Until(() => _bot.Output.Contains($"AADSTS{code}", StringComparison.Ordinal), TimeSpan.FromSeconds(10), () => _bot.Output);
        var line = _bot.Output.Split('\n').SkipWhile(l => !l.Contains($"AADSTS{code}", StringComparison.Ordinal)).Take(2);
        Assert.True(string.Join(" ", line).Contains(setting, StringComparison.Ordinal), $"AADSTS{code}: {setting}\n{_bot.Output}");
    }
}
