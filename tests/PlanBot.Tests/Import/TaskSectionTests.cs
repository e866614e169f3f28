using static PlanBot.Tests.Import.PlanText;

namespace PlanBot.Tests.Import;

/// <summary>Units, lead and coordinating units, and lines that did not become a task.</summary>
public sealed class TaskSectionTests
{
    private const string Head = "UBND TỈNH BẮC GIANG\nSố: 88/KH-UBND\nBắc Giang, ngày 10 tháng 01 năm 2025\n\nKẾ HOẠCH\nThực hiện Chương trình hành động về phòng, chống tác hại của thuốc lá năm 2025\n\n";

    [Fact]
    public void Units_are_found_from_headings_whatever_their_head_word_and_the_title_survives()
    {
        var plan = Read(Head + """
            I. TỔ CHỨC THỰC HIỆN
            1. Sở Y tế:
            - Chủ trì tổng hợp kết quả thực hiện, báo cáo UBND tỉnh.
            2. Liên đoàn Lao động tỉnh:
            - Tuyên truyền đến đoàn viên công đoàn về tác hại của thuốc lá.
            - Xây dựng nơi làm việc không khói thuốc.
            3. Ngân hàng Nhà nước chi nhánh tỉnh:
            - Chỉ đạo các tổ chức tín dụng treo biển cấm hút thuốc.
            4. Bảo hiểm xã hội tỉnh: Phổ biến quy định đến người lao động.
            5. Kho bạc Nhà nước tỉnh: Bố trí khu vực cấm hút thuốc tại trụ sở.
            6. Tỉnh đoàn: Tổ chức hoạt động cho đoàn viên thanh niên.
            7. Bộ Chỉ huy Quân sự tỉnh chủ trì tuyên truyền trong lực lượng vũ trang.
            8. Hội Liên hiệp Phụ nữ tỉnh vận động hội viên không hút thuốc.
            9. Báo Bắc Giang, Đài Phát thanh và Truyền hình tỉnh: Đưa tin về các hoạt động.
            10. Chi cục An toàn vệ sinh thực phẩm: Kiểm tra các cơ sở kinh doanh.
            """);
        Assert.Equal("Thực hiện Chương trình hành động về phòng, chống tác hại của thuốc lá năm 2025", plan.Title);
        Assert.Equal(2, Unit(plan, "Liên đoàn Lao động tỉnh").Tasks.Count);
        Assert.Equal(["Chỉ đạo các tổ chức tín dụng treo biển cấm hút thuốc"], Unit(plan, "Ngân hàng Nhà nước chi nhánh tỉnh").Tasks.Select(t => t.Description));
        Assert.Single(Unit(plan, "Bảo hiểm xã hội tỉnh").Tasks);
        Assert.Single(Unit(plan, "Kho bạc Nhà nước tỉnh").Tasks);
        Assert.Single(Unit(plan, "Tỉnh đoàn").Tasks);
        Assert.Equal(["Chủ trì tuyên truyền trong lực lượng vũ trang"], Unit(plan, "Bộ Chỉ huy Quân sự tỉnh").Tasks.Select(t => t.Description));
        Assert.Single(Unit(plan, "Hội Liên hiệp Phụ nữ tỉnh").Tasks);
        Assert.Single(Unit(plan, "Báo Bắc Giang, Đài Phát thanh và Truyền hình tỉnh").Tasks);
        Assert.Single(Unit(plan, "Chi cục An toàn vệ sinh thực phẩm").Tasks);
        Assert.Equal(10, plan.Units.Count);
        Assert.Empty(plan.NotUnderstood);
    }

    [Fact]
    public void Abbreviated_units_and_units_without_a_known_head_word_are_found_from_the_sentence()
    {
        var plan = Read(Head + """
            III. PHÂN CÔNG NHIỆM VỤ
            - BGH: chỉ đạo chung, phân công nhiệm vụ cho các bộ phận.
            - TPT Đội: xây dựng chương trình hoạt động ngoài giờ.
            - Phòng KHTH chủ trì tổng hợp số liệu.
            - CĐT phối hợp với Khoa Dược kiểm tra thuốc tồn kho.
            - Thư viện tham mưu với Ban Giám hiệu bổ sung đầu sách.
            - Đảng ủy Khối các cơ quan tỉnh có trách nhiệm quán triệt đến chi bộ trực thuộc.
            - Công an tỉnh bảo đảm an ninh trật tự.
            - Bệnh viện Đa khoa tỉnh có trách nhiệm bố trí xe cứu thương.
            - Trung tâm Y tế huyện thực hiện tiêm chủng.
            - Viện Kiểm sát nhân dân tỉnh chỉ đạo kiểm sát việc xử lý vi phạm.
            """);
        Assert.Single(Unit(plan, "BGH").Tasks);
        Assert.Single(Unit(plan, "TPT Đội").Tasks);
        Assert.Single(Unit(plan, "Phòng KHTH").Tasks);
        Assert.Equal(["Khoa Dược"], Task(plan, "Phối hợp với Khoa Dược").Coordinating);
        Assert.Single(Unit(plan, "CĐT").Tasks);
        Assert.Single(Unit(plan, "Thư viện").Tasks);
        Assert.Single(Unit(plan, "Đảng ủy Khối các cơ quan tỉnh").Tasks);
        Assert.Single(Unit(plan, "Công an tỉnh").Tasks);
        Assert.Single(Unit(plan, "Bệnh viện Đa khoa tỉnh").Tasks);
        Assert.Single(Unit(plan, "Trung tâm Y tế huyện").Tasks);
        Assert.Single(Unit(plan, "Viện Kiểm sát nhân dân tỉnh").Tasks);
    }

