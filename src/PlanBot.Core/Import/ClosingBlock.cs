using System.Text.RegularExpressions;
using PlanBot.Core.Plans;

namespace PlanBot.Core.Import;

/// <summary>The end of a plan: "Nơi nhận:" with its list, and the signer's title and name.</summary>
internal sealed partial record ClosingBlock(IReadOnlyList<string> Recipients, Signer? Signer)
{
    public static bool IsRecipientsHeading(PlanLine line) => line.Folded.StartsWith("noi nhan", StringComparison.Ordinal);

    public static ClosingBlock Read(List<PlanLine> lines, int from, int to)
    {
        // In a signed plan "Nơi nhận" and the signature sit side by side; read each column's cells alone.
        var cells = lines.Skip(from).Take(Math.Max(0, to - from))
            .SelectMany(l => Columns().Split(l.Raw.Trim()))
            .Select(PlanLine.Parse)
            .Where(l => l.Kind != LineKind.Blank)
            .ToList();

        var recipients = new List<string>();
        var signature = new List<string>();
        var inRecipients = false;
        foreach (var cell in cells)
        {
            if (IsRecipientsHeading(cell))
            {
                inRecipients = true;
                var inline = cell.Text[(cell.Text.IndexOf(':', StringComparison.Ordinal) + 1)..];
                // "Nơi nhận: HIỆU TRƯỞNG": the signature's title stood beside the heading on the same line.
                if (cell.Text.Contains(':', StringComparison.Ordinal) && VietnameseText.IsUpper(inline) && inline.Trim().Length > 0)
                    signature.Add(inline.Trim());
                else if (cell.Text.Contains(':', StringComparison.Ordinal) && inline.Trim().Length > 0)
                    recipients.Add(VietnameseText.CleanItem(PlanLine.Parse(inline).Text));
                continue;
            }
            if (cell.Kind == LineKind.Bullet && inRecipients)
            {
                recipients.Add(VietnameseText.CleanItem(cell.Text));
                continue;
            }
            if (cell.Kind == LineKind.Text && cell.Folded.StartsWith("luu", StringComparison.Ordinal) && inRecipients)
            {
                recipients.Add(VietnameseText.CleanItem(cell.Text));
                continue;
            }
            if (cell.Kind == LineKind.Text && cell.Text.Length <= 60 && !NotSignature().IsMatch(cell.Text))
                signature.Add(cell.Text.Trim());
        }
        return new ClosingBlock(recipients, ReadSigner(signature));
    }

    private static Signer? ReadSigner(List<string> lines)
    {
        if (lines.Count == 0) return null;
        var nameAt = lines.FindLastIndex(l => !VietnameseText.IsUpper(l) && PersonName().IsMatch(l));
        if (nameAt < 0 && lines.Count > 1) nameAt = lines.Count - 1;
        if (nameAt < 0) return null;
        var titles = lines.Take(nameAt).Where(VietnameseText.IsUpper).ToList();
        // "Thượng tá Trần Văn Hùng", "PGS.TS. Võ Thanh Tùng": the rank or degree is not the name.
        var name = RankOrDegree().Replace(lines[nameAt], "").Trim();
        return new Signer(titles.Count > 0 ? string.Join(" ", titles) : null, name.Length > 0 ? name : lines[nameAt]);
    }

    // Columns side by side: tabs, a wide gap, or " | " where a web page's or converted table's row was flattened.
    [GeneratedRegex(@"\t+|\s{3,}|\s*\|\s*|\s[-_=]{3,}(?=\s|$)")]
    private static partial Regex Columns();

    [GeneratedRegex(@"^(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)|Đại tướng|(?:(?:PGS|GS|TS|ThS|BS|CN|KS|DS|BSCKI{1,2}|TTND|TTƯT|NGND|NGƯT)\.?\s*)+)\s+(?=\p{Lu})")]
    private static partial Regex RankOrDegree();

    [GeneratedRegex(@"^\(.*\)$|^\./\.$|^Trên đây", RegexOptions.IgnoreCase)]
    private static partial Regex NotSignature();

    // Two to six capitalised words: "Nguyễn Thanh Bình".
    [GeneratedRegex(@"^(?:\p{Lu}\p{Ll}*\.?\s+){1,5}\p{Lu}\p{Ll}*$")]
    private static partial Regex PersonName();
}
