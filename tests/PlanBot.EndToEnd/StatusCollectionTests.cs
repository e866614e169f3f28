using Microsoft.Playwright;

namespace PlanBot.EndToEnd;

/// <summary>
/// The organizer (the Playground's user, Alex Wilber) saves the seed plan, assigns himself to a unit,
/// requests status, receives the status card in his 1:1 chat, answers it, and sees the overview card change.
/// </summary>
public sealed class StatusCollectionTests : IAsyncLifetime
{
    private readonly PlaygroundSession _session = new(nameof(StatusCollectionTests));
    private IPage Page => _session.Page;

    public Task InitializeAsync() => _session.InitializeAsync();

    public Task DisposeAsync() => _session.DisposeAsync();

    [Fact]
    public async Task Organizer_requests_status_a_unit_member_answers_and_the_overview_shows_it()
    {
        await SendAsync(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "seed-plan.txt")));
        await Card("PlanBot hiểu kế hoạch như sau").GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        var overview = Card("Tiến độ chung");
        await Expect(overview).ToContainTextAsync("Tiến độ chung: 0/7 nhiệm vụ hoàn thành · bình quân 0%");

        await SendAsync("phân công");
        var assign = Card("Phân công người phụ trách");
        await Expect(assign).ToBeVisibleAsync();
        await assign.GetByLabel("Hoặc email/UPN, cách nhau dấu phẩy").First.FillAsync("alexw@example.com");
        await assign.GetByRole(AriaRole.Button, new() { Name = "Lưu phân công" }).ClickAsync();
        await Expect(Card("Phân công người phụ trách")).ToContainTextAsync("Alex Wilber");

        await SendAsync("yêu cầu báo cáo");
        await Expect(Page.GetByText("Đang gửi thẻ báo cáo đến 1 người của 1 đơn vị").First).ToBeVisibleAsync();
        var status = Card("Báo cáo tiến độ: Văn phòng Sở");
        await Expect(status).ToBeVisibleAsync();
        await Expect(Page.GetByText("Đã gửi thẻ báo cáo").First).ToBeVisibleAsync();
        await status.ScrollIntoViewIfNeededAsync();
        await _session.ScreenshotAsync("5-status-card");

        await status.GetByLabel("% hoàn thành (0–100)").First.FillAsync("50");
        await status.GetByLabel("Ghi chú (khó khăn, vướng mắc…)").First.FillAsync("Đang lấy ý kiến các phòng");
        await status.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync();
        await Expect(Card("Báo cáo tiến độ: Văn phòng Sở")).ToContainTextAsync("Đã ghi nhận 1 thay đổi");

        // The overview card posted earlier in the chat was updated in place.
        await Expect(Card("Tiến độ chung")).ToContainTextAsync("Tiến độ chung: 0/7 nhiệm vụ hoàn thành · bình quân 7%");
        await Expect(Card("Tiến độ chung")).ToContainTextAsync("Đang lấy ý kiến các phòng");
        await Expect(Card("Tiến độ chung")).ToContainTextAsync("Phụ trách: Alex Wilber");
        await Card("Tiến độ chung").ScrollIntoViewIfNeededAsync();
        await _session.ScreenshotAsync("6-overview-updated");
    }

    private ILocator Card(string text) => _session.Card(text);

    private Task SendAsync(string text) => _session.SendAsync(text);

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
