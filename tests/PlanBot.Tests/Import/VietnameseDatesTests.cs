using PlanBot.Core.Import;

namespace PlanBot.Tests.Import;

public sealed class VietnameseDatesTests
{
    [Theory]
    [InlineData("Dự kiến ngày 05/01/2023", "2023-01-05", null, null, null, true)]
    [InlineData("08 giờ 00 phút, ngày 15 tháng 12 năm 2023", "2023-12-15", null, "08:00", null, false)]
    [InlineData("07h30 ngày 20/11/2023", "2023-11-20", null, "07:30", null, false)]
    [InlineData("từ ngày 10 đến ngày 12/3/2024", "2024-03-10", "2024-03-12", null, null, false)]
    [InlineData("Từ ngày 05/5/2024 đến ngày 15/5/2024", "2024-05-05", "2024-05-15", null, null, false)]
    [InlineData("1/2 ngày, bắt đầu từ 8h00 ngày 20/11/2023", "2023-11-20", null, "08:00", 4, false)]
    [InlineData("từ 07h30 đến 11h30 ngày 15/12/2023", "2023-12-15", null, "07:30", null, false)]
    public void Event_times_are_read(string text, string start, string? end, string? time, int? hours, bool tentative)
    {
        var e = VietnameseDates.ParseEvent(text, 2023);
        Assert.NotNull(e);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), e.StartDate);
        Assert.Equal(end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), e.EndDate);
        Assert.Equal(time is null ? null : TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), e.StartTime);
        Assert.Equal(hours is null ? null : TimeSpan.FromHours(hours.Value), e.Duration);
        Assert.Equal(tentative, e.Tentative);
    }

    [Fact]
    public void A_range_of_times_gives_start_and_end()
    {
        var e = VietnameseDates.ParseEvent("từ 07h30 đến 11h30 ngày 15/12/2023", null);
        Assert.Equal(new TimeOnly(11, 30), e?.EndTime);
    }

    [Fact]
    public void Text_without_a_date_or_time_is_not_an_event()
    {
        Assert.Null(VietnameseDates.ParseEvent("Theo thông báo sau", 2023));
        Assert.Null(VietnameseDates.ParseEvent("Phòng họp số 02, tầng 5", 2023));
    }

    [Theory]
    [InlineData("Bắc Giang, ngày   tháng 12 năm 2022", null, 12, 2022)]
    [InlineData("Hà Nội, ngày 05 tháng 01 năm 2023", 5, 1, 2023)]
    public void Issue_dates_may_leave_the_day_blank(string text, int? day, int month, int year)
    {
        var d = VietnameseDates.ParseIssueDate(text);
        Assert.Equal((day, month, year), (d?.Day, d?.Month, d?.Year));
    }

    [Fact]
    public void Due_dates_come_from_the_task_text()
    {
        Assert.Equal(new DateOnly(2023, 12, 8), VietnameseDates.ParseDue("trình lãnh đạo trước ngày 08/12/2023", 2023));
        Assert.Equal(new DateOnly(2023, 12, 25), VietnameseDates.ParseDue("Hoàn thành trước 25/12", 2023));
        Assert.Null(VietnameseDates.ParseDue("Chuẩn bị hội trường", 2023));
    }
}
