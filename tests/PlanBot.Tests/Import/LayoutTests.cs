using static PlanBot.Tests.Import.PlanText;

namespace PlanBot.Tests.Import;

/// <summary>Layouts plans arrive in: header lines run together, labels above values, PDF copies, bullets of every kind.</summary>
public sealed class LayoutTests
{
    [Fact]
    public void Number_place_and_date_run_together_on_one_line_are_read_apart()
    {
        var plan = Read("""
            TRƯỜNG TIỂU HỌC NHÂN ĐẠO
            Số: 16/KH-THNĐ Nhân Đạo, ngày 19 tháng 03 năm 2018
            KẾ HOẠCH
            Tổ chức Ngày hội đọc sách
            I. THỜI GIAN, ĐỊA ĐIỂM
            1. Thời gian tổ chức:
            07 giờ 30 phút, ngày 26/3/2018
            2. Địa điểm:
            Sân trường Tiểu học Nhân Đạo
            """);
        Assert.Equal("16/KH-THNĐ", plan.Number);
        Assert.Equal("Nhân Đạo", plan.IssuePlace);
        Assert.Equal("19/03/2018", plan.IssueDate?.ToString());
        Assert.Equal("TRƯỜNG TIỂU HỌC NHÂN ĐẠO", plan.Issuer);
        Assert.Equal(new DateOnly(2018, 3, 26), plan.Event?.StartDate);
        Assert.Equal(new TimeOnly(7, 30), plan.Event?.StartTime);
        Assert.Equal("Sân trường Tiểu học Nhân Đạo", plan.Venue);
    }

    [Fact]
    public void Hard_line_wraps_and_glued_words_of_a_pdf_copy_are_mended()
    {
        var plan = Read("""
            KẾ HOẠCH
            Tổ chức Hội nghị tổng kết công tác
            năm 2024
            III. TỔ CHỨC THỰC HIỆN
            - Phòng Văn hóa và Thông tin chủ trì chuẩn bị
            nội dung tuyên truyền, trang trí khánh
            tiết.
            - Văn phòng HĐND và UBND huyệnphối hợp với Phòng Tài chínhbố trí kinh phí.
            """);
        Assert.Equal("Tổ chức Hội nghị tổng kết công tác năm 2024", plan.Title);
        Assert.Equal(["Chủ trì chuẩn bị nội dung tuyên truyền, trang trí khánh tiết"], Unit(plan, "Phòng Văn hóa và Thông tin").Tasks.Select(t => t.Description));
        var money = Assert.Single(Unit(plan, "Văn phòng HĐND và UBND huyện").Tasks);
        Assert.Equal(["Phòng Tài chính"], money.Coordinating);
        Assert.Empty(plan.NotUnderstood);
    }

    [Fact]
    public void A_plan_whose_font_lost_its_diacritics_is_still_read()
    {
        var plan = Read("""
            UY BAN NHAN DAN HUYEN TAN YEN
            So: 75/KH-UBND
            Tan Yen, ngay 02 thang 12 nam 2024
            KE HOACH
            To chuc Hoi nghi tong ket nam 2024
            I. THOI GIAN, DIA DIEM
            - Thoi gian: 8 gio 00 ngay 20/12/2024
            - Dia diem: Hoi truong tang 3
            II. TO CHUC THUC HIEN
            1. Van phong HDND va UBND huyen chu tri, phoi hop voi Phong Tai chinh chuan bi hoi truong.
            2. Phong Noi vu: tong hop danh sach khen thuong.
            """);
        Assert.Equal("To chuc Hoi nghi tong ket nam 2024", plan.Title);
        Assert.Equal("75/KH-UBND", plan.Number);
        Assert.Equal("02/12/2024", plan.IssueDate?.ToString());
        Assert.Equal(new DateOnly(2024, 12, 20), plan.Event?.StartDate);
        Assert.Equal(new TimeOnly(8, 0), plan.Event?.StartTime);
        Assert.Equal("Hoi truong tang 3", plan.Venue);
        Assert.Equal(["Phong Tai chinh"], Unit(plan, "Van phong HDND va UBND huyen").Tasks.Single().Coordinating);
        Assert.Single(Unit(plan, "Phong Noi vu").Tasks);
    }

    [Fact]
    public void Every_kind_of_bullet_and_lettered_items_become_tasks()
    {
        var plan = Read("""
            KẾ HOẠCH
            Tổ chức Hội khỏe Phù Đổng cấp trường
            IV. TỔ CHỨC THỰC HIỆN
            1. Tổ Thể dục:
            • Xây dựng điều lệ hội thi;
            – Chuẩn bị sân bãi;
            + Phân công trọng tài;
            * Tổng hợp kết quả.
            2. Các bộ phận khác
            a) Bộ phận Kế toán: dự trù kinh phí.
            b) Bộ phận Y tế: chuẩn bị tủ thuốc.
            c) Đoàn Thanh niên tuyên truyền, cổ vũ.
            """);
        Assert.Equal(["Xây dựng điều lệ hội thi", "Chuẩn bị sân bãi", "Phân công trọng tài", "Tổng hợp kết quả"], Unit(plan, "Tổ Thể dục").Tasks.Select(t => t.Description));
        Assert.Single(Unit(plan, "Bộ phận Kế toán").Tasks);
        Assert.Single(Unit(plan, "Bộ phận Y tế").Tasks);
        Assert.Single(Unit(plan, "Đoàn Thanh niên").Tasks);
    }
}
