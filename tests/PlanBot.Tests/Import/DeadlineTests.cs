using static PlanBot.Tests.Import.PlanText;

namespace PlanBot.Tests.Import;

/// <summary>Each task gets the due date its text gives, the year from the plan when omitted, or none.</summary>
public sealed class DeadlineTests
{
    private static readonly Core.Plans.PlanDocument Plan = Read("""
        SỞ GIÁO DỤC VÀ ĐÀO TẠO
        Số: 20/KH-SGDĐT
        Hà Nam, ngày 05 tháng 01 năm 2018

        KẾ HOẠCH
        Triển khai công tác năm 2018

        III. TỔ CHỨC THỰC HIỆN
        1. Văn phòng Sở:
        - Gửi báo cáo sơ kết trước ngày 14/02/2018.
        - Hoàn thiện hồ sơ thi đua, xong trước 15/12.
        - Tổng hợp số liệu tuyển sinh, hoàn thành trong tháng 01/2018.
        - Xây dựng đề án sáp nhập trường, trình UBND tỉnh trong Quý I/2019.
        - Tổ chức kiểm tra nội bộ trong tháng 3.
        - Tổ chức hội thi giáo viên giỏi từ ngày 10/4 đến ngày 20/4/2018.
        - Báo cáo tình hình hàng tháng.
        - Thường xuyên cập nhật cổng thông tin điện tử.
        - Chuẩn bị khánh tiết cho hội nghị.
        2. Phòng Kế hoạch - Tài chính:
        - Lập dự toán kinh phí năm 2019.
        Thời hạn: 25/12.
        """);

    [Theory]
    [InlineData("Gửi báo cáo sơ kết", "2018-02-14")]
    [InlineData("Hoàn thiện hồ sơ thi đua", "2018-12-15")]
    [InlineData("Tổng hợp số liệu tuyển sinh", "2018-01-31")]
    [InlineData("Xây dựng đề án sáp nhập trường", "2019-03-31")]
    [InlineData("Tổ chức kiểm tra nội bộ", "2018-03-31")]
    [InlineData("Tổ chức hội thi giáo viên giỏi", "2018-04-20")]
    public void Due_dates_are_read_from_the_task(string task, string due) =>
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), Task(Plan, task).DueDate);

    [Theory]
    [InlineData("Báo cáo tình hình hàng tháng")]
    [InlineData("Thường xuyên cập nhật")]
    public void Recurring_tasks_have_no_due_date(string task)
    {
        Assert.True(Task(Plan, task).Recurring);
        Assert.Null(Task(Plan, task).DueDate);
    }

    [Fact]
    public void A_task_without_a_date_has_none_and_is_not_recurring()
    {
        Assert.Null(Task(Plan, "Chuẩn bị khánh tiết").DueDate);
        Assert.False(Task(Plan, "Chuẩn bị khánh tiết").Recurring);
    }

    [Fact]
    public void A_deadline_on_its_own_line_belongs_to_the_task_above()
    {
        Assert.Equal(new DateOnly(2018, 12, 25), Task(Plan, "Lập dự toán kinh phí").DueDate);
        Assert.DoesNotContain(Plan.Units.SelectMany(u => u.Tasks), t => t.Description.StartsWith("Thời hạn", StringComparison.Ordinal));
    }

    [Fact]
    public void A_plan_issued_in_december_reads_a_january_deadline_in_the_next_year()
    {
        var plan = Read("Hải Dương, ngày 10 tháng 12 năm 2024\nKẾ HOẠCH\nTổ chức Tết\n\nII. TỔ CHỨC THỰC HIỆN\n- Phòng Hành chính: mua quà Tết xong trước 20/01.");
        Assert.Equal(new DateOnly(2025, 1, 20), Task(plan, "Mua quà Tết").DueDate);
    }
}
