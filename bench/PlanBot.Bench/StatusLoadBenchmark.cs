using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using PlanBot.Testing;

namespace PlanBot.Bench;

/// <summary>
/// Status updates under load: a fixed number of concurrent clients post adaptiveCard/action invokes
/// (each one a real status change, recorded with history) to PlanBot for a fixed time, and the same
/// load goes to a bare echo bot on the same SDK in the same run. Prints requests/s and p50/p99 latency
/// of both and their ratio. Also prints PlanBot's cold start: process start to the first answered message.
/// </summary>
public static class StatusLoadBenchmark
{
    public static async Task<int> RunAsync(int concurrency, TimeSpan duration)
    {
        var ci = CultureInfo.InvariantCulture;
        await using var connector = await FakeBotConnector.StartAsync();
        var activities = new Activities(connector.Url);
        var folder = Directory.CreateTempSubdirectory("planbot-load-").FullName;
        var connection = TestDatabase.NewConnectionString(folder);
        // 48 tasks in 3 units: the clients answer different tasks, as units do (one task answered by 32 people at once is
        // not a real load; it would measure the optimistic-concurrency retries).
        var plan = await FanOutSeed.WriteAsync(connection, connector.Url, people: 3, tasksPerUnit: 16);
        var tasks = plan.Units.SelectMany(u => u.Tasks.Select(t => (Unit: u.Id, Task: t.Id))).ToList();
        string[] statuses = ["inProgress", "blocked", "done", "notStarted"];

        var coldStart = await ColdStartAsync(connection, activities, connector);
        await using var bot = await PlanBotProcess.StartAsync(connection);
        var echoUrl = $"http://127.0.0.1:{FreePort()}";
        using var echo = StartEcho(echoUrl);
        await WaitAsync(echoUrl + "/healthz");

        JsonNode Invoke(int client, int i) => activities.Execute("status.save", new JsonObject
        {
            ["planId"] = plan.Id, ["unitId"] = tasks[client % tasks.Count].Unit,
            [$"status-{tasks[client % tasks.Count].Task}"] = statuses[i % statuses.Length], [$"note-{tasks[client % tasks.Count].Task}"] = $"lần {i}",
        });

        // Warm both up, then measure each in turn on the same machine.
        await LoadAsync(echoUrl, Invoke, concurrency, TimeSpan.FromSeconds(2));
        await LoadAsync(bot.Url.ToString().TrimEnd('/'), Invoke, concurrency, TimeSpan.FromSeconds(2));
        var echoResult = await LoadAsync(echoUrl, Invoke, concurrency, duration);
        var planbot = await LoadAsync(bot.Url.ToString().TrimEnd('/'), Invoke, concurrency, duration);

        var provider = TestDatabase.PostgresServer is null ? "SQLite" : "PostgreSQL";
        Console.WriteLine(string.Create(ci, $"status updates, {concurrency} concurrent clients, {duration.TotalSeconds:F0} s each ({Environment.ProcessorCount} cores, {provider})"));
        Console.WriteLine(string.Create(ci, $"  echo bot (same SDK): {echoResult.Rps,8:F1} req/s   p50 {echoResult.P50,6:F1} ms   p99 {echoResult.P99,6:F1} ms   errors {echoResult.Errors}"));
        Console.WriteLine(string.Create(ci, $"  PlanBot:             {planbot.Rps,8:F1} req/s   p50 {planbot.P50,6:F1} ms   p99 {planbot.P99,6:F1} ms   errors {planbot.Errors}"));
        Console.WriteLine(string.Create(ci, $"  ratio PlanBot/echo:  {planbot.Rps / echoResult.Rps:F3}"));
        Console.WriteLine(string.Create(ci, $"  cold start (process start to first answered message): {coldStart.TotalMilliseconds:F0} ms"));
        echo.Kill(true);
        return 0;
    }

    private sealed record Result(double Rps, double P50, double P99, int Errors);

    private static async Task<Result> LoadAsync(string baseUrl, Func<int, int, JsonNode> activity, int concurrency, TimeSpan duration)
    {
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl + "/"), Timeout = TimeSpan.FromSeconds(30) };
        var latencies = new List<double>();
        var errors = 0;
        var counter = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async client =>
        {
            var mine = new List<double>();
            while (clock.Elapsed < duration)
            {
                var i = Interlocked.Increment(ref counter);
                var watch = Stopwatch.StartNew();
                using var response = await http.PostAsJsonAsync("api/messages", activity(client, i));
                watch.Stop();
                if (response.IsSuccessStatusCode) mine.Add(watch.Elapsed.TotalMilliseconds);
                else Interlocked.Increment(ref errors);
            }
            lock (latencies) latencies.AddRange(mine);
        }).ToList();
        await Task.WhenAll(workers);
        var elapsed = clock.Elapsed.TotalSeconds;
        latencies.Sort();
        double Percentile(double p) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
        return new Result(latencies.Count / elapsed, Percentile(0.50), Percentile(0.99), errors);
    }

    /// <summary>Process start to the first "help" answered (the reply reached the connector).</summary>
    private static async Task<TimeSpan> ColdStartAsync(string connection, Activities activities, FakeBotConnector connector)
    {
        var watch = Stopwatch.StartNew();
        await using var bot = await PlanBotProcess.StartAsync(connection);
        using var http = new HttpClient { BaseAddress = bot.Url };
        var before = connector.Messages.Count;
        (await http.PostAsJsonAsync("/api/messages", activities.Message("help"))).EnsureSuccessStatusCode();
        while (connector.Messages.Count == before) await Task.Delay(5);
        return watch.Elapsed;
    }

    private static Process StartEcho(string url)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(typeof(StatusLoadBenchmark).Assembly.Location);
        psi.ArgumentList.Add("echo-server");
        psi.ArgumentList.Add(url);
        var p = Process.Start(psi)!;
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }

    private static async Task WaitAsync(string url)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var i = 0; i < 150; i++)
        {
            try
            {
                if ((await http.GetAsync(url)).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException(url + " did not answer");
    }

    private static int FreePort()
    {
        using var l = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        l.Start();
        return ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
    }
}
