using System.Globalization;
using System.Text;
using PlanBot.Core.Assignments;
using PlanBot.Core.Plans;

namespace PlanBot.Testing;

/// <summary>
/// Plans at the size of a province, generated: N units, tasks spread over them with one unit holding many, long
/// Vietnamese task texts (~150 characters), mixed statuses with blocked notes and overdue tasks.
/// </summary>
public static class LargePlans
{
    public static readonly IReadOnlyList<string> Departments =
    [
        "Văn phòng UBND tỉnh", "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Nội vụ", "Sở Tư pháp", "Sở Công Thương", "Sở Xây dựng",
        "Sở Giao thông vận tải", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Thông tin và Truyền thông", "Sở Tài nguyên và Môi trường",
        "Sở Nông nghiệp và Phát triển nông thôn", "Sở Lao động - Thương binh và Xã hội", "Sở Văn hóa, Thể thao và Du lịch",
        "Sở Khoa học và Công nghệ", "Sở Ngoại vụ", "Ban Dân tộc tỉnh", "Thanh tra tỉnh", "Công an tỉnh",
    ];

    /// <summary>The units' names: the provincial departments, then districts.</summary>
    public static string UnitName(int i) => i < Departments.Count ? Departments[i] : $"UBND huyện Số {i - Departments.Count + 1}";

    /// <summary>About 150 characters of Vietnamese, as a provincial plan writes a task; every third has a due date.</summary>
    public static string TaskText(int unit, int task) =>
        $"Xây dựng kế hoạch chi tiết triển khai nhiệm vụ {task + 1} về chuyển đổi số trong lĩnh vực quản lý nhà nước của đơn vị {unit + 1}, tổng hợp báo cáo kết quả thực hiện"
        + (task % 3 == 0 ? " trước ngày 20/12/2026" : "");

    /// <summary>How many tasks each unit gets: <paramref name="bigUnit"/> tasks for the second unit, the rest spread evenly.</summary>
    public static int[] Spread(int units, int tasks, int bigUnit)
    {
        var counts = new int[units];
        if (units == 1) return [tasks];
        counts[1] = Math.Min(bigUnit, tasks - (units - 1));
        var rest = tasks - counts[1];
        var others = Enumerable.Range(0, units).Where(i => i != 1).ToList();
        for (var k = 0; k < others.Count; k++) counts[others[k]] = rest / others.Count + (k < rest % others.Count ? 1 : 0);
        return counts;
    }

