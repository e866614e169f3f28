using Microsoft.Playwright;

namespace PlanBot.EndToEnd;

/// <summary>A person in the Agents Playground (a Teams client) asks for help, pastes the seed plan, saves it and sees the overview card.</summary>
public sealed class WalkingSkeletonTests : IAsyncLifetime
{
    private readonly PlaygroundSession _session = new(nameof(WalkingSkeletonTests));
    private IPage Page => _session.Page;

    public Task InitializeAsync() => _session.InitializeAsync();

    public Task DisposeAsync() => _session.DisposeAsync();

    [Fact]
    public async Task Help_then_paste_the_seed_plan_then_save_shows_the_overview_card()
    {
        await Expect(Page.GetByText("Xin chào, tôi là PlanBot").First).ToBeVisibleAsync();

        await SendAsync("help");
        await Expect(Page.GetByText("PlanBot – trợ giúp").First).ToBeVisibleAsync();
        await _session.ScreenshotAsync("1-help");

        await SendAsync(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "seed-plan.txt")));
        var understood = Card("PlanBot hiểu kế hoạch như sau");
        await Expect(understood).ToBeVisibleAsync();
        foreach (var text in new[] { "05/01/2023", "Phòng họp số 02", "Văn phòng Sở", "Công đoàn Sở" })
            await Expect(understood).ToContainTextAsync(text);
        await understood.ScrollIntoViewIfNeededAsync();
        await _session.ScreenshotAsync("2-understood");

        await understood.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        var overview = Card("Tiến độ chung: 0/7 nhiệm vụ hoàn thành · bình quân 0%");
        await Expect(overview).ToBeVisibleAsync();
        await Expect(overview).ToContainTextAsync("Chưa bắt đầu");
        await Expect(overview).ToContainTextAsync("Công đoàn Sở");
        await Expect(Page.GetByText("Đã lưu kế hoạch số 1").First).ToBeVisibleAsync();
        await overview.ScrollIntoViewIfNeededAsync();
        await _session.ScreenshotAsync("3-overview");
        await overview.ScreenshotAsync(new() { Path = Path.Combine(PlaygroundSession.Artifacts, "overview-card.png") });

        await SendAsync("danh sách");
        await Expect(Card("Các kế hoạch đã lưu")).ToContainTextAsync("#1 · Tổ chức Hội nghị tổng kết");
    }

    [Fact]
    public async Task A_plan_pasted_from_the_clipboard_is_understood()
    {
        // The Playground's editor drops the line breaks of a real paste; PlanBot reads the plan anyway.
        var text = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "seed-plan.txt"));
        var box = Page.Locator("[contenteditable='true']").First;
        await box.ClickAsync();
        await box.EvaluateAsync("(el, t) => { const dt = new DataTransfer(); dt.setData('text/plain', t); el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true })); }", text);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send Message" }).ClickAsync();
        var understood = Card("PlanBot hiểu kế hoạch như sau");
        await Expect(understood).ToContainTextAsync("05/01/2023");
        await Expect(understood).ToContainTextAsync("Công đoàn Sở");
        await _session.ScreenshotAsync("4-pasted");
    }

    private ILocator Card(string text) => _session.Card(text);

    private Task SendAsync(string text) => _session.SendAsync(text);

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
