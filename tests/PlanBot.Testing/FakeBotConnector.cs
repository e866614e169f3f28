using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PlanBot.Testing;

/// <summary>
/// A local HTTP server that plays the Bot Connector service: it accepts the bot's replies
/// (POST /v3/conversations/{id}/activities[/{replyTo}]), updates (PUT …/activities/{id}) and
/// serves files for download, and records everything the bot sent. Like Teams, it refuses a message over
/// <see cref="MessageSizeLimit"/> (counted as UTF-16) with 413 MessageSizeTooBig, whether sent, updated or sent with a new conversation.
/// </summary>
public sealed class FakeBotConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _nextId;
    private int _inFlight;

    public ConcurrentQueue<SentActivity> Sent { get; } = new();
    public ConcurrentDictionary<string, byte[]> Files { get; } = new();

    /// <summary>Members listed by GET …/pagedmembers, for every conversation.</summary>
    public List<JsonObject> Members { get; } = [];

    /// <summary>Status codes to answer the next sends with, in order (e.g. 429, 500), before accepting again.</summary>
    public ConcurrentQueue<int> Faults { get; } = new();

    /// <summary>A fault that closes the connection without an answer, as a dropped network does.</summary>
    public const int DropConnection = 0;

    /// <summary>A conversation the faults spare (the organizer's, so the bot's own replies go through).</summary>
    public string? FaultExempt { get; set; }

    /// <summary>Faults to answer the next file downloads with, in order: a status code, <see cref="DropConnection"/> or <see cref="CutBody"/>.</summary>
    public ConcurrentQueue<int> FileFaults { get; } = new();

    /// <summary>A file fault that sends the headers and half the file, then closes the connection.</summary>
    public const int CutBody = -1;

    /// <summary>How many file downloads were asked for (answered or not).</summary>
    public int FileRequests => Volatile.Read(ref _fileRequests);

    private int _fileRequests;

    /// <summary>Conversation creations, by member id.</summary>
    public ConcurrentQueue<string> Created { get; } = new();

    /// <summary>When set, enforces Teams' documented limits and answers 429 (with Retry-After) past them.</summary>
    public ConnectorLimits? Limits { get; set; }

    /// <summary>
    /// Until then every request (but <see cref="FaultExempt"/>'s) is answered 429 with Retry-After 1, as Teams answers a tenant
    /// it throttles for a while whatever PlanBot's own count says; counted in <see cref="Throttled"/>.
    /// </summary>
    public DateTimeOffset BusyUntil { get; set; }

    private int _busyRefused;

    public int Throttled => (Limits?.Refused ?? 0) + Volatile.Read(ref _busyRefused);

    /// <summary>How long a typing activity takes to reach the connector (a slow network).</summary>
    public TimeSpan TypingDelay { get; set; }

    /// <summary>How many of the next messages are taken in at once but answered only after <see cref="SlowAnswer"/> (a connector that stalls).</summary>
    public int SlowAnswers
    {
        get => Volatile.Read(ref _slowAnswers);
        set => Volatile.Write(ref _slowAnswers, value);
    }

    private int _slowAnswers;

    public TimeSpan SlowAnswer { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long the connector takes to answer a conversation create or a posted message, after it has taken it in
    /// (Teams answers in 100–300 ms). A request the bot abandons meanwhile has still been created or delivered.
    /// </summary>
    public TimeSpan AnswerDelay { get; set; }

    /// <summary>Conversation creations per member id: Teams gives one 1:1 chat per bot and user, so more than one is a chat created again.</summary>
    public Dictionary<string, int> CreatesPerMember => Created.GroupBy(m => m).ToDictionary(g => g.Key, g => g.Count());

    private Task AnswerLatencyAsync(HttpRequest request) =>
        AnswerDelay <= TimeSpan.Zero ? Task.CompletedTask
            : Task.Delay(AnswerDelay, request.HttpContext.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);

    /// <summary>How long listing a conversation's members takes.</summary>
    public TimeSpan MembersDelay { get; set; }

    public string Url { get; }

    /// <summary>The largest message Teams takes, in UTF-16 bytes of its JSON (about 100 KB).</summary>
    public const int MessageSizeLimit = 100 * 1024;

    /// <summary>Messages refused as too big: method, conversation and their size in UTF-16 bytes.</summary>
    public ConcurrentQueue<(string Method, string ConversationId, int Bytes)> TooBig { get; } = new();

    /// <summary>The size of every message taken in, in UTF-16 bytes, by method and conversation (typing left out).</summary>
    public ConcurrentQueue<(string Method, string ConversationId, int Bytes)> Sizes { get; } = new();

    private FakeBotConnector(WebApplication app, string url) => (_app, Url) = (app, url);

    public static async Task<FakeBotConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeBotConnector? self = null;
        app.Use(async (context, next) =>
        {
            Interlocked.Increment(ref self!._inFlight);
            try { await next(context); }
            finally { Interlocked.Decrement(ref self._inFlight); }
        });
        app.MapPost("/v3/conversations", async (HttpRequest request, HttpResponse response) =>
        {
            var (body, bytes) = await ReadAsync(request);
            if (body?["activity"] is JsonObject && self!.TooLarge("CREATE", "new", bytes) is { } tooBig) return tooBig;
            var member = body?["members"]?[0]?["id"]?.GetValue<string>() ?? "unknown";
            // Teams gives the same 1:1 conversation for the same bot and user; creating it counts like a send to it.
            var conversation = "a:1to1-" + member;
            if (self!.Refuse(conversation, response) is { } refused) return refused;
            self.Created.Enqueue(member);
            await self.AnswerLatencyAsync(request);
            return Results.Json(new { id = conversation });
        });
        app.MapGet("/v3/conversations/{conversationId}/pagedmembers", async () =>
        {
            await Task.Delay(self!.MembersDelay);
            return Results.Json(new { members = self.Members });
        });
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyTo?}", async (string conversationId, string? replyTo, HttpRequest request, HttpResponse response) =>
        {
            var (body, bytes) = await ReadAsync(request);
            if (body?["type"]?.GetValue<string>() == "typing") await Task.Delay(self!.TypingDelay);
            else if (self!.TooLarge("POST", conversationId, bytes) is { } tooBig) return tooBig;
            else if (self!.Refuse(conversationId, response) is { } refused) return refused;
            var id = $"activity-{Interlocked.Increment(ref self!._nextId)}";
            self.Sent.Enqueue(new SentActivity("POST", conversationId, id, body!));
            if (body?["type"]?.GetValue<string>() == "message" && conversationId != self.FaultExempt && Countdown.TakeOne(ref self._slowAnswers))
                await Task.Delay(self.SlowAnswer, request.HttpContext.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            if (body?["type"]?.GetValue<string>() == "message") await self.AnswerLatencyAsync(request);
            return Results.Json(new { id });
        });
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", async (string conversationId, string activityId, HttpRequest request) =>
        {
            var (body, bytes) = await ReadAsync(request);
            if (self!.TooLarge("PUT", conversationId, bytes) is { } tooBig) return tooBig;
            self!.Sent.Enqueue(new SentActivity("PUT", conversationId, activityId, body!));
            return Results.Json(new { id = activityId });
        });
        app.MapGet("/files/{name}", async (string name, HttpContext context) =>
        {
            Interlocked.Increment(ref self!._fileRequests);
            if (self.FileFaults.TryDequeue(out var fault))
            {
                if (fault == DropConnection)
                {
                    context.Abort();
                    return Results.Empty;
                }
                if (fault == CutBody && self.Files.TryGetValue(name, out var partial))
                {
                    context.Response.ContentType = "application/octet-stream";
                    context.Response.ContentLength = partial.Length;
                    await context.Response.Body.WriteAsync(partial.AsMemory(0, partial.Length / 2));
                    await context.Response.Body.FlushAsync();
                    context.Abort();
                    return Results.Empty;
                }
                return Results.StatusCode(fault);
            }
            return self.Files.TryGetValue(name, out var bytes) ? Results.Bytes(bytes, "application/octet-stream") : Results.NotFound();
        });
        await app.StartAsync();
        var address = app.Urls.First();
        self = new FakeBotConnector(app, address.TrimEnd('/') + "/");
        return self;
    }

    /// <summary>The request's JSON and its size as Teams counts it: the JSON text in UTF-16.</summary>
    private static async Task<(JsonNode? Body, int Bytes)> ReadAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, System.Text.Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        return (text.Length == 0 ? null : JsonNode.Parse(text), System.Text.Encoding.Unicode.GetByteCount(text));
    }

    private IResult? TooLarge(string method, string conversationId, int bytes)
    {
        if (bytes <= MessageSizeLimit)
        {
            Sizes.Enqueue((method, conversationId, bytes));
            return null;
        }
        TooBig.Enqueue((method, conversationId, bytes));
        return Results.Json(new { error = new { code = "MessageSizeTooBig", message = $"Message size {bytes} bytes is over the limit of {MessageSizeLimit} bytes." } }, statusCode: 413);
    }

    private IResult? Refuse(string conversationId, HttpResponse response)
    {
        if (conversationId != FaultExempt && Faults.TryDequeue(out var status))
        {
            if (status == DropConnection)
            {
                response.HttpContext.Abort();
                return Results.Empty;
            }
            if (status == 429) response.Headers.RetryAfter = "1";
            return Results.StatusCode(status);
        }
        if (conversationId != FaultExempt && DateTimeOffset.UtcNow < BusyUntil)
        {
            Interlocked.Increment(ref _busyRefused);
            response.Headers.RetryAfter = "1";
            return Results.Json(new { error = new { code = "TooManyRequests", message = "the tenant is throttled" } }, statusCode: 429);
        }
        if (Limits is { } limits && !limits.TryAccept(conversationId, DateTimeOffset.UtcNow))
        {
            response.Headers.RetryAfter = "1";
            return Results.Json(new { error = new { code = "TooManyRequests", message = "rate limit" } }, statusCode: 429);
        }
        return null;
    }

    /// <summary>Requests the connector has taken in and not yet answered (a typing activity on its way, a stalled send).</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Waits for a sent or updated activity that matches and returns the latest such; fails after the timeout listing what was sent.</summary>
    public async Task<SentActivity> WaitForAsync(Func<SentActivity, bool> match, TimeSpan? timeout = null) =>
        (await Eventually.Until(() => Sent.LastOrDefault(match), found => found is not null, timeout ?? Eventually.Timeout, _ => "connector requests: " + Seen()))!;

    /// <summary>Waits until every request that reached the connector has been answered: what was on its way has arrived.</summary>
    public Task IdleAsync() => Eventually.Until(() => InFlight == 0, Eventually.Timeout, () => $"{InFlight} requests in flight; sent: " + Seen());

    /// <summary>What the bot sent, in order, one line each: for failure messages.</summary>
    public string Seen() => Sent.IsEmpty ? "nothing" : "\n" + string.Join("\n", Sent.Select(s =>
        $"  {s.Method} {s.ConversationId} {s.Body["type"]} {s.Card?["actions"]?[0]?["verb"]} {Shorten(s.Visible)}"));

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= 80 ? line : line[..80] + "…";
    }

    /// <summary>Messages posted (not updates of earlier ones).</summary>
    public List<SentActivity> Messages => Sent.Where(s => s.Method == "POST" && s.Body["type"]?.GetValue<string>() == "message").ToList();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