    [Fact]
    public void Lead_and_coordinating_units_are_kept_apart()
    {
        var plan = Read(Head + """
            IV. TỔ CHỨC THỰC HIỆN
            1. Văn phòng Sở chủ trì, phối hợp với Phòng Kế hoạch - Tài chính và Công đoàn Sở chuẩn bị hội trường.
            2. Công tác khánh tiết được Phòng Hành chính phối hợp với Phòng Quản trị thực hiện.
            3. Phòng Tổ chức cán bộ phối hợp cùng Đoàn Thanh niên, Hội Cựu chiến binh lập danh sách khen thưởng.
            """);
        var hall = Task(plan, "Chủ trì, phối hợp với Phòng Kế hoạch");
        Assert.Equal(["Phòng Kế hoạch - Tài chính", "Công đoàn Sở"], hall.Coordinating);
        Assert.Contains(hall, Unit(plan, "Văn phòng Sở").Tasks);
        var decoration = Assert.Single(Unit(plan, "Phòng Hành chính").Tasks);
        Assert.Equal(["Phòng Quản trị"], decoration.Coordinating);
        Assert.StartsWith("Công tác khánh tiết", decoration.Description, StringComparison.Ordinal);
        Assert.Equal(["Đoàn Thanh niên", "Hội Cựu chiến binh"], Unit(plan, "Phòng Tổ chức cán bộ").Tasks.Single().Coordinating);
        Assert.DoesNotContain(plan.Units, u => u.Unit is "Phòng Quản trị" or "Công đoàn Sở");
    }

    [Fact]
    public void Every_line_of_the_implementation_section_that_is_no_task_is_listed_as_not_understood()
    {
        var plan = Read(Head + """
            IV. TỔ CHỨC THỰC HIỆN
            1. Văn phòng Sở: chuẩn bị hội trường.
            Kế hoạch này được phổ biến đến toàn thể cán bộ.
            Trong quá trình thực hiện, nếu có vướng mắc, kịp thời báo cáo.
            STT | Nội dung | Đơn vị chủ trì | Thời hạn
            1 | In giấy mời | Văn phòng Sở | 20/01/2025
            2 | Liên hệ báo chí |  | 
            3 |  | Phòng Kế hoạch | 25/01/2025
            """);
        Assert.Equal(["Chuẩn bị hội trường", "In giấy mời", "Liên hệ báo chí"], Unit(plan, "Văn phòng Sở").Tasks.Select(t => t.Description));
        Assert.Equal(
            ["Kế hoạch này được phổ biến đến toàn thể cán bộ.", "Trong quá trình thực hiện, nếu có vướng mắc, kịp thời báo cáo.", "3 |  | Phòng Kế hoạch | 25/01/2025"],
            plan.NotUnderstood);
    }

    [Fact]
    public void Appendix_task_table_after_the_signature_with_a_two_row_header_and_merged_cells_is_read()
    {
        var plan = Read(Head + """
            I. MỤC ĐÍCH
            Nâng cao nhận thức.
            II. TỔ CHỨC THỰC HIỆN
            Phân công cụ thể tại Phụ lục kèm theo.

            Nơi nhận:
            - Các sở, ngành;
            - Lưu: VT.
            TM. ỦY BAN NHÂN DÂN
            CHỦ TỊCH
            Nguyễn Văn Minh

            PHỤ LỤC PHÂN CÔNG NHIỆM VỤ
            (Kèm theo Kế hoạch số 88/KH-UBND ngày 10/01/2025)
            STT | Nội dung công việc | Đơn vị | | Thời gian hoàn thành
            | | Chủ trì | Phối hợp |
            1 | Xây dựng kế hoạch truyền thông | Sở Thông tin và Truyền thông | Sở Y tế; Báo Bắc Giang | Tháng 02/2025
            2 | Tổ chức lễ mít tinh | | Tỉnh đoàn | 31/5/2025
            3 | Kiểm tra việc thực hiện | Sở Y tế | Công an tỉnh, Sở Công Thương | Quý III/2025
            """);
        Assert.Equal(["Xây dựng kế hoạch truyền thông", "Tổ chức lễ mít tinh"], Unit(plan, "Sở Thông tin và Truyền thông").Tasks.Select(t => t.Description));
        Assert.Equal(["Sở Y tế", "Báo Bắc Giang"], Task(plan, "Xây dựng kế hoạch truyền thông").Coordinating);
        Assert.Equal(new DateOnly(2025, 2, 28), Task(plan, "Xây dựng kế hoạch truyền thông").DueDate);
        Assert.Equal(["Tỉnh đoàn"], Task(plan, "Tổ chức lễ mít tinh").Coordinating);
        Assert.Equal(new DateOnly(2025, 5, 31), Task(plan, "Tổ chức lễ mít tinh").DueDate);
        Assert.Equal(["Công an tỉnh", "Sở Công Thương"], Task(plan, "Kiểm tra việc thực hiện").Coordinating);
        Assert.Equal(new DateOnly(2025, 9, 30), Task(plan, "Kiểm tra việc thực hiện").DueDate);
        Assert.Equal("Nguyễn Văn Minh", plan.Signer?.Name);
        Assert.Equal(["Các sở, ngành", "Lưu: VT"], plan.Recipients);
        Assert.Equal(["Phân công cụ thể tại Phụ lục kèm theo."], plan.NotUnderstood);
    }
}
