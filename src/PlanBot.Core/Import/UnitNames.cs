using System.Text.RegularExpressions;

namespace PlanBot.Core.Import;

/// <summary>
/// Tells a responsible unit from a task in the implementation section: unit names start with an
/// organisational word ("Văn phòng Sở", "Phòng Quản lý khoa học", "Các phòng, đơn vị thuộc Sở"),
/// and the task begins at the first lower-case verb ("… phối hợp Văn phòng Sở triển khai …").
/// </summary>
public static partial class UnitNames
{
    private static readonly string[] UnitWords =
    [
        "van phong", "phong", "ban", "so", "trung tam", "cong doan", "doan", "chi cuc", "cuc", "hoi", "hoi dong",
        "ubnd", "uy ban", "truong", "nha truong", "to", "khoa", "bo phan", "dai", "bao", "cong an", "thanh tra",
        "chi bo", "dang uy", "vien", "benh vien", "doi", "lanh dao", "giam doc", "pho giam doc", "chanh van phong",
        "ke toan", "tieu ban", "hieu truong", "pho hieu truong", "giao vien", "cong ty", "chi nhanh", "thu truong",
        "bch", "ban chap hanh", "chi doan", "kho bac", "bo", "huyen", "xa", "phuong", "thanh doan", "tinh doan",
        "hoi phu nu", "mat tran", "quy", "ttyt", "ban to chuc", "can bo", "to truong", "bo mon",
    ];

    private static readonly string[] PluralUnitWords =
    [
        "phong", "don vi", "so", "ban", "nganh", "truong", "to", "doan the", "thanh vien", "co quan", "huyen",
        "dia phuong", "khoa", "bo phan", "chi bo", "xa", "hoi", "tieu ban", "dong chi", "trung tam", "to chuc",
    ];

    private static readonly string[] NotUnits = ["to chuc", "ban hanh", "bao cao", "bao dam", "hoi nghi", "hoi thao", "xa hoi", "so luong", "bo tri", "bo sung", "to trinh"];

    /// <summary>The unit named at the start of a heading or sentence, or null when it does not start with one.</summary>
    public static string? Extract(string head) => Split(head).Unit;

    /// <summary>Splits "Các phòng … phối hợp Văn phòng Sở triển khai …" into the unit and the task that follows.</summary>
    public static (string? Unit, string Task) Split(string sentence)
    {
        var text = LeadIn().Replace(sentence.Trim(), "").Trim();
        var verb = Verb().Match(text);
        var unitPart = verb.Success ? text[..verb.Index] : text;
        var task = verb.Success ? VietnameseText.CleanItem(text[verb.Index..]) : "";
        unitPart = Parenthetical().Replace(unitPart, "").Trim().TrimEnd(',', ';', ':', '-', '–').Trim();
        if (!StartsWithUnitWord(unitPart) || unitPart.Split(' ').Length > 14) return (null, VietnameseText.CleanItem(sentence));
        return (unitPart, VietnameseText.Capitalize(task));
    }

    public static bool StartsWithUnitWord(string text)
    {
        var folded = VietnameseText.Fold(text);
        if (NotUnits.Any(n => StartsWithWord(folded, n))) return false;
        if (StartsWithWord(folded, "cac")) return PluralUnitWords.Concat(UnitWords).Any(w => StartsWithWord(folded[4..], w));
        return UnitWords.Any(w => StartsWithWord(folded, w));
    }

    private static bool StartsWithWord(string folded, string word) =>
        folded.StartsWith(word, StringComparison.Ordinal) && (folded.Length == word.Length || !char.IsLetterOrDigit(folded[word.Length]));

    // Phrases that come before the unit: "Căn cứ Kế hoạch này, …", "Giao …", "Đề nghị …".
    [GeneratedRegex(@"^(?:Căn cứ (?:nội dung )?(?:[Kk]ế hoạch|[Cc]hương trình)(?: này)?,?\s*|Giao(?: cho)?\s+|Đề nghị\s+|Yêu cầu\s+|Trách nhiệm của\s+|Nhiệm vụ của\s+)+")]
    private static partial Regex LeadIn();

    // Verbs that begin the task; lower case only, so "Phòng Tổ chức cán bộ" keeps its "Tổ chức".
    [GeneratedRegex(@"(?<=\S)\s+(?=(?:chủ trì|thực hiện|phối hợp|có trách nhiệm|chịu trách nhiệm|chuẩn bị|xây dựng|tham mưu|báo cáo|triển khai|bố trí|đảm nhận|đảm nhiệm|đảm bảo|bảo đảm|tổ chức|gửi|hoàn thành|theo dõi|cử|phụ trách|lập|dự thảo|rà soát|tổng hợp|liên hệ|đăng tải|in ấn|mời|thông báo|hướng dẫn|cung cấp|kiểm tra|trang trí|tuyên truyền|đôn đốc|là đầu mối|làm đầu mối|nghiên cứu|giúp|viết|soạn|trình|quán triệt|tiếp nhận|đưa tin|phân công|lựa chọn|đề xuất|lo|sắp xếp|huy động|vận động|quản lý việc|chỉ đạo|cân đối|bổ sung|rà soát|phân bổ|tiếp đón|đón tiếp)(?:\s|$|,|:))")]
    private static partial Regex Verb();

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Parenthetical();
}
