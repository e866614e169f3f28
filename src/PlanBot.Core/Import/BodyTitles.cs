using System.Text.RegularExpressions;

namespace PlanBot.Core.Import;

/// <summary>
/// A body named by its head's title stands for the body: "Giám đốc Sở Nông nghiệp và Môi trường" → "Sở Nông nghiệp
/// và Môi trường", "Chủ tịch UBND các xã, phường" → "UBND các xã, phường", "Thủ trưởng các phòng, ban" → "Các
/// phòng, ban". A person's post as the lead keeps the post, without "Đồng chí": "Phó Chủ tịch UBND huyện …".
/// </summary>
internal static partial class BodyTitles
{
    public static string Body(string unit)
    {
        var name = Comrade().Replace(unit.Trim(), "");
        var m = HeadTitle().Match(name);
        if (!m.Success) return name;
        var rest = name[m.Length..].Trim();
        // Only when a body's name follows: "Giám đốc" alone, or "Chủ tịch phụ trách …", stays as written.
        return rest.Length > 0 && UnitNames.StartsWithUnitWord(rest) ? VietnameseText.Capitalize(rest) : name;
    }

    private static readonly Regex HeadTitlePattern = VietnameseText.Loose(
        @"^(?:Tổng Giám đốc|Giám đốc|Chủ tịch|Thủ trưởng|Chỉ huy trưởng|Chánh Văn phòng(?=\s+(?:UBND|Ủy ban|Đoàn|HĐND|Hội đồng))|Chánh|Trưởng ban(?=\s+(?:Quản lý|Dân tộc|Tuyên giáo|Tổ chức))|Trưởng|Cục trưởng|Chi cục trưởng|Vụ trưởng|Hiệu trưởng)\s+(?=\S)");

    private static Regex HeadTitle() => HeadTitlePattern;

    private static readonly Regex ComradePattern = VietnameseText.Loose(@"^(?:Đồng chí|đồng chí|Đ/c|đ/c)\s+");

    private static Regex Comrade() => ComradePattern;
}
