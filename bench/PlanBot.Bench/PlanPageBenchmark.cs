using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using PlanBot.Core.Assignments;
using PlanBot.Core.Meetings;
using PlanBot.Core.Plans;
using PlanBot.Core.Status;
using PlanBot.PlanPage;
using PlanBot.Reports;
using PlanBot.Testing;

namespace PlanBot.Bench;

/// <summary>
/// The plan page's data endpoint over plans of 10, 100, 300 and 1,000 tasks (10 tasks a unit, 3 recorded answers a
/// task, a person per unit, a 40-person meeting): the median and p90 of requests through the signed link, on loopback
/// against PlanBot as its own process, and the size of the JSON as written and as sent (Brotli, as a browser asks for it;
/// the server time is before compressing, the CPU per request includes it).
/// </summary>
public static class PlanPageBenchmark
{
    private static readonly int[] Sizes = [10, 100, 300, 1000];

    public static async Task<int> RunAsync(int requests)
    {
        var ci = CultureInfo.InvariantCulture;
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var folder = Directory.CreateTempSubdirectory("planbot-page-bench-").FullName;
        var connection = TestDatabase.NewConnectionString(folder);
        var plans = await SeedAsync(connection);
        await using var bot = await PlanBotProcess.StartAsync(connection, new() { ["PlanBot__PlanPage__LinkKey"] = key });
        var links = new PlanPageLinks(Options.Create(new PlanPageOptions { LinkKey = key }), new PublicAddress(Options.Create(new ReportOptions { PublicBaseUrl = bot.Url.ToString() })),
            TimeProvider.System, new HostingEnvironment { ContentRootPath = folder });
        using var http = new HttpClient { BaseAddress = bot.Url, Timeout = TimeSpan.FromSeconds(60) };
        // As a browser asks: PlanBot compresses the data (Brotli); "sent" is what crossed the wire.
        http.DefaultRequestHeaders.AcceptEncoding.ParseAdd("gzip, deflate, br");
        using var plain = new HttpClient { BaseAddress = bot.Url, Timeout = TimeSpan.FromSeconds(60) };
        Console.WriteLine(string.Create(ci, $"plan page data (GET /api/plan-page/plans/N through the signed link), {requests} requests each after 10 to warm up ({Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}, {(TestDatabase.PostgresServer is null ? "SQLite" : "PostgreSQL")})"));
        Console.WriteLine("| tasks | units | history rows | JSON | sent (Brotli) | server p50 | server p90 | round trip p50 | PlanBot CPU per request | uncompressed |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var (tasks, plan) in plans)
        {
            var link = links.For(plan.Id, plan.TenantId);
            var path = $"/api/plan-page/plans/{plan.Id}{link.Query}";
            long bytes = 0;
            for (var i = 0; i < 10; i++) bytes = (await plain.GetByteArrayAsync(path)).Length;
            long sent = 0;
            for (var i = 0; i < 10; i++) sent = (await http.GetByteArrayAsync(path)).Length;
            var times = new List<double>();
            var server = new List<double>();
            // A first block unmeasured: the first requests of each plan size ran 1.5× slower than the next block, whichever came first.
            for (var i = 0; i < requests; i++) await plain.GetByteArrayAsync(path);
            var cpuBefore = CpuMilliseconds(bot.ProcessId);
            for (var i = 0; i < requests; i++)
            {
                var watch = Stopwatch.StartNew();
                using var response = await http.GetAsync(path);
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsByteArrayAsync();
                times.Add(watch.Elapsed.TotalMilliseconds);
                // PlanBot's own time on the request (reading the plan and writing the JSON), from its Server-Timing header.
                server.Add(double.Parse(response.Headers.GetValues("Server-Timing").Single().Split("dur=")[1], ci));
            }
            var cpu = (CpuMilliseconds(bot.ProcessId) - cpuBefore) / requests;
            // The same requests uncompressed, in the same run: what compressing costs PlanBot.
            cpuBefore = CpuMilliseconds(bot.ProcessId);
            for (var i = 0; i < requests; i++) await plain.GetByteArrayAsync(path);
            var cpuPlain = (CpuMilliseconds(bot.ProcessId) - cpuBefore) / requests;
            times.Sort();
            server.Sort();
            Console.WriteLine(string.Create(ci, $"| {tasks:N0} | {plan.Units.Count} | {tasks * 3:N0} | {bytes / 1024.0:F0} KB | {sent / 1024.0:F0} KB | {server[server.Count / 2]:F1} ms | {server[(int)(server.Count * 0.9)]:F1} ms | {times[times.Count / 2]:F1} ms | {cpu:F1} ms | {cpuPlain:F1} ms |"));
        }
        return 0;
    }

    /// <summary>User and system CPU time the process has used (/proc/PID/stat, in clock ticks of 10 ms): the work, whatever the machine's load.</summary>
    private static double CpuMilliseconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * 10.0;
    }

