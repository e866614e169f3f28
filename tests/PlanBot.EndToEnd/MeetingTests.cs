using Microsoft.Playwright;

namespace PlanBot.EndToEnd;

/// <summary>
/// With the embedded local calendar: the organizer books the seed plan's room on the next working day at 08:00 (its 05/01/2023 has passed),
/// sees the booking, the participants (here Alex, also assigned to a unit) get the invitation card,
/// he declines, and "cuộc họp" shows it.
/// </summary>
public sealed class MeetingTests : IAsyncLifetime
{
    private readonly PlaygroundSession _session = new(nameof(MeetingTests));

    public Task InitializeAsync() => _session.InitializeAsync();

    public Task DisposeAsync() => _session.DisposeAsync();

    [Fact]
    public async Task Book_the_seed_plans_room_invite_decline_and_see_the_answer()
    {
        await _session.SendAsync(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "seed-plan.txt")));
        await _session.Card("PlanBot hiểu kế hoạch như sau").GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        await Expect(_session.Card("Tiến độ chung")).ToBeVisibleAsync();
        await _session.SendAsync("phân công");
        var assign = _session.Card("Phân công người phụ trách");
        await assign.GetByLabel("Hoặc email/UPN, cách nhau dấu phẩy").First.FillAsync("alexw@example.com");
        await assign.GetByRole(AriaRole.Button, new() { Name = "Lưu phân công" }).ClickAsync();
        await Expect(_session.Card("Phân công người phụ trách")).ToContainTextAsync("Alex Wilber");

        // The plan says "Dự kiến ngày 05/01/2023", long past: PlanBot asks for the time first and offers the next working
        // day (08:00, half a day by default) — never a start that has passed.
        await _session.SendAsync("đặt phòng");
        var time = _session.Card("Thời gian cuộc họp");
        await Expect(time).ToBeVisibleAsync();
        await time.GetByRole(AriaRole.Button, new() { Name = "Tìm phòng" }).ClickAsync();
        var proposal = _session.Card("Đặt phòng họp");
        await Expect(proposal).ToContainTextAsync("Phòng họp 02 - Tầng 5");
        await Expect(proposal).ToContainTextAsync($"08:00 – 12:00, {NextWorkingDay():dd/MM/yyyy}");
        await Expect(proposal).ToContainTextAsync("Phòng trống, đủ chỗ.");
        await proposal.GetByRole(AriaRole.Button, new() { Name = "Đặt phòng và gửi giấy mời" }).ClickAsync();
        await Expect(_session.Card("Cuộc họp: Tổ chức Hội nghị")).ToBeVisibleAsync();
        await _session.ScreenshotAsync("7-meeting-booked");

        var invitation = _session.Card("Giấy mời họp");
        await Expect(invitation).ToContainTextAsync("Phòng họp 02 - Tầng 5");
        await invitation.GetByRole(AriaRole.Button, new() { Name = "Từ chối" }).ClickAsync();
        await Expect(_session.Card("Giấy mời họp")).ToContainTextAsync("Bạn đã trả lời: Từ chối.");

        await _session.SendAsync("cuộc họp");
        var meeting = _session.Card("Trả lời của người dự");
        await Expect(meeting).ToContainTextAsync("Alex Wilber");
        await Expect(meeting).ToContainTextAsync("Từ chối");
        await meeting.ScrollIntoViewIfNeededAsync();
        await _session.ScreenshotAsync("8-meeting-answers");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    /// <summary>The day after today in Asia/Ho_Chi_Minh, skipping Saturday and Sunday.</summary>
    private static DateOnly NextWorkingDay()
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Asia/Ho_Chi_Minh"));
        var next = today.AddDays(1);
        while (next.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) next = next.AddDays(1);
        return next;
    }
}
