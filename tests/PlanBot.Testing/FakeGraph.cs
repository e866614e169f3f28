using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PlanBot.Testing;

/// <summary>
/// A local HTTP server that plays Microsoft Graph for the calendar: rooms (/places, both cast spellings),
/// getSchedule from the events it holds, events created (deduplicated by transactionId), patched and
/// cancelled, attendees' answers; it records every request and can answer the next ones with 429
/// (Retry-After), 503 or 404, create an event and drop the connection before answering, or hang.
/// </summary>
public sealed class FakeGraph : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _nextId;

    public string BaseUrl { get; }
    public ConcurrentQueue<(string Method, string Path, string Query, Dictionary<string, string> Headers, JsonNode? Body)> Requests { get; } = new();
    public List<JsonObject> Rooms { get; } = [];
    public ConcurrentDictionary<string, JsonObject> Events { get; } = new();
    public ConcurrentQueue<int> Faults { get; } = new();
    public HashSet<string> KnownMailboxes { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How many of the next requests are answered only after a minute (a Graph that hangs).</summary>
    public int SlowAnswers
    {
        get => Volatile.Read(ref _slowAnswers);
        set => Volatile.Write(ref _slowAnswers, value);
    }

    private int _slowAnswers;

    /// <summary>How many of the next event creates are carried out but their answer lost (the connection is dropped).</summary>
    public int LoseCreateAnswers
    {
        get => Volatile.Read(ref _loseCreateAnswers);
        set => Volatile.Write(ref _loseCreateAnswers, value);
    }

    private int _loseCreateAnswers;

    /// <summary>Event creates are carried out at once and answered only after this (a Graph slow to answer); a dropped connection ends the wait.</summary>
    public TimeSpan CreateAnswerDelay { get; set; }

    private FakeGraph(WebApplication app, string baseUrl) => (_app, BaseUrl) = (app, baseUrl);

    public static async Task<FakeGraph> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeGraph? self = null;
        app.Use(async (http, next) =>
        {
            http.Request.EnableBuffering();
            var text = await new StreamReader(http.Request.Body).ReadToEndAsync();
            var body = text.Length > 0 ? JsonNode.Parse(text) : null;
            http.Request.Body.Position = 0;
            var headers = http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            self!.Requests.Enqueue((http.Request.Method, Uri.UnescapeDataString(http.Request.Path.Value ?? ""), http.Request.QueryString.Value ?? "", headers, body));
            if (Countdown.TakeOne(ref self._slowAnswers))
                await Task.Delay(TimeSpan.FromMinutes(1), http.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            if (self.Faults.TryDequeue(out var status))
            {
                http.Response.StatusCode = status;
                if (status is 429 or 503) http.Response.Headers.RetryAfter = "1";
                await http.Response.WriteAsJsonAsync(new { error = new { code = status == 429 ? "TooManyRequests" : "ServiceUnavailable", message = "fault" } });
                return;
            }
            await next(http);
        });
        IResult Rooms() => Results.Json(new { value = self!.Rooms });
        app.MapGet("/v1.0/places/microsoft.graph.room", Rooms);
        app.MapGet("/v1.0/places/graph.room", Rooms);
        app.MapPost("/v1.0/users/{user}/calendar/getSchedule", async (string user, HttpRequest request) =>
        {
            if (self!.Unknown(user)) return MailboxNotFound();
            // Graph takes action parameters in any case; the .NET SDK sends "Schedules", "StartTime", …
            var body = (await JsonNode.ParseAsync(request.Body))!.AsObject();
            var schedules = body.First(p => string.Equals(p.Key, "schedules", StringComparison.OrdinalIgnoreCase)).Value!;
            var value = schedules.AsArray().Select(s => s!.GetValue<string>()).Select(room => new JsonObject
            {
                ["scheduleId"] = room,
                ["scheduleItems"] = new JsonArray(self.Events.Values
                    .Where(e => e["isCancelled"]?.GetValue<bool>() != true && e["attendees"]!.AsArray().Any(a => a!["type"]!.GetValue<string>() == "resource" && string.Equals(a["emailAddress"]!["address"]!.GetValue<string>(), room, StringComparison.OrdinalIgnoreCase)))
                    .Select(e => (JsonNode)new JsonObject { ["status"] = "busy", ["start"] = e["start"]!.DeepClone(), ["end"] = e["end"]!.DeepClone() }).ToArray()),
            });
            return Results.Json(new { value = new JsonArray(value.ToArray<JsonNode>()) });
        });
        app.MapPost("/v1.0/users/{user}/events", async (string user, HttpRequest request) =>
        {
            if (self!.Unknown(user)) return MailboxNotFound();
            var body = (await JsonNode.ParseAsync(request.Body))!.AsObject();
            var transaction = body["transactionId"]?.GetValue<string>();
            var existing = self.Events.Values.FirstOrDefault(e => transaction is not null && e["transactionId"]?.GetValue<string>() == transaction);
            if (existing is not null) return Results.Json(existing, statusCode: 201);
            body["id"] = $"event-{Interlocked.Increment(ref self._nextId)}";
            foreach (var a in body["attendees"]!.AsArray()) a!["status"] = new JsonObject { ["response"] = "none" };
            self.Events[body["id"]!.GetValue<string>()] = body;
            if (Countdown.TakeOne(ref self._loseCreateAnswers))
            {
                request.HttpContext.Abort();
                return Results.Empty;
            }
            if (self.CreateAnswerDelay > TimeSpan.Zero)
                await Task.Delay(self.CreateAnswerDelay, request.HttpContext.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return Results.Json(body, statusCode: 201);
        });
        app.MapMethods("/v1.0/users/{user}/events/{id}", ["PATCH"], async (string user, string id, HttpRequest request) =>
        {
            if (!self!.Events.TryGetValue(id, out var e)) return Results.NotFound();
            foreach (var (key, value) in (await JsonNode.ParseAsync(request.Body))!.AsObject().ToList()) e[key] = value?.DeepClone();
            return Results.Json(e);
        });
        app.MapGet("/v1.0/users/{user}/events/{id}", (string user, string id) =>
            self!.Events.TryGetValue(id, out var e) ? Results.Json(new JsonObject { ["id"] = id, ["attendees"] = e["attendees"]!.DeepClone() }) : Results.NotFound());
        app.MapPost("/v1.0/users/{user}/events/{id}/cancel", (string user, string id) =>
        {
            if (!self!.Events.TryGetValue(id, out var e)) return Results.NotFound();
            e["isCancelled"] = true;
            return Results.StatusCode(202);
        });
        await app.StartAsync();
        self = new FakeGraph(app, app.Urls.First().TrimEnd('/') + "/v1.0");
        return self;
    }

    /// <summary>Sets an attendee's answer as Exchange would when they respond.</summary>
    public void Answer(string eventId, string address, string response)
    {
        foreach (var a in Events[eventId]["attendees"]!.AsArray())
            if (string.Equals(a!["emailAddress"]!["address"]!.GetValue<string>(), address, StringComparison.OrdinalIgnoreCase)) a["status"] = new JsonObject { ["response"] = response };
    }

    private bool Unknown(string user) => KnownMailboxes.Count > 0 && !KnownMailboxes.Contains(user);

    private static IResult MailboxNotFound() =>
        Results.Json(new { error = new { code = "ErrorInvalidUser", message = "The requested user is invalid." } }, statusCode: 404);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
