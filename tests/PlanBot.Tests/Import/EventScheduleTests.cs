using PlanBot.Core.Import;
using static PlanBot.Tests.Import.PlanText;

namespace PlanBot.Tests.Import;

/// <summary>Sessions, sites and the ways plans write a time.</summary>
public sealed class EventScheduleTests
{
    [Fact]
    public void Several_sessions_are_kept_and_the_first_main_one_is_the_event()
    {
        var plan = Read("""
            KẾ HOẠCH
            Tổ chức Giải bóng chuyền hơi huyện năm 2024
            II. THỜI GIAN, ĐỊA ĐIỂM
            1. Lễ khai mạc: 7h30’ ngày 10/11/2024 (Chủ nhật) tại Sân vận động huyện.
            2. Thi đấu vòng loại: từ 14h00 chiều ngày 10/11/2024 tại Nhà thi đấu đa năng.
            3. Lễ bế mạc: 16 giờ 00 phút ngày 12/11/2024 tại Nhà thi đấu đa năng.
            """);
        Assert.Equal(["Lễ khai mạc", "Thi đấu vòng loại", "Lễ bế mạc"], plan.Sessions.Select(s => s.Name));
        Assert.Equal(new DateOnly(2024, 11, 10), plan.Event?.StartDate);
        Assert.Equal(new TimeOnly(7, 30), plan.Event?.StartTime);
        Assert.Equal("Sân vận động huyện", plan.Venue);
        Assert.Equal(new TimeOnly(14, 0), plan.Sessions[1].Schedule?.StartTime);
        Assert.Equal("Nhà thi đấu đa năng", plan.Sessions[2].Venue);
        Assert.Equal(new DateOnly(2024, 11, 12), plan.Sessions[2].Schedule?.StartDate);
    }

    [Fact]
    public void Sites_of_a_video_conference_are_sessions_too()
    {
        var plan = Read("""
            KẾ HOẠCH
            Tổ chức Hội nghị trực tuyến sơ kết 6 tháng
            II. THỜI GIAN, ĐỊA ĐIỂM
            - Thời gian: 8 giờ 00 phút, ngày 15/7/2025 (thứ Ba).
            - Địa điểm:
            + Điểm cầu chính: Hội trường UBND tỉnh.
            + Điểm cầu cấp huyện: Hội trường UBND các huyện, thành phố.
            """);
        Assert.Equal(new DateOnly(2025, 7, 15), plan.Event?.StartDate);
        Assert.Equal("Hội trường UBND tỉnh", plan.Venue);
        Assert.Equal(["Điểm cầu chính", "Điểm cầu cấp huyện"], plan.Sessions.Select(s => s.Name));
        Assert.Equal("Hội trường UBND các huyện, thành phố", plan.Sessions[1].Venue);
    }

    [Theory]
    [InlineData("từ 8h00 – 9h00 ngày 05/3/2025", "08:00", "09:00")]
    [InlineData("Từ 7h00’ đến 10h30’ ngày 05/3/2025", "07:00", "10:30")]
    [InlineData("2 giờ chiều ngày 05/3/2025", "14:00", null)]
    [InlineData("14h00 chiều thứ Tư, ngày 05/3/2025", "14:00", null)]
    [InlineData("08 giờ 00 phút (thứ Tư) ngày 05/3/2025", "08:00", null)]
    [InlineData("9 giờ, ngày 05/3/2025", "09:00", null)]
    public void Times_as_plans_write_them(string text, string start, string? end)
    {
        var e = VietnameseDates.ParseEvent(text, 2025);
        Assert.Equal(new DateOnly(2025, 3, 5), e?.StartDate);
        Assert.Equal(TimeOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), e?.StartTime);
        Assert.Equal(end is null ? null : TimeOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), e?.EndTime);
    }

    [Fact]
    public void The_end_time_only_the_programme_gives_is_the_event_end()
    {
        var plan = Read("""
            KẾ HOẠCH
            Tổ chức Hội nghị cán bộ, công chức năm 2025
            II. THỜI GIAN, ĐỊA ĐIỂM
            - Thời gian: 8 giờ 00, ngày 14/01/2025
            - Địa điểm: Hội trường tầng 2
            III. CHƯƠNG TRÌNH HỘI NGHỊ
            - 7 giờ 30: Đón tiếp đại biểu
            - 8 giờ 00: Khai mạc, tuyên bố lý do
            - 11 giờ 30: Kết thúc hội nghị
            """);
        Assert.Equal(new TimeOnly(8, 0), plan.Event?.StartTime);
        Assert.Equal(new TimeOnly(11, 30), plan.Event?.EndTime);
    }

    [Fact]
    public void A_yearly_plan_with_a_recurring_meeting_has_its_time_and_no_date()
    {
        var plan = Read("""
            CHI BỘ PHÒNG KẾ TOÁN
            Số: 03-KH/CB
            Hà Nội, ngày 05 tháng 01 năm 2025
            KẾ HOẠCH
            Sinh hoạt chi bộ năm 2025
            I. THỜI GIAN, ĐỊA ĐIỂM
            - Thời gian: 16h00 thứ Sáu tuần đầu hàng tháng
            - Địa điểm: Phòng họp số 1
            """);
        Assert.Null(plan.Event?.StartDate);
        Assert.Equal(new TimeOnly(16, 0), plan.Event?.StartTime);
        Assert.Equal("Phòng họp số 1", plan.Venue);
    }
}
