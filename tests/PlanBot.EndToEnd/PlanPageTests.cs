using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using PlanBot.Core.Plans;
using PlanBot.PlanPage;
using PlanBot.Reports;
using PlanBot.Testing;

namespace PlanBot.EndToEnd;

/// <summary>
/// PlanBot as a real process: the seed plan is saved, two units assigned and their people answer their status cards
/// through /api/messages (the Bot Connector played locally). Then headless Chromium opens the plan page through its
/// signed link, at desktop and phone width (360 px), checks that the charts show what the database holds, keeps
/// screenshots in artifacts/e2e/ and runs axe-core: no serious or critical accessibility violation.
/// </summary>
public sealed class PlanPageTests : IAsyncLifetime
{
    // The key PlanBot signs page links with: the test holds it too, so it can make the link the overview card will carry.
    private static readonly string LinkKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    private readonly string _folder = Directory.CreateTempSubdirectory("planbot-e2e-page-").FullName;
    private FakeBotConnector _connector = null!;
    private PlanBotProcess _bot = null!;
    private string _connection = "";
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(30_000);
        if (!File.Exists("/usr/bin/chromium")) throw new InvalidOperationException("Chromium not installed (/usr/bin/chromium): run scripts/test.sh.");
        _connector = await FakeBotConnector.StartAsync();
        _connector.Members.AddRange([User.Alex.AsMember(), User.Megan.AsMember(), User.Adele.AsMember()]);
        _connection = $"Data Source={Path.Combine(_folder, "planbot.db")}";
        _bot = await PlanBotProcess.StartAsync(_connection, new() { ["PlanBot__PlanPage__LinkKey"] = LinkKey, ["Logging__LogLevel__Default"] = "Warning" });
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
        try { Directory.Delete(_folder, true); } catch (IOException) { }
    }

    [Fact]
    public async Task The_plan_page_shows_the_answered_progress_at_desktop_and_phone_width_and_passes_axe()
    {
        var planId = await SaveAssignAndAnswerAsync();
        await using var db = TestDatabase.Open(_connection);
        var plan = await db.Plans.AsNoTracking().Include(p => p.Units).ThenInclude(u => u.Tasks).SingleAsync(p => p.Id == planId);
        var link = LinksOf().For(plan);

        foreach (var (name, width, height) in new[] { ("desktop", 1280, 900), ("phone", 360, 740) })
        {
            var context = await _browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
            context.SetDefaultTimeout(30_000);
            var page = await context.NewPageAsync();
            var problems = new List<string>();
            page.Console += (_, m) => { if (m.Type == "error") problems.Add(m.Text); };
            page.PageError += (_, e) => problems.Add(e);
            var response = await page.GotoAsync(link.ToString());
            Assert.Equal(200, response!.Status);

            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(plan.Title);
            var overall = PlanProgress.Of(plan.Tasks);
            await Assertions.Expect(page.Locator("#overall-percent")).ToHaveTextAsync($"{overall.Percent}%");
            foreach (var unit in plan.Units)
            {
                var progress = PlanProgress.Of(unit.Tasks);
                var row = page.Locator($"li[data-unit='{unit.Id}']");
                await Assertions.Expect(row.Locator(".unit-pct")).ToHaveTextAsync($"{progress.Percent}%");
                var bar = row.Locator("svg.bar");
                await Assertions.Expect(bar).ToHaveAttributeAsync("aria-label", $"{unit.Name}: {progress.Percent}% ({progress.Done}/{progress.Total} hoàn thành)");
                await Assertions.Expect(bar.Locator("rect.fill")).ToHaveAttributeAsync("width", progress.Percent.ToString(CultureInfo.InvariantCulture));
                // The drawn bar is as long as the percent says (of its track), on this screen.
                var track = await bar.Locator("rect.track").BoundingBoxAsync();
                var fill = await bar.Locator("rect.fill").BoundingBoxAsync();
                Assert.InRange(fill!.Width / track!.Width * 100, progress.Percent - 1.5, progress.Percent + 1.5);
            }
            foreach (var (status, key) in new[] { (WorkStatus.NotStarted, "notStarted"), (WorkStatus.InProgress, "inProgress"), (WorkStatus.Done, "done"), (WorkStatus.Blocked, "blocked") })
                await Assertions.Expect(page.Locator($".legend li[data-status='{key}'] strong")).ToHaveTextAsync(plan.Tasks.Count(t => t.Status == status).ToString(CultureInfo.InvariantCulture));
            // Overdue and blocked tasks are marked on the timeline and in the task list; the notes are shown.
            await Assertions.Expect(page.Locator("svg.timeline rect.task.overdue")).ToHaveCountAsync(plan.Tasks.Count(t => t.IsOpen));
            await Assertions.Expect(page.Locator("svg.timeline rect.task.blocked")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator("table.tasks tr.blocked")).ToContainTextAsync("Chờ số liệu của huyện");
            await Assertions.Expect(page.Locator("table.tasks").First).ToContainTextAsync("Đang lấy ý kiến các phòng");
            await Assertions.Expect(page.Locator("svg.history circle.dot").Last).ToHaveAttributeAsync("data-percent", overall.Percent.ToString(CultureInfo.InvariantCulture));
            await Assertions.Expect(page.GetByText("Megan Bowen").First).ToBeVisibleAsync();

            await page.ScreenshotAsync(new() { Path = Path.Combine(PlaygroundSession.Artifacts, $"plan-page-{name}.png"), FullPage = true });
            await page.ScreenshotAsync(new() { Path = Path.Combine(PlaygroundSession.Artifacts, $"plan-page-{name}-top.png") });
            await page.Locator("#h-detail").ScrollIntoViewIfNeededAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(PlaygroundSession.Artifacts, $"plan-page-{name}-tasks.png") });
            // Nothing wider than the screen, at 360 px too.
            var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            var widest = await page.EvaluateAsync<string>("w => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1).slice(0, 5).map(e => e.tagName + '.' + e.getAttribute('class') + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ')", width);
            Assert.True(scrollWidth <= width, $"{name}: the page is {scrollWidth} px wide on a {width} px screen: {widest}");

            var violations = await AxeAsync(page);
            Assert.True(violations.Count == 0, $"{name}: " + string.Join("\n", violations));
            Assert.True(problems.Count == 0, $"{name}: the page reported errors (a CSP block?):\n" + string.Join("\n", problems));

            // English, on the same data.
            await page.GetByRole(AriaRole.Button, new() { Name = "English", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("#h-units")).ToHaveTextAsync("Progress by unit");
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
            if (name == "desktop") await page.ScreenshotAsync(new() { Path = Path.Combine(PlaygroundSession.Artifacts, "plan-page-desktop-en.png"), FullPage = true });
            await context.DisposeAsync();
        }

        // A tampered link: refused in words.
        var refusedContext = await _browser.NewContextAsync(new() { ViewportSize = new() { Width = 360, Height = 740 } });
        var refused = await refusedContext.NewPageAsync();
        var tampered = await refused.GotoAsync(link.ToString().Replace("sig=", "sig=x", StringComparison.Ordinal));
        Assert.Equal(403, tampered!.Status);
        await Assertions.Expect(refused.GetByRole(AriaRole.Alert)).ToContainTextAsync("Liên kết này không đúng");
        await refused.ScreenshotAsync(new() { Path = Path.Combine(PlaygroundSession.Artifacts, "plan-page-refused.png") });
        await refusedContext.DisposeAsync();

        // The portfolio: every plan of the organisation with its progress and overdue units.
        var portfolioContext = await _browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 700 } });
        var portfolio = await portfolioContext.NewPageAsync();
        await portfolio.GotoAsync(LinksOf().ForPortfolio(plan.TenantId).ToString());
        var line = portfolio.Locator($"tr[data-plan='{plan.Id}']");
        await Assertions.Expect(line).ToContainTextAsync($"{PlanProgress.Of(plan.Tasks).Percent}%");
        await Assertions.Expect(line).ToContainTextAsync("Văn phòng Sở");
        await portfolio.ScreenshotAsync(new() { Path = Path.Combine(PlaygroundSession.Artifacts, "plan-portfolio.png"), FullPage = true });
        Assert.Empty(await AxeAsync(portfolio));
        await line.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(portfolio.Locator("h1")).ToHaveTextAsync(plan.Title);
        await portfolioContext.DisposeAsync();
    }

    /// <summary>axe-core (npm) run inside the page; the serious and critical violations, described.</summary>
    private static async Task<List<string>> AxeAsync(IPage page)
    {
        var axe = Path.Combine(PlaygroundSession.RepoRoot, "tools", "node", "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(axe)) throw new InvalidOperationException($"axe-core not installed ({axe}): run scripts/test.sh.");
        // Evaluated through the DevTools protocol: the page's CSP (no inline script) rightly refuses an injected <script>.
        await page.EvaluateAsync("source => { (0, eval)(source); }", await File.ReadAllTextAsync(axe));
        var result = await page.EvaluateAsync<JsonElement>("async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 3) }))");
        return result.EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("impact").GetString()} {v.GetProperty("id").GetString()}: {v.GetProperty("help").GetString()} at {v.GetProperty("nodes")}")
            .ToList();
    }

    private PlanPageLinks LinksOf() => new(
        Options.Create(new PlanPageOptions { LinkKey = LinkKey }),
        Options.Create(new ReportOptions { PublicBaseUrl = _bot.Url.ToString() }),
        TimeProvider.System,
        new HostingEnvironment { ContentRootPath = _folder });

    /// <summary>Through /api/messages as Teams would send it: save the seed plan, assign Megan and Adele, request status, both answer.</summary>
    private async Task<int> SaveAssignAndAnswerAsync()
    {
        using var http = new HttpClient { BaseAddress = _bot.Url, Timeout = TimeSpan.FromSeconds(60) };
        var activities = new Activities(_connector.Url);
        async Task<JsonNode?> PostAsync(JsonObject activity)
        {
            using var response = await http.PostAsJsonAsync("/api/messages", activity);
            response.EnsureSuccessStatusCode();
            var text = await response.Content.ReadAsStringAsync();
            return text.Length > 0 ? JsonNode.Parse(text) : null;
        }

        await PostAsync(activities.Message(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "seed-plan.txt"))));
        var understood = await _connector.WaitForAsync(m => m.Card?["actions"]?[0]?["data"]?["draftId"] is not null, TimeSpan.FromSeconds(60))
            ?? throw new TimeoutException("no understanding card:\n" + _bot.Output);
        await PostAsync(activities.Execute("plan.save", new JsonObject { ["draftId"] = understood.Card!["actions"]![0]!["data"]!["draftId"]!.GetValue<string>() }));
        await PostAsync(activities.Message("help", User.Megan, "personal-megan"));

        await using var db = TestDatabase.Open(_connection);
        var plan = await db.Plans.AsNoTracking().Include(p => p.Units).ThenInclude(u => u.Tasks).SingleAsync();
        var office = plan.Units.Single(u => u.Name == "Văn phòng Sở");
        var union = plan.Units.Single(u => u.Name == "Công đoàn Sở");
        await PostAsync(activities.Message("phân công"));
        await PostAsync(activities.Execute("assign.save", new JsonObject { ["planId"] = plan.Id, [$"responsible-{office.Id}"] = "aad-megan", [$"responsible-{union.Id}"] = "aad-adele" }));
        await PostAsync(activities.Message("yêu cầu báo cáo"));
        Assert.NotNull(await _connector.WaitForAsync(m => m.IsStatusCard && m.ConversationId == "personal-megan", TimeSpan.FromSeconds(60)));

        var tasks = office.Tasks.OrderBy(t => t.Order).ToList();
        await PostAsync(activities.Execute("status.save", new JsonObject
        {
            ["planId"] = plan.Id, ["unitId"] = office.Id,
            [$"status-{tasks[0].Id}"] = "inProgress", [$"percent-{tasks[0].Id}"] = "40", [$"note-{tasks[0].Id}"] = "Đang lấy ý kiến các phòng",
            [$"status-{tasks[1].Id}"] = "done",
            [$"status-{tasks[2].Id}"] = "inProgress", [$"percent-{tasks[2].Id}"] = "75",
        }, User.Megan, "personal-megan"));
        var unionTask = union.Tasks.Single();
        await PostAsync(activities.Execute("status.save", new JsonObject
        {
            ["planId"] = plan.Id, ["unitId"] = union.Id, [$"status-{unionTask.Id}"] = "blocked", [$"percent-{unionTask.Id}"] = "10", [$"note-{unionTask.Id}"] = "Chờ số liệu của huyện",
        }, User.Adele, "a:1to1-29:adele"));
        Assert.Equal(4, await db.StatusChanges.CountAsync());
        return plan.Id;
    }
}