    /// <summary>The plan as an organizer pastes it: the shape of the corpus' "N. Unit:" headings with "- task" bullets.</summary>
    public static string Text(int units, int tasks, int bigUnit)
    {
        var counts = Spread(units, tasks, bigUnit);
        var text = new StringBuilder();
        text.AppendLine("UBND TỈNH BẮC GIANG").AppendLine().AppendLine("Số: 215/KH-UBND").AppendLine().AppendLine("Bắc Giang, ngày 02 tháng 11 năm 2026").AppendLine();
        text.AppendLine("KẾ HOẠCH").AppendLine("Triển khai chuyển đổi số trong các cơ quan nhà nước tỉnh Bắc Giang năm 2027").AppendLine();
        text.AppendLine("I. MỤC ĐÍCH, YÊU CẦU").AppendLine().AppendLine("Đẩy mạnh chuyển đổi số, nâng cao hiệu quả quản lý nhà nước.").AppendLine();
        text.AppendLine("II. THỜI GIAN, ĐỊA ĐIỂM").AppendLine().AppendLine("1. Thời gian: ngày 15/01/2027").AppendLine().AppendLine("2. Địa điểm: Hội trường UBND tỉnh.").AppendLine();
        text.AppendLine("IV. TỔ CHỨC THỰC HIỆN").AppendLine();
        for (var u = 0; u < units; u++)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{u + 1}. {UnitName(u)}:").AppendLine();
            for (var k = 0; k < counts[u]; k++) text.AppendLine(CultureInfo.InvariantCulture, $"- {TaskText(u, k)}.");
            text.AppendLine();
        }
        text.AppendLine("Nơi nhận:").AppendLine().AppendLine("- Các sở, ban, ngành;").AppendLine("- Lưu: VT.").AppendLine();
        text.AppendLine("CHỦ TỊCH").AppendLine().AppendLine("Nguyễn Văn Lâm");
        return text.ToString();
    }

    /// <summary>The same plan as read, with lines not understood and tasks coordinated by other units.</summary>
    public static PlanDocument Document(int units, int tasks, int bigUnit, int notUnderstood = 0)
    {
        var counts = Spread(units, tasks, bigUnit);
        return new PlanDocument
        {
            Title = "KẾ HOẠCH Triển khai chuyển đổi số trong các cơ quan nhà nước tỉnh Bắc Giang năm 2027",
            Number = "215/KH-UBND",
            Issuer = "UBND TỈNH BẮC GIANG",
            Event = new EventSchedule(new DateOnly(2027, 1, 15), null, null, null, null, false),
            Venue = "Hội trường UBND tỉnh",
            Participants = Enumerable.Range(0, 30).Select(i => $"Đại diện lãnh đạo {UnitName(i)}").ToList(),
            Units = Enumerable.Range(0, units).Select(u => new UnitTasks(UnitName(u), Enumerable.Range(0, counts[u]).Select(k => new PlanTaskItem(TaskText(u, k), k % 3 == 0 ? new DateOnly(2026, 12, 20) : null)
            {
                Coordinating = k % 4 == 0 ? [UnitName((u + 1) % units), UnitName((u + 2) % units)] : [],
                Recurring = k % 7 == 6,
            }).ToList())).ToList(),
            Recipients = Enumerable.Range(0, units).Select(UnitName).ToList(),
            Signer = new Signer("CHỦ TỊCH", "Nguyễn Văn Lâm"),
            NotUnderstood = Enumerable.Range(0, notUnderstood).Select(i => $"Dòng {i + 1}: các đơn vị chủ động bố trí kinh phí, nhân lực và cơ sở vật chất để bảo đảm thực hiện hiệu quả các nội dung của kế hoạch trong năm").ToList(),
        };
    }

    /// <summary>When saved plans were saved, unless told: the card samples' "now".</summary>
    public static readonly DateTimeOffset SavedAt = new(2026, 11, 25, 6, 30, 0, TimeSpan.Zero);

    /// <summary>The plan saved, with ids, and its tasks in every state: done, in progress, blocked with a long note, overdue.</summary>
    public static Plan Saved(int units, int tasks, int bigUnit, int notUnderstood = 0, DateTimeOffset? savedAt = null) =>
        Saved(Document(units, tasks, bigUnit, notUnderstood), savedAt);

    /// <summary>A plan as read, saved as <see cref="Saved(int, int, int, int, DateTimeOffset?)"/> saves it.</summary>
    public static Plan Saved(PlanDocument document, DateTimeOffset? savedAt = null)
    {
        var plan = Plan.FromDocument(document, "tenant", "user-1", "Alex", "conv-1", "http://localhost/", savedAt ?? SavedAt);
        plan.Id = 7;
        var next = 1000;
        foreach (var unit in plan.Units)
        {
            unit.Id = next++;
            foreach (var task in unit.Tasks) task.Id = next++;
        }
        var i = 0;
        foreach (var task in plan.Tasks)
        {
            switch (i++ % 5)
            {
                case 0:
                    task.Status = WorkStatus.Done;
                    task.Percent = 100;
                    break;
                case 1:
                    task.Status = WorkStatus.InProgress;
                    task.Percent = 40;
                    task.Note = "Đang tổng hợp số liệu của các phòng chuyên môn, dự kiến hoàn thành trong tháng tới";
                    break;
                case 2:
                    task.Status = WorkStatus.Blocked;
                    task.Note = string.Concat(Enumerable.Repeat("Chưa được bố trí kinh phí, đang chờ ý kiến chỉ đạo của lãnh đạo tỉnh. ", 14)); // ~1,000 characters, the most a note holds
                    break;
            }
        }
        return plan;
    }

    public static UnitPerson Person(int i) => new($"aad-person-{i:D3}-0000-0000-0000-000000000000", $"Nguyễn Thị Phương Thảo {i}");

    /// <summary>Two people per unit assigned, as an organisation has them.</summary>
    public static List<UnitMember> Members(Plan plan) => plan.Units.SelectMany((u, i) => new[]
    {
        new UnitMember { TenantId = "tenant", UnitKey = UnitMember.KeyOf(u.Name), UnitName = u.Name, UserId = Person(2 * i).Id, UserName = Person(2 * i).Name, Role = UnitRole.Responsible },
        new UnitMember { TenantId = "tenant", UnitKey = UnitMember.KeyOf(u.Name), UnitName = u.Name, UserId = Person(2 * i + 1).Id, UserName = Person(2 * i + 1).Name, Role = UnitRole.Deputy },
    }).ToList();

    public sealed record UnitPerson(string Id, string Name);
}
