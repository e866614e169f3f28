using System.Diagnostics;
using System.Globalization;
using PlanBot.Core.Cards;
using PlanBot.Core.Localization;
using PlanBot.Core.Reports;
using PlanBot.Plans;
using PlanBot.Teams;
using PlanBot.Testing;

namespace PlanBot.Bench;

/// <summary>
/// The size of each card (UTF-16 bytes of the message that carries it, as Teams counts) and the time to build it
/// (data and template, median of N), for plans of 10, 100, 300, 1,000 and 2,000 tasks (<see cref="LargePlans"/>, 20 lines not understood), with the help card as the baseline
/// of the same run: how cards grow with the plan.
/// </summary>
public static class CardSizeBenchmark
{
    private static readonly (int Tasks, int Units, int BigUnit)[] Plans = [(10, 3, 4), (100, 15, 30), (300, 40, 30), (1000, 120, 35), (2000, 300, 35)];

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
        var understood = new UnderstoodCard(cards);
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
            var doc = LargePlans.Document(units, tasks, bigUnit, notUnderstood: 20);
            var plan = LargePlans.Saved(doc, now);
            var members = LargePlans.Members(plan);
            var people = Enumerable.Range(0, 40).Select(i => (LargePlans.Person(i).Id, LargePlans.Person(i).Name)).ToList();
            var largest = plan.Units.MaxBy(u => u.Tasks.Count)!;
            var results = new[]
            {
                Measure(repeats, () => understood.Render(doc, Guid.Empty, t)),
                Measure(repeats, () => cards.Render("plan-overview", OverviewCardData.Overview(plan, members, t, now))),
                Measure(repeats, () => cards.Render("status-card", StatusCardData.StatusCard(plan, largest, members, null, t, now))),
                Measure(repeats, () => cards.Render("report", ReportCardData.Build(plan, AccountabilityReports.Build(plan, [], now), members, t, Links(now)))),
                Measure(repeats, () => cards.Render("assign", AssignCardData.Assign(plan, members, people, t))),
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

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PlanBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("PlanBot.sln not found above " + AppContext.BaseDirectory);
    }

    private static ReportDownloads Links(DateTimeOffset expires) => new(
        new Uri("https://planbot.example.org/exports/x"), new Uri("https://planbot.example.org/exports/x/docx"),
        new Uri("https://planbot.example.org/exports/x/xlsx"), expires);
}
