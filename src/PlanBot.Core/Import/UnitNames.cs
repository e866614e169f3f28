using System.Text.RegularExpressions;

namespace PlanBot.Core.Import;

/// <summary>
/// Tells a unit's name from other words. A name starts with an organisational head word
/// ("Văn phòng Sở", "Liên đoàn Lao động tỉnh", "Các phòng, đơn vị thuộc Sở") or an abbreviation
/// ("BGH", "TPT Đội", "Phòng KHTH"); where the structure says a unit stands there ("N. X:"
/// headings, "X chủ trì / phối hợp / tham mưu …"), a capitalised name with a proper-noun part is one
/// too, whatever its head word. The task begins at the first lower-case verb.
/// </summary>
public static partial class UnitNames
{
    private static readonly string[] UnitWords =
    [
        "van phong", "phong", "ban", "so", "trung tam", "cong doan", "doan", "chi cuc", "cuc", "hoi", "hoi dong", "chi hoi",
        "ubnd", "uy ban", "hdnd", "truong", "nha truong", "to", "khoa", "bo phan", "dai", "bao", "cong an", "thanh tra",
        "chi bo", "dang uy", "dang bo", "dang doan", "vien", "benh vien", "doi", "lien doi", "chi doi", "lanh dao", "giam doc", "pho giam doc",
        "chanh van phong", "ke toan", "tieu ban", "hieu truong", "pho hieu truong", "giao vien", "cong ty", "tong cong ty", "chi nhanh",
        "thu truong", "bch", "ban chap hanh", "chi doan", "kho bac", "bo", "huyen", "xa", "phuong", "thanh doan", "tinh doan",
        "huyen doan", "hoi phu nu", "mat tran", "quy", "ttyt", "ban to chuc", "can bo", "to truong", "bo mon", "lien doan", "ngan hang",
        "bao hiem xa hoi", "bhxh", "thu vien", "bo chi huy", "ban chi huy", "chi huy", "toa an", "tram", "tram y te", "thuong truc",
        "nhom", "khoi", "phan hieu", "co so", "hop tac xa", "tap doan", "doanh nghiep", "bi thu", "pho bi thu", "chu tich", "pho chu tich",
        "truong phong", "pho truong phong", "truong ban", "truong khoa", "dieu duong truong", "giang vien", "bo doi bien phong",
        "vien kiem sat", "chi cuc thue", "kiem lam", "hat kiem lam", "dien luc", "cong ty dien luc", "buu dien", "ky tuc xa",
        "tong phu trach", "giao vien chu nhiem", "nhan vien", "y te truong", "thu quy", "van thu", "dai dien", "ban dai dien",
        "ban quan ly", "ban quan tri", "ban giam hieu", "ban giam doc", "ban thuong vu", "thuong vu", "uy ban kiem tra",
        "tong doi", "hoi dong nhan dan", "uy ban nhan dan", "cac thanh vien",
    ];

    private static readonly string[] PluralUnitWords =
    [
        "phong", "don vi", "so", "ban", "nganh", "truong", "to", "doan the", "thanh vien", "co quan", "huyen",
        "dia phuong", "khoa", "bo phan", "chi bo", "xa", "hoi", "tieu ban", "dong chi", "trung tam", "to chuc", "chi hoi",
        "lop", "chi doan", "doanh nghiep", "tram", "benh vien", "co so", "giao vien", "thon", "to dan pho", "phuong",
    ];

    private static readonly string[] NotUnits =
    [
        "to chuc", "ban hanh", "bao cao", "bao dam", "hoi nghi", "hoi thao", "hoi thi", "hoi dien", "hoi giang", "xa hoi", "so luong",
        "bo tri", "bo sung", "to trinh", "truong hop", "doi voi", "doi tuong", "doi moi", "dai bieu", "dai hoi", "bao ve", "cuc bo",
        "khoa hoc", "so ket", "bo nhiem", "hoi vien", "truong ban to chuc",
        // "1. Nhóm giải pháp về hạ tầng": a group of duties, not a team.
        "nhom giai phap", "nhom nhiem vu", "nhom tieu chi", "nhom chi tieu", "nhom hoat dong", "nhom noi dung",
    ];

    // Openings of topics and circumstances, never of a unit's name ("Công tác tuyên truyền", "Trong quá trình …").
    private static readonly string[] Topics =
    [
        "cong tac", "ve", "noi dung", "thoi gian", "dia diem", "kinh phi", "che do", "tien do", "yeu cau", "nhiem vu", "giai phap",
        "phan cong", "trach nhiem", "chuan bi", "hoat dong", "tuyen truyen", "kiem tra", "giai doan", "buoc", "phan", "muc", "luu y",
        "chuong trinh", "thanh phan", "hinh thuc", "chi tieu", "muc tieu", "muc dich", "ho so", "trong", "sau", "truoc", "khi", "neu",
        "tat ca", "toan the", "moi", "ke hoach", "quyet dinh", "thong bao", "le", "giai", "ngay", "thang", "nam", "tuan", "dot",
        "can cu", "thuc hien", "tren", "de", "nham", "theo", "tu", "den", "tai", "vao", "qua", "cac noi dung", "cac hoat dong",
        "cac van de", "viec", "nhung", "mot so", "khen thuong", "an ninh", "phuong an", "tong ket", "danh gia", "ket qua",
    ];

