using PlanBot.Core.Import;
using PlanBot.Core.Localization;
using static PlanBot.Tests.Import.PlanText;

namespace PlanBot.Tests.Import;

/// <summary>What is recognisably a plan is taken as one, even without an implementation section.</summary>
public sealed class PlanAcceptanceTests
{
    [Fact]
    public void Sentence_case_title_is_a_plan_and_the_unit_at_the_start_of_a_sentence_is_found()
    {
        var plan = Read("""
            TRƯỜNG THPT NGUYỄN DU
            Số: 45/KH-THPTND
            Quận 1, ngày 20 tháng 8 năm 2024

            Kế hoạch tổ chức Lễ khai giảng năm học 2024 - 2025

            I. MỤC ĐÍCH, YÊU CẦU
            Tạo không khí phấn khởi cho học sinh.
            II. THỜI GIAN, ĐỊA ĐIỂM
            - Thời gian: 7h00 ngày 05/9/2024 (thứ Năm)
            - Địa điểm: Sân trường
            III. TỔ CHỨC THỰC HIỆN
            1. Đoàn trường: chuẩn bị chương trình văn nghệ chào mừng.
            2. Thư viện tham mưu với Ban Giám hiệu chuẩn bị sách tặng học sinh.
            """);
        Assert.Equal("Tổ chức Lễ khai giảng năm học 2024 - 2025", plan.Title);
        Assert.Equal("45/KH-THPTND", plan.Number);
        Assert.Equal(new DateOnly(2024, 9, 5), plan.Event?.StartDate);
        Assert.Equal(new TimeOnly(7, 0), plan.Event?.StartTime);
        Assert.Equal("Sân trường", plan.Venue);
        Assert.Equal(["Chuẩn bị chương trình văn nghệ chào mừng"], Unit(plan, "Đoàn trường").Tasks.Select(t => t.Description));
        Assert.Equal(["Tham mưu với Ban Giám hiệu chuẩn bị sách tặng học sinh"], Unit(plan, "Thư viện").Tasks.Select(t => t.Description));
    }

    [Fact]
    public void Subject_line_v_v_with_time_and_venue_is_a_plan_without_tasks()
    {
        var plan = Read("""
            UBND XÃ AN BÌNH
            Số: 12/KH-UBND
            An Bình, ngày 03 tháng 3 năm 2025
            V/v tổ chức ra quân vệ sinh môi trường

            Thời gian: 7 giờ 30 ngày 15/3/2025
            Địa điểm: Trụ sở UBND xã
            Thành phần: Cán bộ, công chức xã; các chi hội
            """);
        Assert.Equal("Tổ chức ra quân vệ sinh môi trường", plan.Title);
        Assert.Equal(new DateOnly(2025, 3, 15), plan.Event?.StartDate);
        Assert.Equal(new TimeOnly(7, 30), plan.Event?.StartTime);
        Assert.Equal("Trụ sở UBND xã", plan.Venue);
        Assert.Equal(["Cán bộ, công chức xã", "các chi hội"], plan.Participants);
        Assert.Equal(0, plan.TaskCount);
    }

    [Fact]
    public void Upper_case_title_without_implementation_section_is_saved_with_no_tasks()
    {
        var plan = Read("""
            KẾ HOẠCH
            Tổ chức hội nghị giao ban quý I năm 2025

            1. Thời gian: 14h00 ngày 28/3/2025
            2. Địa điểm: Phòng họp tầng 2
            """);
        Assert.Equal("Tổ chức hội nghị giao ban quý I năm 2025", plan.Title);
        Assert.Equal("Phòng họp tầng 2", plan.Venue);
        Assert.Empty(plan.Units);
    }

    [Fact]
    public void Time_venue_and_participants_alone_make_a_plan_named_by_its_first_line()
    {
        var plan = Read("""
            Tổ chức gặp mặt cán bộ hưu trí nhân dịp Tết
            Thời gian: 9 giờ ngày 20/01/2025
            Địa điểm: Hội trường cơ quan
            Thành phần: Cán bộ hưu trí của cơ quan
            """);
        Assert.Equal("Tổ chức gặp mặt cán bộ hưu trí nhân dịp Tết", plan.Title);
        Assert.Equal(new TimeOnly(9, 0), plan.Event?.StartTime);
        Assert.Equal(["Cán bộ hưu trí của cơ quan"], plan.Participants);
    }

    [Fact]
    public void Text_without_any_plan_marker_is_refused_naming_what_was_looked_for()
    {
        var result = PlanImporter.FromText("Ghi chú cuộc họp\n- mua nước\n- in tài liệu\n- gọi điện cho kế hoạch tuần sau");
        Assert.Equal([ImportProblem.NoPlanMarkers], result.Problems);
        var vi = Texts.Vi.Problem(ImportProblem.NoPlanMarkers);
        Assert.Contains("KẾ HOẠCH", vi, StringComparison.Ordinal);
        Assert.Contains("V/v", vi, StringComparison.Ordinal);
        Assert.Contains("thời gian", vi, StringComparison.Ordinal);
        Assert.Contains("địa điểm", vi, StringComparison.Ordinal);
        Assert.Contains("time", Texts.En.Problem(ImportProblem.NoPlanMarkers), StringComparison.Ordinal);
    }

    [Fact]
    public void Implementation_section_that_names_no_unit_keeps_the_plan_and_lists_its_lines()
    {
        var plan = Read("KẾ HOẠCH\nTổ chức ngày hội\n\nI. MỤC ĐÍCH\nVui chơi.\n\nII. TỔ CHỨC THỰC HIỆN\nMọi người cùng cố gắng.");
        Assert.Empty(plan.Units);
        Assert.Equal(["Mọi người cùng cố gắng."], plan.NotUnderstood);
    }
}
