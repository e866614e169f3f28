using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.Data;

namespace PlanBot.Tests.Support;

/// <summary>
/// PlanBot running for real on Kestrel (loopback), with its own SQLite file and a fake Bot Connector
/// as the serviceUrl of every activity the test posts to /api/messages.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;
    private readonly string _folder;

    public FakeBotConnector Connector { get; }
    public HttpClient Client { get; }

    private BotHost(WebApplicationFactory<Program> factory, FakeBotConnector connector, string folder)
    {
        (_factory, Connector, _folder) = (factory, connector, folder);
        Client = factory.CreateClient();
    }

    public static async Task<BotHost> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var connector = await FakeBotConnector.StartAsync();
        var folder = Directory.CreateTempSubdirectory("planbot-test-").FullName;
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:PlanBot", $"Data Source={Path.Combine(folder, "planbot.db")}");
            web.UseSetting("PlanBot:CardsPath", Repo.Cards);
            web.UseSetting("MicrosoftAppId", "");
            web.UseSetting("urls", "http://127.0.0.1:0");
            foreach (var (key, value) in settings ?? []) web.UseSetting(key, value);
        });
        factory.UseKestrel();
        factory.StartServer();
        return new BotHost(factory, connector, folder);
    }

    public IServiceProvider Services => _factory.Services;

    public string ConnectionString => $"Data Source={Path.Combine(_folder, "planbot.db")}";

    public async Task<T> WithDbAsync<T>(Func<PlanBotDb, Task<T>> read)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<PlanBotDb>>().CreateDbContextAsync();
        return await read(db);
    }

    public Task<HttpResponseMessage> PostAsync(JsonNode activity) => Client.PostAsJsonAsync("/api/messages", activity);

    /// <summary>Posts a message and waits until the bot has answered with <paramref name="replies"/> more activities.</summary>
    public async Task<List<SentActivity>> SayAsync(JsonNode activity, int replies = 1)
    {
        var before = Connector.Messages.Count;
        var response = await PostAsync(activity);
        response.EnsureSuccessStatusCode();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Connector.Messages.Count < before + replies && DateTime.UtcNow < deadline) await Task.Delay(20);
        return Connector.Messages.Skip(before).ToList();
    }

    /// <summary>Posts an adaptiveCard/action invoke and returns the invoke response body.</summary>
    public async Task<(int Status, JsonNode? Body)> InvokeAsync(JsonNode invoke)
    {
        var response = await PostAsync(invoke);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length > 0 ? JsonNode.Parse(text) : null);
    }

    public Activities Activities => new(Connector.Url);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        await Connector.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, true); } catch (IOException) { }
    }
}

/// <summary>Builds the activities Teams sends, pointed at the fake connector.</summary>
public sealed class Activities(string serviceUrl)
{
    public const string Tenant = "tenant-1";
    public const string BotId = "28:bot-id";

    public JsonObject Message(string text, User? from = null, string conversationId = "personal-alex", string conversationType = "personal") =>
        Base("message", from ?? User.Alex, conversationId, conversationType).With("text", text).With("textFormat", "plain");

    public JsonObject Submit(JsonObject value, string replyToId, User? from = null, string conversationId = "personal-alex") =>
        Base("message", from ?? User.Alex, conversationId, "personal").With("value", value).With("replyToId", replyToId);

    public JsonObject Execute(string verb, JsonObject data, User? from = null, string conversationId = "personal-alex", string conversationType = "personal") =>
        Base("invoke", from ?? User.Alex, conversationId, conversationType)
            .With("name", "adaptiveCard/action")
            .With("value", new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
                ["trigger"] = "manual",
            });

    public JsonObject BotAdded(string conversationId, string conversationType) =>
        Base("conversationUpdate", User.Alex, conversationId, conversationType)
            .With("membersAdded", new JsonArray(new JsonObject { ["id"] = BotId, ["name"] = "PlanBot" }));

    public JsonObject WithFile(JsonObject message, string name, string downloadUrl) =>
        message.With("attachments", new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["name"] = name,
            ["content"] = new JsonObject { ["downloadUrl"] = downloadUrl, ["uniqueId"] = Guid.NewGuid().ToString(), ["fileType"] = Path.GetExtension(name).TrimStart('.') },
        }));

    private JsonObject Base(string type, User from, string conversationId, string conversationType) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString(),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = from.Id, ["name"] = from.Name, ["aadObjectId"] = from.AadObjectId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "PlanBot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = conversationType, ["tenantId"] = Tenant },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
        ["locale"] = "vi-VN",
    };
}

public sealed record User(string Id, string Name, string AadObjectId)
{
    public static readonly User Alex = new("29:alex", "Alex Wilber", "aad-alex");
    public static readonly User Megan = new("29:megan", "Megan Bowen", "aad-megan");
    public static readonly User Adele = new("29:adele", "Adele Vance", "aad-adele");

    public JsonObject AsMember() => new() { ["id"] = Id, ["name"] = Name, ["aadObjectId"] = AadObjectId, ["email"] = $"{Name.Split(' ')[0].ToLowerInvariant()}@example.org", ["userPrincipalName"] = $"{Name.Split(' ')[0].ToLowerInvariant()}@example.org", ["tenantId"] = Activities.Tenant };
}

internal static class JsonObjectExtensions
{
    public static JsonObject With(this JsonObject o, string key, JsonNode? value)
    {
        o[key] = value;
        return o;
    }
}
