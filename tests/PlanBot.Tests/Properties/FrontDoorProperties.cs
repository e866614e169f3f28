using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Properties;

/// <summary>
/// Generated requests to /api/messages — random activity types, missing and wrongly typed fields, huge and deeply
/// nested values, random Authorization headers, content types and bodies — with and without app credentials: every
/// answer is 2xx, 4xx or 503 (the token metadata is unreachable on this machine), never another 5xx, and PlanBot
/// keeps answering (a help afterwards still gets the help card).
/// </summary>
public sealed class FrontDoorProperties
{
    private sealed record Request(string? ContentType, string? Authorization, string Body)
    {
        public override string ToString() =>
            $"content-type {ContentType ?? "(none)"}; authorization {(Authorization is null ? "(none)" : Authorization[..Math.Min(80, Authorization.Length)])}; body {Body[..Math.Min(300, Body.Length)]} ({Body.Length} chars)";
    }

    private static Gen<string> Texts() => Gen.OneOf(
        Gen.Elements("help", "trợ giúp", "danh sách", "xem 1", "xem 99999999999", "đặt phòng", "cuộc họp 0", "hủy cuộc họp -1", "phân công 2147483648", "báo cáo", "việc của tôi", "nhắc việc 3,0 lúc 25:99", "lang xx", "", " ", "<at>PlanBot</at>", "\u0000\u202e"),
        Gen.Choose(0, 3000).Select(n => new string('x', n)),
        ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""));

    private static Gen<JsonNode?> Wrong() => Gen.OneOf(
        Gen.Constant<JsonNode?>(null),
        Gen.Choose(int.MinValue, int.MaxValue).Select(n => (JsonNode?)JsonValue.Create(n)),
        Gen.Elements(true, false).Select(b => (JsonNode?)JsonValue.Create(b)),
        Gen.Constant<JsonNode?>(JsonValue.Create(1e308)),
        Texts().Select(s => (JsonNode?)JsonValue.Create(s)),
        Gen.Constant<JsonNode?>(new JsonArray(1, "a", null)),
        Gen.Constant<JsonNode?>(new JsonObject { ["id"] = 5, ["name"] = new JsonArray() }),
        Gen.Choose(1, 60).Select(depth => Nested(depth)),
        Gen.Choose(1, 200).Select(k => (JsonNode?)JsonValue.Create(new string('é', k * 1000))));

    private static JsonNode? Nested(int depth)
    {
        JsonNode node = JsonValue.Create("deep");
        for (var i = 0; i < depth; i++) node = i % 2 == 0 ? new JsonArray(node) : new JsonObject { ["a"] = node };
        return node;
    }

    /// <summary>A field kept as Teams sends it (4 in 7), dropped, or replaced by something else.</summary>
    private static Gen<(bool Keep, bool Drop, JsonNode? Value)> Field() =>
        Gen.Frequency((4, Gen.Constant((true, false, (JsonNode?)null))), (1, Gen.Constant((false, true, (JsonNode?)null))), (2, Wrong().Select(w => (false, false, w))));

    private static readonly string[] Fields = ["type", "id", "timestamp", "channelId", "serviceUrl", "from", "recipient", "conversation", "channelData", "locale", "text", "value", "name", "attachments", "entities", "replyToId", "membersAdded", "textFormat"];

    private static Gen<JsonObject> Activities(string serviceUrl) =>
        from kind in Gen.Elements("message", "invoke", "conversationUpdate", "installationUpdate", "event", "messageReaction", "typing", "endOfConversation", "somethingNew", "")
        from text in Texts()
        from verb in Gen.Elements("plan.save", "status.save", "meeting.book", "invite.respond", "assign.save", "nope", "")
        from invokeName in Gen.Elements("adaptiveCard/action", "task/fetch", "composeExtension/query", "signin/verifyState", "fileConsent/invoke", "")
        from conversation in Gen.Choose(0, 5000)
        from fields in Gen.ArrayOf(Field(), Fields.Length)
        select Build(serviceUrl, kind, text, verb, invokeName, $"conv-{conversation}", fields);

    private static JsonObject Build(string serviceUrl, string kind, string text, string verb, string invokeName, string conversation, (bool Keep, bool Drop, JsonNode? Value)[] fields)
    {
        var activity = kind == "invoke"
            ? new Activities(serviceUrl).Execute(verb, new JsonObject { ["planId"] = 1, ["draftId"] = Guid.NewGuid().ToString() }, conversationId: conversation).With("name", invokeName)
            : new Activities(serviceUrl).Message(text, conversationId: conversation).With("type", kind);
        if (kind == "conversationUpdate") activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = PlanBot.Testing.Activities.BotId });
        for (var i = 0; i < Fields.Length; i++)
        {
            var (keep, drop, value) = fields[i];
            if (keep) continue;
            if (drop) activity.Remove(Fields[i]);
            else activity[Fields[i]] = value?.DeepClone();
        }
        return activity;
    }

    private static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static Gen<string?> Authorizations() => Gen.OneOf(
        Gen.Constant<string?>(null),
        Gen.Elements<string?>("Bearer abc.def.ghi", "Bearer ", "Bearer", "Basic dXNlcjpwYXNz", "bearer a.b.c", "Bearer a.b", "Bearer a.b.c.d.e", "Bearer Tiếng.Việt.có", "Bearer " + new string('a', 20_000)),
        from header in Gen.Elements("""{"alg":"RS256","typ":"JWT","kid":"k"}""", """{"alg":"none"}""", "[1]", "{\"alg\":5}", "{}", "not json")
        from payload in Gen.Elements("""{"iss":"https://api.botframework.com","aud":"11111111-2222-3333-4444-555555555555","exp":4102444800}""", """{"iss":5,"aud":[1,2]}""", """{"aud":null,"exp":"soon"}""", "{}", "[]", "\"s\"")
        from signature in Gen.Elements("", "c2ln", "!!")
        select (string?)$"Bearer {B64(header)}.{B64(payload)}.{signature}");

    private static Gen<Request> Requests(string serviceUrl) =>
        from activity in Activities(serviceUrl)
        from contentType in Gen.Elements<string?>("application/json", "application/json; charset=utf-8", null, "text/plain", "application/x-www-form-urlencoded", "application/json; charset=iso-8859-1", "application/vnd.api+json", "multipart/form-data; boundary=x", "")
        from authorization in Authorizations()
        from body in Gen.Frequency(
            (8, Gen.Constant(activity.ToJsonString())),
            (1, Gen.Elements("", "null", "[]", "{", "\"x\"", "{\"type\":\"message\"}", new string('[', 3000), "\u00ff\u00fe")),
            (1, Gen.Constant(activity.ToJsonString()[..(activity.ToJsonString().Length / 2)])))
        select new Request(contentType, authorization, body);

    private static async Task<int> SendAsync(BotHost bot, Request r)
    {
        using var http = new HttpClient(new SocketsHttpHandler { RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8 }) { BaseAddress = bot.Client.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(r.Body)) };
        if (r.ContentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", r.ContentType);
        if (r.Authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", r.Authorization);
        using var response = await http.SendAsync(request);
        return (int)response.StatusCode;
    }

    private static bool Acceptable(int status) => status is (>= 200 and < 300) or (>= 400 and < 500) or 503;

    private static async Task StillAnswersAsync(BotHost bot)
    {
        if (bot.Services.GetService(typeof(PlanBot.Teams.BotCredentials)) is PlanBot.Teams.BotCredentials { Configured: true })
        {
            Assert.Equal(HttpStatusCode.OK, (await bot.Client.GetAsync("/healthz")).StatusCode);
            return;
        }
        var reply = Assert.Single(await bot.SayAsync(bot.Activities.Message("help", conversationId: "after-the-storm")));
        Assert.Contains("trợ giúp", reply.Visible);
    }

    [Fact]
    public async Task Anonymous_every_answer_is_2xx_4xx_or_503_and_PlanBot_keeps_answering()
    {
        await using var bot = await BotHost.StartAsync();
        PropertyRuns.Check("front door, anonymous", 100, Requests(bot.Connector.Url), r => Acceptable(PropertyRuns.Run(() => SendAsync(bot, r))));
        await StillAnswersAsync(bot);
    }

    [Fact]
    public async Task With_credentials_every_answer_is_2xx_4xx_or_503_and_PlanBot_keeps_answering()
    {
        await using var bot = await BotHost.StartAsync(new()
        {
            ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555", ["MicrosoftAppPassword"] = "not-a-real-secret",
            ["MicrosoftAppTenantId"] = PlanBot.Testing.Activities.Tenant, ["MicrosoftAppType"] = "SingleTenant",
        });
        PropertyRuns.Check("front door, credentials", 100, Requests(bot.Connector.Url), r => Acceptable(PropertyRuns.Run(() => SendAsync(bot, r))));
        await StillAnswersAsync(bot);
    }
}
