using System.Text.RegularExpressions;
using PlanBot.Core.Plans;

namespace PlanBot.Core.Import;

/// <summary>The part above and including the title: issuer, "Số: …", "Bắc Giang, ngày … tháng … năm …", title.</summary>
internal sealed partial record HeaderBlock(string Title, string? Number, string? Issuer, string? Place, PartialDate? IssueDate)
{
    public static HeaderBlock Read(List<PlanLine> lines, int titleAt)
    {
        // Header lines often hold two columns ("SỞ KHCN      CỘNG HÒA XÃ HỘI …"): read each column alone.
        var cells = lines.Take(titleAt)
            .SelectMany(l => Columns().Split(l.Raw.Trim()))
            .Select(c => c.Trim())
            .Where(c => c.Length > 0 && PlanLine.Parse(c).Kind != LineKind.Blank)
            .ToList();

        string? number = null, place = null, issuer = null;
        PartialDate? date = null;
        foreach (var cell in cells)
        {
            var folded = VietnameseText.Fold(cell);
            if (NumberLine().Match(cell) is { Success: true } n) number = VietnameseText.CleanItem(n.Groups["n"].Value);
            else if (PlaceDate().Match(cell) is { Success: true } p)
            {
                place = p.Groups["place"].Value.Trim();
                date = VietnameseDates.ParseIssueDate(cell);
            }
            else if (VietnameseText.IsUpper(cell) && !folded.Contains("cong hoa xa hoi", StringComparison.Ordinal)
                     && !folded.Contains("doc lap", StringComparison.Ordinal))
                issuer = cell;
        }
        return new HeaderBlock(ReadTitle(lines, titleAt), number, issuer, place, date);
    }

    private static string ReadTitle(List<PlanLine> lines, int titleAt)
    {
        var first = lines[titleAt].Text;
        var parts = new List<string>();
        var afterType = TypeWord().Replace(first, "").Trim();
        if (afterType.Length > 0) parts.Add(afterType);
        for (var i = titleAt + 1; i < lines.Count && parts.Count < 5; i++)
        {
            var line = lines[i];
            if (line.Kind == LineKind.Blank)
            {
                if (parts.Count == 0) continue;
                break;
            }
            if (line.Kind != LineKind.Text || IntroStart().IsMatch(line.Text) || line.Text.Length > 200) break;
            parts.Add(line.Text);
        }
        return VietnameseText.CleanItem(string.Join(" ", parts));
    }

    [GeneratedRegex(@"\t+|\s{3,}")]
    private static partial Regex Columns();

    [GeneratedRegex(@"^Số\s*[:.]?\s*(?<n>\S.*)$")]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^(?<place>[\p{L}][\p{L} .\-]{1,40}?)\s*,\s*ngày\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceDate();

    [GeneratedRegex(@"^(?:KẾ HOẠCH|PHƯƠNG ÁN|CHƯƠNG TRÌNH)\s*[:\-–]?\s*")]
    private static partial Regex TypeWord();

    [GeneratedRegex(@"^(?:Căn cứ|Thực hiện|Nhằm|Để|Trên cơ sở|Triển khai|Theo)\b")]
    private static partial Regex IntroStart();
}
