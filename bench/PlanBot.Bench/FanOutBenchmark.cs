using System.Diagnostics;
using System.Globalization;
using PlanBot.Testing;

namespace PlanBot.Bench;

/// <summary>
/// Fans out status requests to N members: PlanBot runs as its own process against a local Bot
/// Connector that enforces Teams' documented limits (per conversation 7/1 s, 8/2 s, 60/30 s, 1800/h;
/// per tenant 50/s) and answers 429 past them. Prints the total time, the least time the limits
/// allow for the requests made, their ratio, and cards lost and duplicated.
/// </summary>
public static class FanOutBenchmark
{
    public static async Task<int> RunAsync(int members)
    {
        const int tenantPerSecond = 50;
        await using var connector = await FakeBotConnector.StartAsync();
        connector.Limits = new ConnectorLimits { TenantPerSecond = tenantPerSecond };
        var folder = Directory.CreateTempSubdirectory("planbot-bench-").FullName;
        var connection = $"Data Source={Path.Combine(folder, "planbot.db")}";
        var plan = await FanOutSeed.WriteAsync(connection, connector.Url, members);
        await using var bot = await PlanBotProcess.StartAsync(connection);
        var activities = new Activities(connector.Url);

        using var http = new HttpClient { BaseAddress = bot.Url };
        var watch = Stopwatch.StartNew();
        (await http.PostAsJsonAsync("/api/messages", activities.Message($"yêu cầu báo cáo {plan.Id}"))).EnsureSuccessStatusCode();
        var deadline = TimeSpan.FromSeconds(members / 10.0 + 60);
        while (StatusCards(connector).Count < members && watch.Elapsed < deadline) await Task.Delay(5);
        var total = watch.Elapsed;
        await Task.Delay(1000); // anything sent twice would arrive now

        var cards = StatusCards(connector);
        var people = cards.Select(c => c.ConversationId).Distinct().Count();
        var requests = connector.Sent.Count(s => s.Body["type"]?.GetValue<string>() != "typing") + connector.Created.Count;
        // The first window's quota can go at once; every further request waits its turn.
        var minimum = TimeSpan.FromSeconds(Math.Max(0, requests - tenantPerSecond) / (double)tenantPerSecond);
        var ci = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(ci, $"fan-out to {members} members (machine: {Environment.ProcessorCount} cores, {Environment.OSVersion})"));
        Console.WriteLine(string.Create(ci, $"  requests to the connector: {requests} (limit {tenantPerSecond}/s per tenant)"));
        Console.WriteLine(string.Create(ci, $"  total time:                {total.TotalSeconds:F2} s"));
        Console.WriteLine(string.Create(ci, $"  minimum the limits allow:  {minimum.TotalSeconds:F2} s"));
        Console.WriteLine(string.Create(ci, $"  ratio:                     {total.TotalSeconds / Math.Max(minimum.TotalSeconds, 0.001):F3}"));
        Console.WriteLine(string.Create(ci, $"  cards lost:                {members - people}"));
        Console.WriteLine(string.Create(ci, $"  cards duplicated:          {cards.Count - people}"));
        Console.WriteLine(string.Create(ci, $"  429 answers:               {connector.Throttled}"));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return members == people && cards.Count == people ? 0 : 1;
    }

    private static List<SentActivity> StatusCards(FakeBotConnector connector) =>
        connector.Messages.Where(m => m.Card?["actions"]?[0]?["verb"]?.GetValue<string>() == "status.save").ToList();
}
