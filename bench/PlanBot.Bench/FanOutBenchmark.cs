using System.Diagnostics;
using System.Globalization;
using PlanBot.Testing;

namespace PlanBot.Bench;

/// <summary>
/// Fans out status requests to N members: PlanBot runs as its own process against a local Bot
/// Connector that enforces Teams' documented limits (per conversation 7/1 s, 8/2 s, 60/30 s, 1800/h,
/// a chat's creation counting like a send to it; per tenant 50/s for every request) and answers 429
/// past them. Prints the total time, the least time the limits allow for the requests made, their
/// ratio, cards lost and duplicated, and the machine's load average before and after.
/// With <c>--no-chats</c> nobody has a 1:1 chat with PlanBot yet: each card needs the chat created first.
/// <c>--answer-ms N</c> makes the connector answer every request after N ms (Teams takes 100–300 ms).
/// </summary>
public static class FanOutBenchmark
{
    private const int WarmUpMembers = 60;

    public static async Task<int> RunAsync(int members, bool noChats, TimeSpan answerDelay)
    {
        const int tenantPerSecond = 50;
        var loadBefore = LoadAverage();
        await using var connector = await FakeBotConnector.StartAsync();
        connector.Limits = new ConnectorLimits { TenantPerSecond = tenantPerSecond };
        connector.AnswerDelay = answerDelay;
        var folder = Directory.CreateTempSubdirectory("planbot-bench-").FullName;
        var connection = $"Data Source={Path.Combine(folder, "planbot.db")}";
        var plan = await FanOutSeed.WriteAsync(connection, connector.Url, members, withoutConversation: noChats ? members : 0);
        var warmUp = await FanOutSeed.WriteAsync(connection, connector.Url, WarmUpMembers, withoutConversation: noChats ? WarmUpMembers : 0, prefix: "warm-");
        // PlanBot as shipped: the 30 s lease and its 15 s request timeout (the tests' 4 s lease is for restarts after a kill).
        await using var bot = await PlanBotProcess.StartAsync(connection, new() { ["PlanBot__Sending__LeaseSeconds"] = "30" });
        var activities = new Activities(connector.Url);

        using var http = new HttpClient { BaseAddress = bot.Url };
        // A warm process, as PlanBot is when an organizer asks: a small request first (a cold process takes a second to
        // compile its first request and its first cards), then the limits' windows empty again before the clock starts.
        (await http.PostAsJsonAsync("/api/messages", activities.Message($"yêu cầu báo cáo {warmUp.Id}"))).EnsureSuccessStatusCode();
        await Eventually.Until(() => People(connector) >= WarmUpMembers, TimeSpan.FromSeconds(60), () => $"{People(connector)} of {WarmUpMembers} warm-up cards");
        await connector.IdleAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));
        connector.Sent.Clear();
        connector.Created.Clear();
        var watch = Stopwatch.StartNew();
        (await http.PostAsJsonAsync("/api/messages", activities.Message($"yêu cầu báo cáo {plan.Id}"))).EnsureSuccessStatusCode();
        var deadline = TimeSpan.FromSeconds(members / 5.0 + 60);
        // Until every person has a card (a card sent twice must not make up for one not sent). Requests are counted each
        // second, so that a pause shows where it happens.
        var perSecond = new List<int>();
        var (counted, seen) = (0, -1);
        while (watch.Elapsed < deadline)
        {
            var sent = connector.Sent.Count;
            if (sent != seen && sent >= members && People(connector) >= members) break;
            seen = sent;
            await Task.Delay(5);
            if (watch.Elapsed >= TimeSpan.FromSeconds(perSecond.Count + 1))
            {
                var requested = connector.Sent.Count + connector.Created.Count;
                perSecond.Add(requested - counted);
                counted = requested;
            }
        }
        var total = watch.Elapsed;
        await Task.Delay(1000); // anything sent twice would arrive now

        var cards = StatusCards(connector);
        var people = People(connector);
        var requests = connector.Sent.Count(s => s.Body["type"]?.GetValue<string>() != "typing") + connector.Created.Count;
        // The first window's quota can go at once; every further request waits its turn.
        var minimum = TimeSpan.FromSeconds(Math.Max(0, requests - tenantPerSecond) / (double)tenantPerSecond);
        var ci = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(ci, $"fan-out to {members} members, {(noChats ? "none" : "all")} with a 1:1 chat, connector answering in {answerDelay.TotalMilliseconds:0} ms (machine: {Environment.ProcessorCount} cores, {Environment.OSVersion})"));
        Console.WriteLine(string.Create(ci, $"  requests to the connector: {requests} ({connector.Created.Count} chats created; limit {tenantPerSecond}/s per tenant)"));
        Console.WriteLine(string.Create(ci, $"  total time:                {total.TotalSeconds:F2} s"));
        Console.WriteLine(string.Create(ci, $"  minimum the limits allow:  {minimum.TotalSeconds:F2} s"));
        Console.WriteLine(string.Create(ci, $"  ratio:                     {total.TotalSeconds / Math.Max(minimum.TotalSeconds, 0.001):F3}"));
        Console.WriteLine(string.Create(ci, $"  requests in each second:   {string.Join(' ', perSecond)} (typing included)"));
        Console.WriteLine(string.Create(ci, $"  cards lost:                {members - people}"));
        Console.WriteLine(string.Create(ci, $"  cards duplicated:          {cards.Count - people}"));
        Console.WriteLine(string.Create(ci, $"  chats created twice:       {connector.Created.Count - connector.Created.Distinct().Count()}"));
        Console.WriteLine(string.Create(ci, $"  429 answers:               {connector.Throttled}"));
        Console.WriteLine(string.Create(ci, $"  load average (1 min):      {loadBefore} before, {LoadAverage()} after"));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return members == people && cards.Count == people && connector.Throttled == 0 ? 0 : 1;
    }

    private static List<SentActivity> StatusCards(FakeBotConnector connector) =>
        connector.Messages.Where(m => m.Card?["actions"]?[0]?["verb"]?.GetValue<string>() == "status.save").ToList();

    private static int People(FakeBotConnector connector) => StatusCards(connector).Select(c => c.ConversationId).Distinct().Count();

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
