using PlanBot.Core.Import;
using PlanBot.Core.Plans;

namespace PlanBot.Tests.Import;

/// <summary>The shapes of a province's or ministry's programme plan (issue 17), each in a few lines.</summary>
public sealed class LongPlanShapeTests
{
    private const string Head = "UBND TỈNH TUYÊN QUANG\nSố: 28/KH-UBND\nTuyên Quang, ngày 10 tháng 02 năm 2025\n\nKẾ HOẠCH\nPhổ biến pháp luật năm 2025\n\n";

    private static PlanDocument Read(string body) => PlanTextParser.Parse(Head + body).Plan!;

    private static IReadOnlyList<PlanTaskItem> Tasks(PlanDocument plan, string unit) =>
        Assert.Single(plan.Units, u => u.Unit == unit).Tasks;

    [Fact]
    public void Duties_of_several_sentences_and_lines_under_a_body_heading_are_one_task_each_with_their_whole_text()
    {
        var plan = Read("""
            V. TỔ CHỨC THỰC HIỆN
            1. Ban Dân tộc tỉnh
            a) Là cơ quan thường trực, chủ trì tổ chức triển khai Kế hoạch này. Hướng dẫn
            UBND các huyện, thành phố xây dựng kế hoạch cụ thể của địa phương.
            b) Lựa chọn danh mục văn bản cần phổ biến, hoàn thành trong Quý
            I/2025.
            2. Sở Tư pháp
            Hướng dẫn nghiệp vụ cho đội ngũ báo cáo viên, tuyên truyền viên pháp luật ở
            cơ sở; tổng hợp kết quả trước ngày 15/12/2025.
            """);
        Assert.Equal(
            ["Là cơ quan thường trực, chủ trì tổ chức triển khai Kế hoạch này. Hướng dẫn UBND các huyện, thành phố xây dựng kế hoạch cụ thể của địa phương",
             "Lựa chọn danh mục văn bản cần phổ biến, hoàn thành trong Quý I/2025"],
            Tasks(plan, "Ban Dân tộc tỉnh").Select(t => t.Description));
        Assert.Equal(new DateOnly(2025, 3, 31), Tasks(plan, "Ban Dân tộc tỉnh")[1].DueDate);
        Assert.Equal(new DateOnly(2025, 12, 15), Assert.Single(Tasks(plan, "Sở Tư pháp")).DueDate);
    }

    [Fact]
    public void A_body_named_by_its_heads_title_is_the_body()
    {
        var plan = Read("""
            V. TỔ CHỨC THỰC HIỆN
            1. Giám đốc Sở Tài chính
            Bố trí kinh phí thực hiện Kế hoạch.
            2. Chủ tịch UBND các xã, phường
            - Xây dựng kế hoạch của địa phương;
            - Báo cáo kết quả trước ngày 30/11/2025.
            """);
        Assert.Equal(["Sở Tài chính", "UBND các xã, phường"], plan.Units.Select(u => u.Unit));
        Assert.Equal(2, Tasks(plan, "UBND các xã, phường").Count);
    }

    [Fact]
    public void The_lead_in_brackets_at_the_end_of_a_task_gives_its_unit_coordinating_bodies_and_deadline()
    {
        var plan = Read("""
            III. NỘI DUNG, NHIỆM VỤ
            1. Biên soạn tài liệu
            a) Biên soạn sổ tay hỏi - đáp pháp luật cho các thôn đặc biệt khó khăn (Ban Dân
            tộc tỉnh chủ trì, phối hợp với Sở Tư pháp; thời gian: Quý II/2025).
            b) Nâng cao nhận thức của đồng bào về pháp luật.
            """);
        var task = Assert.Single(Tasks(plan, "Ban Dân tộc tỉnh"));
        Assert.Equal("Biên soạn sổ tay hỏi - đáp pháp luật cho các thôn đặc biệt khó khăn", task.Description);
        Assert.Equal(["Sở Tư pháp"], task.Coordinating);
        Assert.Equal(new DateOnly(2025, 6, 30), task.DueDate);
        Assert.Single(plan.Units);
    }

    [Fact]
    public void The_lead_named_after_a_list_takes_every_item_of_the_list()
    {
        var plan = Read("""
            III. NHIỆM VỤ VÀ GIẢI PHÁP
            1. Nhóm giải pháp về hạ tầng
            - Nâng cấp tuyến đường trục xã;
            - Cải tạo chợ trung tâm;
            giao Phòng Kinh tế và Hạ tầng chủ trì thực hiện.
            2. Nhóm giải pháp về y tế
            a) Sở Y tế chủ trì, phối hợp với UBND các huyện nâng cao chất lượng khám bệnh.
            b) Tăng cường truyền thông về phòng bệnh.
            """);
        Assert.Equal(["Nâng cấp tuyến đường trục xã", "Cải tạo chợ trung tâm"], Tasks(plan, "Phòng Kinh tế và Hạ tầng").Select(t => t.Description));
        // In the duties a sentence that names its body keeps its whole text; a duty that names none is the province's own.
        Assert.Equal("Sở Y tế chủ trì, phối hợp với UBND các huyện nâng cao chất lượng khám bệnh", Assert.Single(Tasks(plan, "Sở Y tế")).Description);
        Assert.Equal(2, plan.Units.Count);
    }

    [Fact]
    public void A_header_flattened_with_pipes_gives_issuer_number_place_and_date()
    {
        var plan = PlanTextParser.Parse("""
            ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |
            Số: 28/KH-UBND | Tuyên Quang, ngày 10 tháng 02 năm 2025 |

            KẾ HOẠCH
            Phổ biến pháp luật năm 2025

            V. TỔ CHỨC THỰC HIỆN
            1. Sở Tư pháp: hướng dẫn nghiệp vụ cho báo cáo viên.
            """).Plan!;
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG", plan.Issuer);
        Assert.Equal("28/KH-UBND", plan.Number);
        Assert.Equal("Tuyên Quang", plan.IssuePlace);
        Assert.Equal("10/02/2025", plan.IssueDate?.ToString());
    }
}
