using System.Text.RegularExpressions;
using PlanBot.Core.Plans;

namespace PlanBot.Core.Import;

/// <summary>The part above and including the title: issuer, "Số: …", "Bắc Giang, ngày … tháng … năm …", title.</summary>
internal sealed partial record HeaderBlock(string Title, string? Number, string? Issuer, string? Place, PartialDate? IssueDate)
{
    /// <summary>Reads the header above <paramref name="titleAt"/>; <paramref name="kind"/> says how the title line is written.</summary>
    public static HeaderBlock Read(List<PlanLine> lines, int titleAt, TitleKind kind)
    {
        // Header lines often hold two columns ("SỞ KHCN      CỘNG HÒA XÃ HỘI …"): read each column alone.
        var cells = lines.Take(titleAt)
            .SelectMany(l => Columns().Split(l.Raw.Trim()))
            .Select(c => c.Trim())
            .Where(c => c.Length > 0 && PlanLine.Parse(c).Kind != LineKind.Blank)
            .ToList();

        string? number = null, place = null, issuer = null;
        PartialDate? date = null;
        foreach (var whole in cells)
        {
            // "ỦY BAN NHÂN DÂN XÃ ĐÔNG TIẾN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" on one line: the issuer is the left part.
            var cell = Motto().Match(whole) is { Success: true, Index: > 0 } motto ? whole[..motto.Index].Trim() : whole;
            var folded = VietnameseText.Fold(cell);
            var rest = cell;
            if (NumberLine().Match(cell) is { Success: true } n)
            {
                // "Số: 16/KH-THNĐ Nhân Đạo, ngày 19 tháng 03 năm 2018": the number, then the place and date.
                if (NumberThenMore().Match(cell) is { Success: true } both && PlaceDate().IsMatch(both.Groups["rest"].Value.Trim()))
                {
                    number = both.Groups["n"].Value.Trim();
                    rest = both.Groups["rest"].Value.Trim();
                }
                else
                {
                    number = VietnameseText.CleanItem(n.Groups["n"].Value);
                    continue;
                }
            }
            if (PlaceDate().Match(rest) is { Success: true } p)
            {
                place = p.Groups["place"].Value.Trim();
                date = VietnameseDates.ParseIssueDate(rest);
            }
            else if (VietnameseText.IsUpper(cell) && !Mottos.Any(m => folded.Contains(m, StringComparison.Ordinal)) && !PlanTextParser.IsDocumentTypeHeading(cell))
                // "ỦY BAN NHÂN DÂN" / "TỈNH NINH BÌNH": the second line completes the first.
                issuer = issuer is not null && IncompleteIssuers.Contains(VietnameseText.Fold(issuer)) ? $"{issuer} {cell}" : cell;
        }
        return new HeaderBlock(ReadTitle(lines, titleAt, kind), number, issuer, place, date);
    }

    /// <summary>True for the header's own lines: "CỘNG HÒA …", "Độc lập …", "Số: …", "Hà Nội, ngày …", the issuer in capitals.</summary>
    public static bool IsHeaderLine(PlanLine line)
    {
        var text = line.Raw.Trim();
        return VietnameseText.IsUpper(text) || NumberLine().IsMatch(text) || PlaceDate().IsMatch(text)
               || line.Folded.StartsWith("doc lap", StringComparison.Ordinal);
    }