    /// <summary>The unit named at the start of a heading or sentence, or null when it does not start with one.</summary>
    public static string? Extract(string head) => Split(head).Unit;

    /// <summary>Splits "Các phòng … phối hợp Văn phòng Sở triển khai …" into the unit and the task that follows.</summary>
    public static (string? Unit, string Task) Split(string sentence)
    {
        var text = LeadIn().Replace(sentence.Trim(), "").Trim();
        // "Yêu cầu các cơ quan, đơn vị … nghiêm túc triển khai": said to everyone, no unit's task.
        if (text.Length < sentence.Trim().Length && VietnameseText.Fold(text).StartsWith("cac ", StringComparison.Ordinal)
            && AddressedToAll().IsMatch(sentence.Trim()))
            return (null, VietnameseText.CleanItem(sentence));
        var verb = Verb().Match(text);
        var unitPart = verb.Success ? text[..verb.Index] : text;
        var task = verb.Success ? VietnameseText.CleanItem(text[verb.Index..]) : "";
        unitPart = Clean(unitPart);
        // "Nhiệm vụ của các đơn vị được phân công …": every unit, so none in particular.
        if (unitPart.StartsWith("các ", StringComparison.Ordinal) && !unitPart.Skip(1).Any(char.IsUpper))
            return (null, VietnameseText.CleanItem(sentence));
        var structural = verb.Success && RoleVerb().IsMatch(text[verb.Index..]);
        if (!IsUnitName(unitPart, structural)) return (null, VietnameseText.CleanItem(sentence));
        return (unitPart, VietnameseText.Capitalize(task));
    }

    /// <summary>Where the first lower-case verb begins in <paramref name="text"/>, or -1.</summary>
    public static int TaskStart(string text) => Verb().Match(text) is { Success: true } m ? m.Index : -1;

    /// <summary>The unit of an "N. X:" heading: the structure says a unit stands there, so its head word may be any.</summary>
    public static string? FromHeading(string head)
    {
        // "Văn phòng Sở thực hiện các nội dung sau:" names its unit before the verb.
        var (unit, task) = Split(head);
        if (unit is not null && task.Length > 0 && RoleVerb().IsMatch(task)) return unit;
        var text = Clean(LeadIn().Replace(head.Trim(), ""));
        return IsUnitName(text, structural: true) ? text : unit;
    }

    /// <summary>"Phòng A, Phòng B và Công đoàn Sở" → the three; a comma or "và" inside a name ("Sở Khoa học và Công nghệ") stays.</summary>
    public static List<string> SplitList(string list)
    {
        var pieces = ListSeparator().Split(Clean(list));
        var names = new List<string>();
        var current = pieces[0];
        for (var i = 1; i + 1 < pieces.Length; i += 2)
        {
            var next = pieces[i + 1].Trim();
            if (IsUnitName(next, structural: false) && (char.IsUpper(next[0]) || next.Contains(' ', StringComparison.Ordinal)))
            {
                names.Add(current);
                current = next;
            }
            else current += pieces[i] + next;
        }
        names.Add(current);
        return names.Select(Clean).Where(n => IsUnitName(n, structural: true)).ToList();
    }

    public static bool StartsWithUnitWord(string text)
    {
        var folded = VietnameseText.Fold(text);
        if (NotUnits.Any(n => StartsWithWord(folded, n))) return false;
        // "Các sở, ngành": what follows "các" must be a unit word; "Các" alone names nothing.
        if (StartsWithWord(folded, "cac")) return PluralUnitWords.Concat(UnitWords).Any(w => StartsWithWord(folded["cac".Length..].TrimStart(' ', ',', '-'), w));
        return UnitWords.Any(w => StartsWithWord(folded, w)) || StartsWithAbbreviation(text);
    }

    /// <summary>
    /// True for a unit's name. <paramref name="structural"/>: the place in the sentence says a unit
    /// stands here, so a capitalised name with a proper-noun part ("Liên đoàn Lao động tỉnh") is one.
    /// </summary>
    public static bool IsUnitName(string text, bool structural)
    {
        if (text.Length < 2 || text.Split(' ').Length > 16 || text.Any(char.IsDigit) && !StartsWithUnitWord(text)) return false;
        if (StartsWithUnitWord(text)) return true;
        if (!structural || !char.IsUpper(text[0])) return false;
        var folded = VietnameseText.Fold(text);
        if (Topics.Any(t => StartsWithWord(folded, t)) || NotUnits.Any(n => StartsWithWord(folded, n))) return false;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 10 && words.Skip(1).Any(w => char.IsUpper(w[0]));
    }

