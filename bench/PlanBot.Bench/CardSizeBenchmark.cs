using System.Diagnostics;
using System.Globalization;
using PlanBot.Core.Assignments;
using PlanBot.Core.Cards;
using PlanBot.Core.Localization;
using PlanBot.Core.Plans;
using PlanBot.Teams;

namespace PlanBot.Bench;

/// <summary>
/// The size of each card (UTF-16 bytes of the message that carries it, as Teams counts) and the time to build it
/// (data and template, median of N), for plans of 10, 100, 300 and 1,000 tasks, with the help card as the baseline
/// of the same run: how cards grow with the plan.
/// </summary>
public static class CardSizeBenchmark
{
    private static readonly (int Tasks, int Units, int BigUnit)[] Plans = [(10, 3, 4), (100, 15, 30), (300, 40, 30), (1000, 120, 35)];

    public static int Run(int repeats)
    {
        var cards = new CardLibrary(Path.Combine(Root(), "cards"));
        var t = Texts.Vi;
        var now = new DateTimeOffset(2027, 2, 1, 1, 0, 0, TimeSpan.Zero);
        var ci = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(ci, $"card sizes (UTF-16 bytes of the message, budget {MessageSizeBudget.LimitBytes}) and build time (median CPU time of the building thread, of {repeats}; machine: {Environment.ProcessorCount} cores)"));
        // A first round unprinted: the code the JIT optimises after some 30 calls is what a running PlanBot uses.
        Table(cards, t, now, Math.Max(40, repeats), print: false);
        return Table(cards, t, now, repeats, print: true) ? 1 : 0;
    }

    private static bool Table(CardLibrary cards, Texts t, DateTimeOffset now, int repeats, bool print)
    {
        var ci = CultureInfo.InvariantCulture;
        var help = Measure(repeats, () => cards.Render("help", CardData.Help(t)));
        if (print)
        {
            Console.WriteLine(string.Create(ci, $"baseline help card: {help.Bytes:N0} B, {help.Micros:F0} µs"));
            Console.WriteLine();
            Console.WriteLine("| tasks | units | understood | overview | status card (largest unit) | report | assign (40 people) |");
            Console.WriteLine("|---|---|---|---|---|---|---|");
        }
        var over = false;
        foreach (var (tasks, units, bigUnit) in Plans)
        {
            var doc = Document(units, tasks, bigUnit);
            var plan = Saved(doc);
            var members = Members(plan);
            var people = Enumerable.Range(0, 40).Select(i => ($"aad-person-{i:D3}-0000-0000-0000-000000000000", $"Nguyễn Thị Phương Thảo {i}")).ToList();
            var largest = plan.Units.MaxBy(u => u.Tasks.Count)!;
            var results = new[]
            {
                Measure(repeats, () => cards.Render("plan-understood", CardData.Understood(doc, Guid.Empty, t))),
                Measure(repeats, () => cards.Render("plan-overview", CardData.Overview(plan, members, t, now))),
                Measure(repeats, () => cards.Render("status-card", CardData.StatusCard(plan, largest, members, null, t, now))),
                Measure(repeats, () => cards.Render("report", CardData.Report(plan, members, t, now, new Uri("https://planbot.example.org/exports/x"), now))),
                Measure(repeats, () => cards.Render("assign", CardData.Assign(plan, members, people, t))),
            };
            over |= results.Any(r => r.Bytes > MessageSizeBudget.LimitBytes);
            if (print) Console.WriteLine(string.Create(ci, $"| {tasks:N0} | {units} | {string.Join(" | ", results.Select(r => $"{r.Bytes / 1024.0:F1} KB, {r.Micros / help.Micros:F1}× ({r.Micros:F0} µs)"))} |"));
        }
        return over;
    }

    /// <summary>
    /// The card's size, and the median CPU time of this thread to build it: with eight agents on two cores, wall-clock
    /// time measures the neighbours (the same card took 1.7 ms and 22 ms in two runs), the thread's own CPU time does not.
    /// </summary>
    private static (int Bytes, double Micros) Measure(int repeats, Func<System.Text.Json.Nodes.JsonNode> build)
    {
        var bytes = MessageSizeBudget.MeasureCardMessage(build()); // also the warm-up
        var times = new double[repeats];
        for (var i = 0; i < repeats; i++)
        {
            var start = ThreadCpuMicros();
            build();
            times[i] = ThreadCpuMicros() - start;
        }
        Array.Sort(times);
        return (bytes, times[repeats / 2]);
    }

    private static double ThreadCpuMicros()
    {
        if (!OperatingSystem.IsLinux()) return Stopwatch.GetTimestamp() * 1e6 / Stopwatch.Frequency;
        if (ClockGetTime(ClockThreadCpuTime, out var now) != 0) throw new InvalidOperationException("clock_gettime failed");
        return now.Seconds * 1e6 + now.Nanoseconds / 1e3;
    }

    private const int ClockThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private static string Unit(int i) => i == 1 ? "Sở Tài chính" : $"UBND huyện Số {i + 1}";

    /// <summary>A plan as read: ~150-character Vietnamese tasks, one unit with many, some coordinated, a few lines not understood.</summary>
    private static PlanDocument Document(int units, int tasks, int bigUnit)
    {
        var big = Math.Min(bigUnit, tasks - (units - 1));
        var rest = tasks - big;
        var counts = Enumerable.Range(0, units).Select(i => i == 1 ? big : rest / (units - 1) + ((i == 0 ? 0 : i - 1) < rest % (units - 1) ? 1 : 0)).ToArray();
        return new PlanDocument
        {
            Title = "KẾ HOẠCH Triển khai chuyển đổi số trong các cơ quan nhà nước tỉnh năm 2027",
            Event = new EventSchedule(new DateOnly(2027, 1, 15), null, null, null, null, false),
            Venue = "Hội trường UBND tỉnh",
            Units = Enumerable.Range(0, units).Select(u => new UnitTasks(Unit(u), Enumerable.Range(0, counts[u]).Select(k => new PlanTaskItem(
                $"Xây dựng kế hoạch chi tiết triển khai nhiệm vụ {k + 1} về chuyển đổi số trong lĩnh vực quản lý nhà nước của đơn vị {u + 1}, tổng hợp báo cáo kết quả thực hiện",
                k % 3 == 0 ? new DateOnly(2026, 12, 20) : null) { Coordinating = k % 4 == 0 ? [Unit((u + 1) % units)] : [] }).ToList())).ToList(),
            NotUnderstood = Enumerable.Range(0, 20).Select(i => $"Dòng {i + 1}: các đơn vị chủ động bố trí kinh phí, nhân lực để bảo đảm thực hiện kế hoạch").ToList(),
        };
    }

    private static Plan Saved(PlanDocument doc)
    {
        var plan = Plan.FromDocument(doc, "tenant", "user-1", "Alex", "conv-1", "http://localhost/", DateTimeOffset.UtcNow);
        var id = 1;
        foreach (var unit in plan.Units)
        {
            unit.Id = id++;
            foreach (var task in unit.Tasks) task.Id = id++;
        }
        var i = 0;
        foreach (var task in plan.Tasks)
        {
            (task.Status, task.Percent, task.Note) = (i++ % 5) switch
            {
                0 => (WorkStatus.Done, 100, null),
                1 => (WorkStatus.InProgress, 40, "Đang tổng hợp số liệu của các phòng chuyên môn"),
                2 => (WorkStatus.Blocked, 0, string.Concat(Enumerable.Repeat("Chưa được bố trí kinh phí, đang chờ ý kiến chỉ đạo. ", 19))),
                _ => (WorkStatus.NotStarted, 0, null),
            };
        }
        return plan;
    }

    private static List<UnitMember> Members(Plan plan) => plan.Units.SelectMany((u, i) => new[] { UnitRole.Responsible, UnitRole.Deputy }.Select((role, k) => new UnitMember
    {
        TenantId = "tenant", UnitKey = UnitMember.KeyOf(u.Name), UnitName = u.Name, UserId = $"aad-person-{2 * i + k:D3}", UserName = $"Nguyễn Thị Phương Thảo {2 * i + k}", Role = role,
    })).ToList();

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PlanBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("PlanBot.sln not found above " + AppContext.BaseDirectory);
    }
}
