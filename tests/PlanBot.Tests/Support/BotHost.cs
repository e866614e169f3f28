using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.Core.Outbox;
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

    public static async Task<BotHost> StartAsync(Dictionary<string, string?>? settings = null, TimeProvider? clock = null, Action<IServiceCollection>? services = null)
    {
        var connector = await FakeBotConnector.StartAsync();
        var folder = Directory.CreateTempSubdirectory("planbot-test-").FullName;
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:PlanBot", TestDatabase.NewConnectionString(folder));
            web.UseSetting("PlanBot:CardsPath", Repo.Cards);
            web.UseSetting("MicrosoftAppId", "");
            web.UseSetting("urls", "http://127.0.0.1:0");
            foreach (var (key, value) in settings ?? []) web.UseSetting(key, value);
            if (clock is not null) web.ConfigureTestServices(s => s.AddSingleton(clock));
            if (services is not null) web.ConfigureTestServices(services);
        });
        factory.UseKestrel();
        factory.StartServer();
        return new BotHost(factory, connector, folder);
    }

    public IServiceProvider Services => _factory.Services;

    public string ConnectionString => Microsoft.Extensions.Configuration.ConfigurationExtensions.GetConnectionString(_factory.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>(), "PlanBot")!;

    public async Task<T> WithDbAsync<T>(Func<PlanBotDb, Task<T>> read)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<PlanBotDb>>().CreateDbContextAsync();
        return await read(db);
    }

    public Task<HttpResponseMessage> PostAsync(JsonNode activity) => Client.PostAsJsonAsync("/api/messages", activity);

    /// <summary>Posts a message and waits until the bot has answered in that conversation with <paramref name="replies"/> more messages.</summary>
    public async Task<List<SentActivity>> SayAsync(JsonNode activity, int replies = 1)
    {
        var conversation = activity["conversation"]?["id"]?.GetValue<string>();
        List<SentActivity> InConversation() => Connector.Messages.Where(m => m.ConversationId == conversation).ToList();
        var before = InConversation().Count;
        var response = await PostAsync(activity);
        response.EnsureSuccessStatusCode();
        var answered = await Eventually.Until(InConversation, m => m.Count >= before + replies, Eventually.Timeout,
            m => $"{m.Count - before} of {replies} replies in {conversation}; connector requests: {Connector.Seen()}");
        return answered.Skip(before).ToList();
    }

    /// <summary>
    /// Waits until the outbox has nothing left to send (every row sent or given up) and the connector has answered
    /// every request it took in: after a turn's HTTP answer, the positive sign that nothing else is on its way.
    /// </summary>
    public async Task SettledAsync(TimeSpan? timeout = null)
    {
        await Eventually.UntilAsync(() => WithDbAsync(db => db.Outbox.AnyAsync(r => r.State == OutboxState.Pending || r.State == OutboxState.Sending)), unsent => !unsent,
            timeout ?? Eventually.Timeout, async _ => "outbox: " + await OutboxSeenAsync());
        await Connector.IdleAsync();
    }

    /// <summary>The outbox rows, one line each: for failure messages.</summary>
    public Task<string> OutboxSeenAsync() => WithDbAsync(OutboxSeen.InAsync);

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

