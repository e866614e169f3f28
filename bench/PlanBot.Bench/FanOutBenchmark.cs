using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
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
/// <c>--two-instances</c> (with PLANBOT_TEST_POSTGRES) measures one instance and then two on one PostgreSQL database, in the same run.
/// </summary>
public static class FanOutBenchmark
{
    private const int WarmUpMembers = 60;
    private const int TenantPerSecond = 50;

    /// <summary>One run's figures.</summary>
    private sealed record Run(int Instances, TimeSpan Total, TimeSpan Minimum, int Requests, int Created, int Lost, int Duplicated, int ChatsTwice, int Throttled, List<int> PerSecond)
    {
        public double Ratio => Total.TotalSeconds / Math.Max(Minimum.TotalSeconds, 0.001);
    }

    public static async Task<int> RunAsync(int members, bool noChats, TimeSpan answerDelay, bool twoInstances)
    {
        var loadBefore = LoadAverage();
        var ci = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(ci, $"fan-out to {members} members, {(noChats ? "none" : "all")} with a 1:1 chat, connector answering in {answerDelay.TotalMilliseconds:0} ms (machine: {Environment.ProcessorCount} cores, {Environment.OSVersion})"));
        if (!twoInstances)
        {
            var run = await RunOnceAsync(members, noChats, answerDelay, instances: 1);
            Print(run);
            Console.WriteLine(string.Create(ci, $"  load average (1 min):      {loadBefore} before, {LoadAverage()} after"));
            return run.Lost == 0 && run.Duplicated == 0 && run.Throttled == 0 ? 0 : 1;
        }
        // Several instances share a PostgreSQL database; one instance is measured on PostgreSQL too, in the same run, as the baseline.
        if (TestDatabase.PostgresServer is null)
        {
            Console.Error.WriteLine("--two-instances needs PLANBOT_TEST_POSTGRES (a PostgreSQL server connection string; each run makes its own database)");
            return 2;
        }
        var one = await RunOnceAsync(members, noChats, answerDelay, instances: 1);
        Print(one);
        var two = await RunOnceAsync(members, noChats, answerDelay, instances: 2);
        Print(two);
        Console.WriteLine(string.Create(ci, $"  two instances / one:      {two.Total.TotalSeconds / one.Total.TotalSeconds:F3} (time), ratios to the least time {one.Ratio:F3} and {two.Ratio:F3}"));
        Console.WriteLine(string.Create(ci, $"  load average (1 min):      {loadBefore} before, {LoadAverage()} after"));
        return new[] { one, two }.All(r => r.Lost == 0 && r.Duplicated == 0 && r.Throttled == 0) ? 0 : 1;
    }

    private static void Print(Run run)
    {
        var ci = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(ci, $"{run.Instances} instance(s){(run.Instances > 1 ? ", the request posted to the one not dispatching" : "")}:"));
        Console.WriteLine(string.Create(ci, $"  requests to the connector: {run.Requests} ({run.Created} chats created; limit {TenantPerSecond}/s per tenant)"));
        Console.WriteLine(string.Create(ci, $"  total time:                {run.Total.TotalSeconds:F2} s"));
        Console.WriteLine(string.Create(ci, $"  minimum the limits allow:  {run.Minimum.TotalSeconds:F2} s"));
        Console.WriteLine(string.Create(ci, $"  ratio:                     {run.Ratio:F3}"));
        Console.WriteLine(string.Create(ci, $"  requests in each second:   {string.Join(' ', run.PerSecond)} (typing included)"));
        Console.WriteLine(string.Create(ci, $"  cards lost:                {run.Lost}"));
        Console.WriteLine(string.Create(ci, $"  cards duplicated:          {run.Duplicated}"));
        Console.WriteLine(string.Create(ci, $"  chats created twice:       {run.ChatsTwice}"));
        Console.WriteLine(string.Create(ci, $"  429 answers:               {run.Throttled}"));
    }

    private static async Task<Run> RunOnceAsync(int members, bool noChats, TimeSpan answerDelay, int instances)
    {
        await using var connector = await FakeBotConnector.StartAsync();
        connector.Limits = new ConnectorLimits { TenantPerSecond = TenantPerSecond };
        connector.AnswerDelay = answerDelay;
        var folder = Directory.CreateTempSubdirectory("planbot-bench-").FullName;
        // SQLite for one instance unless the two-instance mode asks for PostgreSQL for both (its PLANBOT_TEST_POSTGRES).
        var connection = TestDatabase.NewConnectionString(folder);
        var plan = await FanOutSeed.WriteAsync(connection, connector.Url, members, withoutConversation: noChats ? members : 0);
        var warmUp = await FanOutSeed.WriteAsync(connection, connector.Url, WarmUpMembers, withoutConversation: noChats ? WarmUpMembers : 0, prefix: "warm-");
        // PlanBot as shipped: the 30 s lease and its 15 s request timeout (the tests' 20 s lease is for restarts after a kill).
        var bots = new List<PlanBotProcess>();
        for (var i = 0; i < instances; i++) bots.Add(await PlanBotProcess.StartAsync(connection, new() { ["PlanBot__Sending__LeaseSeconds"] = "30" }));
        try
        {
            // The request goes to an instance that does not dispatch (the worst case: its rows are seen by the other's poll).
            var asked = bots[0];
            if (instances > 1)
            {
                await using var db = TestDatabase.Open(connection);
                var owner = await Eventually.UntilAsync(() => db.OutboxDispatchLeases.Select(l => l.Owner).FirstOrDefaultAsync(), o => o is not null, TimeSpan.FromSeconds(60), o => "nobody holds the dispatch lease");
                asked = bots.First(b => !owner!.Contains($":{b.ProcessId}:", StringComparison.Ordinal));
            }
            var activities = new Activities(connector.Url);
            using var http = new HttpClient { BaseAddress = asked.Url };
            // A warm process, as PlanBot is when an organizer asks: a small request first (a cold process takes a second to
            // compile its first request and its first cards), then the limits' windows empty again before the clock starts.
            (await http.PostAsJsonAsync("/api/messages", activities.Message($"yêu cầu báo cáo {warmUp.Id}"))).EnsureSuccessStatusCode();
            await Eventually.Until(() => People(connector) >= WarmUpMembers, TimeSpan.FromSeconds(60), () => $"{People(connector)} of {WarmUpMembers} warm-up cards");
            await connector.IdleAsync();
            await Task.Delay(TimeSpan.FromSeconds(3));
            connector.Sent.Clear();
            connector.Created.Clear();
            var throttledBefore = connector.Throttled;
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
            var minimum = TimeSpan.FromSeconds(Math.Max(0, requests - TenantPerSecond) / (double)TenantPerSecond);
            return new Run(instances, total, minimum, requests, connector.Created.Count, members - people, cards.Count - people,
                connector.Created.Count - connector.Created.Distinct().Count(), connector.Throttled - throttledBefore, perSecond);
        }
        finally
        {
            foreach (var bot in bots) await bot.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }

    private static List<SentActivity> StatusCards(FakeBotConnector connector) =>
        connector.Messages.Where(m => m.Card?["actions"]?[0]?["verb"]?.GetValue<string>() == "status.save").ToList();

    private static int People(FakeBotConnector connector) => StatusCards(connector).Select(c => c.ConversationId).Distinct().Count();

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
