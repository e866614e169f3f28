using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PlanBot.Tests.Support;

/// <summary>
/// A local HTTP server that plays the Bot Connector service: it accepts the bot's replies
/// (POST /v3/conversations/{id}/activities[/{replyTo}]), updates (PUT …/activities/{id}) and
/// serves files for download, and records everything the bot sent.
/// </summary>
public sealed class FakeBotConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _nextId;

    public ConcurrentQueue<SentActivity> Sent { get; } = new();
    public ConcurrentDictionary<string, byte[]> Files { get; } = new();

    public string Url { get; }

    private FakeBotConnector(WebApplication app, string url) => (_app, Url) = (app, url);

    public static async Task<FakeBotConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeBotConnector? self = null;
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyTo?}", async (string conversationId, string? replyTo, HttpRequest request) =>
        {
            var body = await JsonNode.ParseAsync(request.Body);
            var id = $"activity-{Interlocked.Increment(ref self!._nextId)}";
            self.Sent.Enqueue(new SentActivity("POST", conversationId, id, body!));
            return Results.Json(new { id });
        });
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", async (string conversationId, string activityId, HttpRequest request) =>
        {
            var body = await JsonNode.ParseAsync(request.Body);
            self!.Sent.Enqueue(new SentActivity("PUT", conversationId, activityId, body!));
            return Results.Json(new { id = activityId });
        });
        app.MapGet("/files/{name}", (string name) =>
            self!.Files.TryGetValue(name, out var bytes) ? Results.Bytes(bytes, "application/octet-stream") : Results.NotFound());
        await app.StartAsync();
        var address = app.Urls.First();
        self = new FakeBotConnector(app, address.TrimEnd('/') + "/");
        return self;
    }

    /// <summary>Waits until the bot has sent at least <paramref name="count"/> activities in total.</summary>
    public async Task<List<SentActivity>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (Sent.Count < count && DateTime.UtcNow < deadline) await Task.Delay(20);
        return [.. Sent];
    }

    public List<SentActivity> Messages => Sent.Where(s => s.Body["type"]?.GetValue<string>() == "message").ToList();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

public sealed record SentActivity(string Method, string ConversationId, string Id, JsonNode Body)
{
    public string Text => Body["text"]?.GetValue<string>() ?? "";

    public JsonNode? Card => Body["attachments"]?.AsArray().FirstOrDefault(a => a?["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive")?["content"];

    /// <summary>All text a person would read on this message or card.</summary>
    public string Visible => Text + "\n" + string.Join("\n", Strings(Card));

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.Where(kv => kv.Key is not ("type" or "id" or "verb" or "data" or "version" or "$schema")).SelectMany(kv => Strings(kv.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => [v.GetValue<string>()],
        _ => [],
    };
}