    private static bool StartsWithAbbreviation(string text)
    {
        var first = text.Split(' ', 2)[0].TrimEnd(',', ':', '.');
        return first.Length is >= 2 and <= 8 && first.All(c => char.IsUpper(c) || c == '&') && first.Count(char.IsLetter) >= 2
               && !VietnameseSyllable.IsSyllable(first);
    }

    private static string Clean(string unitPart) =>
        Parenthetical().Replace(unitPart, m => Alias().IsMatch(m.Value) ? m.Value : "").Trim().TrimEnd(',', ';', ':', '-', '–').Trim();

    private static bool StartsWithWord(string folded, string word) =>
        folded.StartsWith(word, StringComparison.Ordinal) && (folded.Length == word.Length || !char.IsLetterOrDigit(folded[word.Length]));

    // Phrases that come before the unit: "Căn cứ Kế hoạch này, …", "Giao …", "Đề nghị …".
    [GeneratedRegex(@"^(?:Căn cứ (?:nội dung )?(?:[Kk]ế hoạch|[Cc]hương trình)(?: này)?,?\s*|Giao(?: cho)?\s+|Đề nghị\s+|Yêu cầu\s+|Trách nhiệm của\s+|Nhiệm vụ của\s+|Can cu (?:noi dung )?(?:[Kk]e hoach|[Cc]huong trinh)(?: nay)?,?\s*|De nghi\s+)+")]
    private static partial Regex LeadIn();

    // Verbs that begin the task; lower case only, so "Phòng Tổ chức cán bộ" keeps its "Tổ chức".
    private static readonly Regex VerbPattern = VietnameseText.Loose(@"(?<=\S)\s+(?=(?:chủ trì|thực hiện|phối hợp|có trách nhiệm|chịu trách nhiệm|chuẩn bị|xây dựng|tham mưu|báo cáo|triển khai|bố trí|đảm nhận|đảm nhiệm|đảm bảo|bảo đảm|tổ chức|gửi|hoàn thành|theo dõi|cử|phụ trách|lập|dự thảo|rà soát|tổng hợp|liên hệ|đăng tải|in ấn|mời|thông báo|hướng dẫn|cung cấp|kiểm tra|trang trí|tuyên truyền|đôn đốc|là đầu mối|làm đầu mối|là đơn vị|nghiên cứu|giúp|viết|soạn|trình|quán triệt|tiếp nhận|đưa tin|phân công|lựa chọn|đề xuất|lo|sắp xếp|huy động|vận động|quản lý việc|chỉ đạo|cân đối|bổ sung|rà soát|phân bổ|tiếp đón|đón tiếp|phổ biến|thẩm định|kiểm soát|bảo vệ|chăm sóc|phục vụ|thành lập|ban hành|tập huấn|giám sát|nắm bắt|duy trì|thống kê|tiếp tục|khảo sát|tập hợp|cập nhật|đẩy mạnh|tăng cường|thường xuyên|hỗ trợ|phát động|vệ sinh|được giao|có nhiệm vụ|điều động|điều hành|chủ động|khẩn trương|nghiêm túc|tích cực|là|được|đồng bộ|chỉnh lý|chia sẻ|mở rộng|mở|liên thông|sản xuất|tích hợp|xử lý|giải quyết|đánh giá|rà soát|số hóa|kết nối|vận hành|xác minh|thu thập|làm sạch|tuyên dương|khen thưởng|biên soạn|biên tập|in|treo|dán|nhận|thanh toán|quyết toán|dự toán|canh gác|tuần tra|truy quét|đấu tranh|ngăn chặn|phòng ngừa|tham gia|chấm|coi|ra đề|phân loại|xếp loại|cử|gặp|thăm|tặng|trao|đón|đưa|đảm trách)(?:\s|$|,|:))");

    private static Regex Verb() => VerbPattern;

    // The verbs that say "the words before me are a unit": roles, not actions anyone may take.
    private static readonly Regex RoleVerbPattern = VietnameseText.Loose(@"^\s*(?i:chủ trì|phối hợp|có trách nhiệm|chịu trách nhiệm|tham mưu|thực hiện|là đầu mối|làm đầu mối|là đơn vị|phụ trách|đảm nhận|đảm nhiệm|được giao|có nhiệm vụ|chỉ đạo|giúp)\b");

    private static Regex RoleVerb() => RoleVerbPattern;

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"^(?:Yêu cầu|Đề nghị|Yeu cau|De nghi)\s", RegexOptions.IgnoreCase)]
    private static partial Regex AddressedToAll();

    // "(Ban TNNT-CN&ĐT)", "(KH&CN)": the unit's own short name, kept with it.
    [GeneratedRegex(@"^\s*\((?:\p{Lu}\p{Ll}+\s+)?\p{Lu}{2,}[\p{Lu}\-&./]*\)$")]
    private static partial Regex Alias();

    [GeneratedRegex(@"(\s*[,;]\s*|\s+(?:và|va|cùng|với|voi)\s+)")]
    private static partial Regex ListSeparator();
}
