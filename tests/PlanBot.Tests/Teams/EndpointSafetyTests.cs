using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Teams;

/// <summary>Malformed activities get a 4xx, never a 5xx, and the service keeps answering.</summary>
public sealed class EndpointSafetyTests : IAsyncLifetime
{
    private BotHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    public static TheoryData<string, string> MalformedBodies() => new()
    {
        { "not JSON", "this is not json" },
        { "empty body", "" },
        { "JSON array", "[1,2,3]" },
        { "JSON string", "\"message\"" },
        { "missing type", """{"id":"1","conversation":{"id":"c"},"serviceUrl":"http://127.0.0.1:1/"}""" },
        { "type not a string", """{"type":42,"conversation":{"id":"c"},"serviceUrl":"http://127.0.0.1:1/"}""" },
        { "missing conversation", """{"type":"message","text":"help","serviceUrl":"http://127.0.0.1:1/"}""" },
        { "conversation without id", """{"type":"message","text":"help","conversation":{},"serviceUrl":"http://127.0.0.1:1/"}""" },
        { "missing serviceUrl", """{"type":"message","text":"help","conversation":{"id":"c"}}""" },
        { "serviceUrl not a URL", """{"type":"message","text":"help","conversation":{"id":"c"},"serviceUrl":"file:///etc/passwd"}""" },
        { "text not a string", """{"type":"message","text":{"a":1},"conversation":{"id":"c"},"serviceUrl":"http://127.0.0.1:1/"}""" },
        { "from not an object", """{"type":"message","text":"hi","from":"alex","conversation":{"id":"c"},"serviceUrl":"http://127.0.0.1:1/"}""" },
        { "attachments not an array", """{"type":"message","text":"hi","attachments":{},"conversation":{"id":"c"},"serviceUrl":"http://127.0.0.1:1/"}""" },
        { "truncated JSON", """{"type":"message","text":"hi","conversation":{"id":""" },
        { "deeply nested", new string('[', 5000) + new string(']', 5000) },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task Malformed_activity_gets_400(string what, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await _bot.Client.PostAsync("/api/messages", content);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: {(int)response.StatusCode}");
        Assert.Equal(HttpStatusCode.OK, (await _bot.Client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task Health_is_503_with_Retry_After_while_the_data_cannot_be_read_and_200_again_after()
    {
        Assert.Equal(HttpStatusCode.OK, (await _bot.Client.GetAsync("/healthz")).StatusCode);
        await _bot.WithDbAsync(db => Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(db.Database, "ALTER TABLE \"Plans\" RENAME TO \"PlansAway\""));
        var down = await _bot.Client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), down.Headers.RetryAfter?.Delta);
        await _bot.WithDbAsync(db => Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(db.Database, "ALTER TABLE \"PlansAway\" RENAME TO \"Plans\""));
        Assert.Equal(HttpStatusCode.OK, (await _bot.Client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task Ten_megabyte_body_gets_413()
    {
        var body = "{\"type\":\"message\",\"text\":\"" + new string('a', 10 * 1024 * 1024) + "\"}";
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await _bot.Client.PostAsync("/api/messages", content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Non_json_content_type_gets_415()
    {
        using var content = new StringContent("type=message", Encoding.UTF8, "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await _bot.Client.PostAsync("/api/messages", content)).StatusCode);
    }

    [Theory]
    [InlineData("somethingNew")]
    [InlineData("event")]
    [InlineData("messageReaction")]
    public async Task Unknown_or_unhandled_activity_types_are_accepted_quietly(string type)
    {
        var activity = _bot.Activities.Message("hi").With("type", type);
        var response = await _bot.PostAsync(activity);
        Assert.True((int)response.StatusCode < 500, $"{type}: {(int)response.StatusCode}");
        await _bot.SettledAsync(); // the turn ran inside the request: after its answer, only the outbox or a send on its way could still add a message
        Assert.Empty(_bot.Connector.Messages);
    }

    [Fact]
    public async Task Invoke_with_a_malformed_value_gets_400()
    {
        var invoke = _bot.Activities.Execute("plan.save", []).With("value", "not an object");
        Assert.Equal(HttpStatusCode.BadRequest, (await _bot.PostAsync(invoke)).StatusCode);
    }

    [Fact]
    public async Task File_attachment_with_a_non_string_url_is_treated_as_text()
    {
        var message = _bot.Activities.Message("help").With("attachments", new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["name"] = "plan.docx",
            ["content"] = new JsonObject { ["downloadUrl"] = 12 },
        }));
        var reply = Assert.Single(await _bot.SayAsync(message));
        Assert.Contains("trợ giúp", reply.Visible);
    }
}
