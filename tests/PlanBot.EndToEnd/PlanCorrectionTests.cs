using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PlanBot.EndToEnd;

/// <summary>
/// The organizer corrects a task on the editing card before saving, in the Agents Playground. (The Playground does not
/// pass file attachments on to the bot, so the plan is typed; files the way Teams delivers them are tested through
/// /api/messages in PlanBot.Tests.)
/// </summary>
public sealed class PlanCorrectionTests : IAsyncLifetime
{
    private readonly PlaygroundSession _session = new(nameof(PlanCorrectionTests));
    private IPage Page => _session.Page;

    public Task InitializeAsync() => _session.InitializeAsync();

    public Task DisposeAsync() => _session.DisposeAsync();

    [Fact]
    public async Task A_task_corrected_on_the_editing_card_is_saved_with_the_plan()
    {
        await Assertions.Expect(Page.GetByText("Xin chào, tôi là PlanBot").First).ToBeVisibleAsync();
        await _session.SendAsync(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "seed-plan.txt")));
        var understood = _session.Card("PlanBot hiểu kế hoạch như sau");
        await Assertions.Expect(understood).ToContainTextAsync("Văn phòng Sở");
        await understood.GetByRole(AriaRole.Button, new() { Name = "Sửa đơn vị, nhiệm vụ" }).ClickAsync();

        var edit = _session.Card("Sửa đơn vị và nhiệm vụ");
        await Assertions.Expect(edit).ToContainTextAsync("Tên đơn vị");
        var firstTask = edit.Locator("textarea").First;
        await Assertions.Expect(firstTask).ToHaveValueAsync(new Regex("^Xây dựng Chương trình tổng kết năm 2022"));
        await firstTask.FillAsync("Xây dựng và trình duyệt Chương trình tổng kết năm 2022");
        await edit.ScrollIntoViewIfNeededAsync();
        await _session.ScreenshotAsync("5-editing-card");
        await edit.GetByRole(AriaRole.Button, new() { Name = "Xong", Exact = true }).ClickAsync();

        var corrected = _session.Card("PlanBot hiểu kế hoạch như sau");
        await Assertions.Expect(corrected).ToContainTextAsync("Xây dựng và trình duyệt Chương trình tổng kết năm 2022");
        await corrected.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        await Assertions.Expect(_session.Card("Tiến độ chung: 0/7 nhiệm vụ hoàn thành · bình quân 0%")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText("Đã lưu kế hoạch số 1").First).ToBeVisibleAsync();
        await _session.ScreenshotAsync("6-corrected-overview");
    }
}
