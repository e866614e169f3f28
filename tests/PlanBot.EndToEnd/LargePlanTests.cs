using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using PlanBot.Testing;

namespace PlanBot.EndToEnd;

/// <summary>
/// A provincial plan of 40 units (<see cref="LargePlans"/>' names, two short tasks each) typed into the Agents Playground: saved, its overview shown a page of 20 units at a
/// time, and a unit's card opened from the overview's "Xem" button, and the way back.
/// </summary>
public sealed class LargePlanTests : IAsyncLifetime
{
    private const int Units = 40;
    private const int TasksPerUnit = 2;

    private readonly PlaygroundSession _session = new(nameof(LargePlanTests));

    public Task InitializeAsync() => _session.InitializeAsync();

    public Task DisposeAsync() => _session.DisposeAsync();

    [Fact]
    public async Task A_40_unit_plan_is_saved_its_overview_pages_through_the_units_and_a_units_card_opens_from_it()
    {
        await SendAsync(PlanText());
        var understood = Card("PlanBot hiểu kế hoạch như sau");
        await Expect(understood).ToContainTextAsync("UBND huyện Số 20");
        await understood.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();

        var overview = Card("Tiến độ chung");
        await Expect(overview).ToContainTextAsync($"Tiến độ chung: 0/{Units * TasksPerUnit} nhiệm vụ hoàn thành · bình quân 0%");
        await Expect(overview).ToContainTextAsync($"Đơn vị 1–20 / {Units}");
        await Expect(overview).ToContainTextAsync("Sở Y tế");
        await Expect(overview).Not.ToContainTextAsync("UBND huyện Số 20");
        await overview.ScrollIntoViewIfNeededAsync();
        await _session.ScreenshotAsync("7-large-plan-overview");

        // A unit of the first page: its card, read-only for the organizer (nobody is assigned yet), with its tasks.
        await UnitRow(overview, "Sở Y tế").GetByRole(AriaRole.Button, new() { Name = "Xem", Exact = true }).ClickAsync();
        var unit = Card("‹ Tổng quan");
        await Expect(unit).ToContainTextAsync("Sở Y tế");
        await Expect(unit).ToContainTextAsync(TaskText(8, 0));
        await Expect(unit).ToContainTextAsync(TaskText(8, 1));
        await _session.ScreenshotAsync("8-large-plan-unit");

        // Back to the overview, on to its second page, and into the last unit.
        await unit.GetByRole(AriaRole.Button, new() { Name = "‹ Tổng quan" }).ClickAsync();
        overview = Card("Tiến độ chung");
        await Expect(overview).ToContainTextAsync($"Đơn vị 1–20 / {Units}");
        await overview.GetByRole(AriaRole.Button, new() { Name = "Trang sau ›" }).ClickAsync();
        await Expect(overview).ToContainTextAsync($"Đơn vị 21–40 / {Units}");
        await Expect(overview).ToContainTextAsync("UBND huyện Số 20");
        await UnitRow(overview, "UBND huyện Số 20").GetByRole(AriaRole.Button, new() { Name = "Xem", Exact = true }).ClickAsync();
        unit = Card("‹ Tổng quan");
        await Expect(unit).ToContainTextAsync("UBND huyện Số 20");
        await Expect(unit).ToContainTextAsync(TaskText(Units - 1, 1));
        await unit.GetByRole(AriaRole.Button, new() { Name = "‹ Tổng quan" }).ClickAsync();
        await Expect(Card("Tiến độ chung")).ToContainTextAsync($"Đơn vị 21–40 / {Units}");
    }

    /// <summary>The row of one unit on the overview: the nearest element around the unit's name that holds a "Xem" button.</summary>
    private static ILocator UnitRow(ILocator overview, string unit) =>
        overview.GetByText(unit, new() { Exact = true }).Locator("xpath=ancestor::*[.//button[normalize-space()='Xem']][1]");

    private static string TaskText(int unit, int task) =>
        $"Rà soát thủ tục hành chính số {task + 1} của đơn vị {unit + 1}, đề xuất cắt giảm thời gian giải quyết";

    /// <summary>The shape provincial plans use: "N. Unit:" headings with "- task" bullets, under IV. TỔ CHỨC THỰC HIỆN.</summary>
    private static string PlanText()
    {
        var text = new StringBuilder();
        text.AppendLine("UBND TỈNH BẮC GIANG").AppendLine("Số: 215/KH-UBND").AppendLine("Bắc Giang, ngày 02 tháng 11 năm 2026").AppendLine();
        text.AppendLine("KẾ HOẠCH").AppendLine("Cải cách thủ tục hành chính tỉnh Bắc Giang năm 2027").AppendLine();
        text.AppendLine("I. MỤC ĐÍCH, YÊU CẦU").AppendLine("Giảm thời gian giải quyết thủ tục hành chính.").AppendLine();
        text.AppendLine("IV. TỔ CHỨC THỰC HIỆN");
        for (var u = 0; u < Units; u++)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{u + 1}. {LargePlans.UnitName(u)}:");
            for (var k = 0; k < TasksPerUnit; k++) text.AppendLine(CultureInfo.InvariantCulture, $"- {TaskText(u, k)}.");
        }
        text.AppendLine().AppendLine("CHỦ TỊCH").AppendLine("Nguyễn Văn Lâm");
        return text.ToString();
    }

    private ILocator Card(string text) => _session.Card(text);

    private Task SendAsync(string text) => _session.SendAsync(text);

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