    private static string ReadTitle(List<PlanLine> lines, int titleAt, TitleKind kind)
    {
        var first = lines[titleAt].Text;
        if (kind == TitleKind.Subject) return VietnameseText.Capitalize(VietnameseText.CleanItem(Subject().Replace(first, "")));
        if (kind == TitleKind.FirstLine) return VietnameseText.CleanItem(first);

        var parts = new List<string>();
        var afterType = TypeWord().Replace(first, "").Trim();
        var upper = VietnameseText.IsUpper(first);
        if (afterType.Length > 0) parts.Add(upper ? afterType : VietnameseText.Capitalize(afterType));
        for (var i = titleAt + 1; i < lines.Count && parts.Count < 5; i++)
        {
            var line = lines[i];
            if (line.Kind == LineKind.Blank)
            {
                if (parts.Count == 0) continue;
                break;
            }
            // A title on the type line goes on only in the same capitals ("KẾ HOẠCH TỔ CHỨC …" / "NĂM 2023").
            if (parts.Count > 0 && afterType.Length > 0 && !(upper && VietnameseText.IsUpper(line.Text))) break;
            // The line under "KẾ HOẠCH" is the title even when it opens like the introduction ("Thực hiện Chương trình …").
            var introduction = parts.Count == 0 ? ReasonStart().IsMatch(line.Text) : IntroStart().IsMatch(line.Text);
            if (line.Kind != LineKind.Text || introduction || line.Text.Length > 250) break;
            parts.Add(parts.Count == 0 ? Subject().Replace(line.Text, "") : line.Text);
        }
        return VietnameseText.CleanItem(string.Join(" ", parts));
    }

    // Columns side by side: tabs, a wide gap, or " | " where a web page's or converted table's row was flattened.
    [GeneratedRegex(@"\t+|\s{3,}|\s*\|\s*|\s[-_=]{3,}(?=\s|$)")]
    private static partial Regex Columns();

    // The national motto and the party's and youth union's names stand in the right column, never the issuer.
    private static readonly string[] Mottos = ["cong hoa xa hoi", "doc lap", "dang cong san viet nam", "doan tncs ho chi minh", "doan thanh nien cong san ho chi minh"];

    private static readonly HashSet<string> IncompleteIssuers = ["uy ban nhan dan", "hoi dong nhan dan", "ubnd", "hdnd", "ban chap hanh", "uy ban mat tran to quoc viet nam", "ban cong tac mat tran"];

    private static readonly Regex MottoPattern = VietnameseText.Loose(@"\s(?:CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|ĐẢNG CỘNG SẢN VIỆT NAM|ĐOÀN TNCS HỒ CHÍ MINH|Độc lập|ĐỘC LẬP)");

    private static Regex Motto() => MottoPattern;

    private static readonly Regex NumberPattern = VietnameseText.Loose(@"^Số\s*[:.]?\s*(?<n>\S.*)$");

    private static Regex NumberLine() => NumberPattern;

    private static readonly Regex NumberThenMorePattern = VietnameseText.Loose(@"^Số\s*[:.]?\s*(?<n>\d*\s*[/\-]?\s*[\p{L}\d][\p{L}\d\-/.&]*)\s+(?<rest>\p{Lu}.*)$");

    private static Regex NumberThenMore() => NumberThenMorePattern;

    private static readonly Regex PlaceDatePattern = VietnameseText.Loose(@"^(?<place>[\p{L}][\p{L} .\-]{1,40}?)\s*,\s*ngày\b", RegexOptions.IgnoreCase);

    private static Regex PlaceDate() => PlaceDatePattern;

    private static readonly Regex TypeWordPattern = VietnameseText.Loose(@"^(?:KẾ HOẠCH|PHƯƠNG ÁN|CHƯƠNG TRÌNH)\s*[:\-–]?\s*", RegexOptions.IgnoreCase);

    private static Regex TypeWord() => TypeWordPattern;

    [GeneratedRegex(@"^V/v\.?\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Subject();

    private static readonly Regex IntroPattern = VietnameseText.Loose(@"^(?:Căn cứ|Thực hiện|Nhằm|Để|Trên cơ sở|Triển khai|Theo)\b");

    private static Regex IntroStart() => IntroPattern;

    private static readonly Regex ReasonPattern = VietnameseText.Loose(@"^(?:Căn cứ|Trên cơ sở)\b");

    private static Regex ReasonStart() => ReasonPattern;
}

/// <summary>How the plan names itself: a "KẾ HOẠCH" line (any case), a "V/v …" subject, or only its first line.</summary>
internal enum TitleKind { DocumentType, Subject, FirstLine }
