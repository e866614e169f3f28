using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PlanBot.Core.Assignments;
using PlanBot.Core.Plans;
using PlanBot.Core.Status;
using PlanBot.Testing;

namespace PlanBot.Bench;

/// <summary>
/// PlanBot over a large database: 1,000 plans, 10,000 tasks, 100,000 history rows. Times `report N`,
/// `show N` (overview card rendering) and `my tasks` end to end through /api/messages (the POST returns once
/// the turn has sent its replies), with `help` (no database work) in the same run as the baseline, and
/// prints PlanBot's resident memory before and after the load.
/// </summary>
public static class DataScaleBenchmark
{
    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(25);
    private const int Plans = 1000, TasksPerUnit = 2, ChangesPerTask = 10;
    private static readonly string[] UnitNames = ["Văn phòng Sở", "Phòng Kế hoạch - Tài chính", "Phòng Quản lý khoa học", "Công đoàn Sở", "Trung tâm Thông tin"];

    public static async Task<int> RunAsync(int requests)
    {
        var ci = CultureInfo.InvariantCulture;
        await using var connector = await FakeBotConnector.StartAsync();
        var activities = new Activities(connector.Url);
        var folder = Directory.CreateTempSubdirectory("planbot-data-").FullName;
        var connection = TestDatabase.NewConnectionString(folder);
        var seed = Stopwatch.StartNew();
        var (tasks, changes) = await SeedAsync(connection, connector.Url);
        Console.WriteLine(string.Create(ci, $"seeded {Plans:N0} plans, {tasks:N0} tasks, {changes:N0} history rows in {seed.Elapsed.TotalSeconds:F1} s"));

        await using var bot = await PlanBotProcess.StartAsync(connection);
        using var http = new HttpClient { BaseAddress = bot.Url, Timeout = TimeSpan.FromSeconds(60) };
        var rssStart = ResidentMegabytes(bot.ProcessId);
        var random = new Random(7);
        // Each request in its own conversation: PlanBot keeps to Teams' per-conversation send limits (7 per second),
        // which would otherwise be what this measures.
        var conversation = 0;
        string Next() => $"chat-{++conversation}";
        var cases = new (string Name, Func<JsonNode> Activity)[]
        {
            ("help (baseline)", () => activities.Message("help", User.Alex, Next())),
            ("report N", () => activities.Message($"báo cáo {random.Next(1, Plans + 1)}", User.Alex, Next())),
            ("show N (overview card)", () => activities.Message($"xem {random.Next(1, Plans + 1)}", User.Alex, Next())),
            ("my tasks", () => activities.Message("việc của tôi", User.Megan, Next())),
        };
        foreach (var (_, activity) in cases)
        {
            for (var i = 0; i < 20; i++)
            {
                await PostAsync(http, activity()); // warm up
                await Task.Delay(Pace);
            }
        }

        Console.WriteLine(string.Create(ci, $"{requests} requests each, one client, one every {Pace.TotalMilliseconds:F0} ms ({Environment.ProcessorCount} cores, {(TestDatabase.PostgresServer is null ? "SQLite" : "PostgreSQL")})"));
        double? baseline = null;
        foreach (var (name, activity) in cases)
        {
            var latencies = new List<double>();
            for (var i = 0; i < requests; i++)
            {
                latencies.Add(await PostAsync(http, activity()));
                await Task.Delay(Pace); // below Teams' 50 sends a second per bot, which PlanBot keeps to
            }
            latencies.Sort();
            var p50 = latencies[latencies.Count / 2];
            var p99 = latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(0.99 * latencies.Count) - 1)];
            baseline ??= p99;
            Console.WriteLine(string.Create(ci, $"  {name,-24} p50 {p50,7:F1} ms   p99 {p99,7:F1} ms   max {latencies[^1],7:F1} ms   p99/help {p99 / baseline.Value,5:F1}"));
        }
        Console.WriteLine(string.Create(ci, $"  resident memory: {rssStart:F0} MB after start, {ResidentMegabytes(bot.ProcessId):F0} MB after the load"));
        return 0;
    }

    private static async Task<double> PostAsync(HttpClient http, JsonNode activity)
    {
        var watch = Stopwatch.StartNew();
        using var response = await http.PostAsJsonAsync("/api/messages", activity);
        response.EnsureSuccessStatusCode();
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>Plans organised by Alex in his chat; Megan answers for the first unit of every plan.</summary>
    private static async Task<(int Tasks, int Changes)> SeedAsync(string connection, string serviceUrl)
    {
        await using (var db = TestDatabase.Open(connection))
        {
            await db.Database.MigrateAsync();
            db.Users.AddRange(
                new KnownUser { UserId = User.Alex.AadObjectId, ChannelAccountId = User.Alex.Id, Name = User.Alex.Name, TenantId = Activities.Tenant, ServiceUrl = serviceUrl, PersonalConversationId = "personal-alex" },
                new KnownUser { UserId = User.Megan.AadObjectId, ChannelAccountId = User.Megan.Id, Name = User.Megan.Name, TenantId = Activities.Tenant, ServiceUrl = serviceUrl, PersonalConversationId = "personal-megan" });
            db.UnitMembers.Add(new UnitMember { TenantId = Activities.Tenant, UnitKey = UnitMember.KeyOf(UnitNames[0]), UnitName = UnitNames[0], UserId = User.Megan.AadObjectId, UserName = User.Megan.Name, Role = UnitRole.Responsible });
            await db.SaveChangesAsync();
        }
        var random = new Random(42);
        var start = new DateTimeOffset(2026, 1, 5, 1, 0, 0, TimeSpan.Zero);
        WorkStatus[] statuses = [WorkStatus.NotStarted, WorkStatus.InProgress, WorkStatus.Blocked, WorkStatus.Done];
        int tasks = 0, changes = 0;
        for (var batch = 0; batch < Plans / 50; batch++)
        {
            await using var db = TestDatabase.Open(connection);
            var plans = Enumerable.Range(batch * 50, 50).Select(n => new Plan
            {
                TenantId = Activities.Tenant, Title = $"Kế hoạch số {n + 1}: Hội nghị tổng kết công tác năm của đơn vị {n % 37 + 1}",
                Number = $"{n + 1}/KH-SKHCN", Issuer = "Sở Khoa học và Công nghệ", OrganizerId = User.Alex.AadObjectId, OrganizerName = User.Alex.Name,
                ConversationId = "personal-alex", ServiceUrl = serviceUrl, CreatedAt = start.AddDays(n % 300),
                EventStartDate = DateOnly.FromDateTime(start.AddDays(n % 300 + 30).Date), EventStartTime = new TimeOnly(8, 0), Venue = "Phòng họp số 02, tầng 5",
                Participants = ["Lãnh đạo Sở", "Trưởng các phòng, đơn vị thuộc Sở"],
                Units = UnitNames.Select((name, u) => new PlanUnit
                {
                    Name = name, Order = u,
                    Tasks = Enumerable.Range(0, TasksPerUnit).Select(t => new PlanTask
                    {
                        Description = $"Nhiệm vụ {t + 1} của {name}: chuẩn bị báo cáo, tài liệu và điều kiện tổ chức hội nghị", Order = t,
                        DueDate = DateOnly.FromDateTime(start.AddDays(n % 300 + 20 + t).Date), Status = statuses[random.Next(4)], Percent = random.Next(0, 101),
                        Note = t == 0 ? "Đang tổng hợp số liệu của các phòng" : null, UpdatedAt = start.AddDays(n % 300 + 10), UpdatedBy = User.Megan.Name,
                    }).ToList(),
                }).ToList(),
            }).ToList();
            db.Plans.AddRange(plans);
            await db.SaveChangesAsync();
            foreach (var task in plans.SelectMany(p => p.Units).SelectMany(u => u.Tasks))
            {
                tasks++;
                for (var c = 0; c < ChangesPerTask; c++, changes++)
                    db.StatusChanges.Add(new StatusChange
                    {
                        TaskId = task.Id, UserId = User.Megan.AadObjectId, UserName = User.Megan.Name, At = start.AddHours(changes),
                        OldStatus = statuses[c % 4], NewStatus = statuses[(c + 1) % 4], OldPercent = c * 10, NewPercent = c * 10 + 10,
                        Note = $"Cập nhật lần {c + 1}", InvokeId = $"seed-{task.Id}-{c}",
                    });
            }
            await db.SaveChangesAsync();
        }
        return (tasks, changes);
    }

    private static double ResidentMegabytes(int pid) =>
        File.ReadLines($"/proc/{pid}/status").Where(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Select(l => double.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024).First();
}