    private static async Task<List<(int Tasks, Plan Plan)>> SeedAsync(string connection)
    {
        await using var db = TestDatabase.Open(connection);
        await db.Database.MigrateAsync();
        var random = new Random(11);
        var start = new DateTimeOffset(2026, 9, 1, 2, 0, 0, TimeSpan.Zero);
        WorkStatus[] statuses = [WorkStatus.NotStarted, WorkStatus.InProgress, WorkStatus.Blocked, WorkStatus.Done];
        var result = new List<(int, Plan)>();
        foreach (var size in Sizes)
        {
            var plan = new Plan
            {
                TenantId = Activities.Tenant, Title = $"Kế hoạch triển khai nhiệm vụ năm 2027 của tỉnh ({size} nhiệm vụ)", Number = "120/KH-UBND",
                Issuer = "Ủy ban nhân dân tỉnh", OrganizerId = User.Alex.AadObjectId, OrganizerName = User.Alex.Name, ConversationId = "personal-alex",
                ServiceUrl = "http://127.0.0.1:9/", CreatedAt = start, EventStartDate = new DateOnly(2026, 12, 20), Venue = "Hội trường tầng 3",
                Units = Enumerable.Range(0, size / 10).Select(u => new PlanUnit
                {
                    Name = $"Sở, ngành, huyện số {u + 1}", Order = u,
                    Tasks = Enumerable.Range(0, 10).Select(t => new PlanTask
                    {
                        Description = $"Nhiệm vụ {t + 1}: xây dựng báo cáo, tổng hợp số liệu và đề xuất giải pháp thực hiện", Order = t,
                        DueDate = new DateOnly(2026, 10, 1).AddDays(random.Next(0, 90)), Status = statuses[random.Next(4)], Percent = random.Next(0, 101),
                        Note = "Đang tổng hợp số liệu của các phòng", UpdatedAt = start.AddDays(20), UpdatedBy = "Megan Bowen",
                    }).ToList(),
                }).ToList(),
            };
            db.Plans.Add(plan);
            await db.SaveChangesAsync();
            foreach (var unit in plan.Units)
                db.UnitMembers.Add(new UnitMember { TenantId = Activities.Tenant, UnitKey = UnitMember.KeyOf(unit.Name), UnitName = unit.Name, UserId = $"oid-{size}-{unit.Order}", UserName = $"Người phụ trách {unit.Order + 1}", Role = UnitRole.Responsible });
            var n = 0;
            foreach (var task in plan.Tasks)
                for (var c = 0; c < 3; c++, n++)
                    db.StatusChanges.Add(new StatusChange
                    {
                        TaskId = task.Id, UserId = "oid-x", UserName = "Megan Bowen", At = start.AddHours(n % 2000), OldStatus = statuses[c], NewStatus = statuses[c + 1],
                        OldPercent = c * 30, NewPercent = c * 30 + 30, Note = $"Cập nhật lần {c + 1}", InvokeId = $"page-{task.Id}-{c}",
                    });
            db.Meetings.Add(new Meeting
            {
                PlanId = plan.Id, RoomEmail = "hoitruong@example.org", RoomName = "Hội trường tầng 3", Start = new DateTime(2026, 12, 20, 1, 0, 0, DateTimeKind.Utc),
                End = new DateTime(2026, 12, 20, 5, 0, 0, DateTimeKind.Utc), Uid = Guid.NewGuid().ToString(), State = MeetingState.Booked,
                Attendees = Enumerable.Range(0, 40).Select(a => new MeetingAttendee { Name = $"Đại biểu {a + 1}", Response = (AttendeeResponse)(a % 4) }).ToList(),
            });
            await db.SaveChangesAsync();
            result.Add((size, plan));
        }
        return result;
    }
}
