using System.Text;

namespace PlanBot.Tests.Properties;

/// <summary>
/// What copying, converting and cutting does to a real plan, applied to the corpus' plans at random: lines dropped,
/// joined, duplicated, cut mid-word, two columns interleaved, " | " joins, random Unicode (combining marks, lone
/// surrogates, other scripts' digits, control characters, the importer's own marker characters), keyword lines
/// that name nothing ("Các", "Nơi nhận:"), diacritics lost, truncation, every line break lost.
/// </summary>
public static class PlanMutations
{
    public enum Kind { Drop, Join, Duplicate, CutMidWord, Interleave, PipeJoin, InsertUnicode, KeywordLine, Fold, Truncate, Flatten, Shuffle }

    // Characters that broke or could break position arithmetic: halves of surrogate pairs, combining marks (folding
    // changes the length), digits of other scripts (\d matches them), markers the line classifier reads.
    private static readonly string[] Noise =
    [
        "\uD83D", "\uDE00", "😀", "\u0301", "\u0323", "\u200B", "\u200F", "\uFEFF", "\u0000", "\u0007", "\t", "\r", "٣", "３", "²", "Ⅳ",
        "|", ":", "(", ")", ";", ".", "-", "+", "•", "…", "Đ", "đ", "ệ", "ǅ", "ß", "İ", "ﬁ", "\u00A0", "  ", "/", "\\", "<p>", "</td>", "&amp;",
    ];

    // Lines made of the words the importer keys on, with nothing after them.
    private static readonly string[] Keywords =
    [
        "Các", "Các:", "- Các", "1. Các:", "a) Các", "CÁC", "Các sở", "Giao", "Đề nghị", "Đề nghị Các", "Yêu cầu các", "Số:", "Số", ":", "(", ")", "|", "| |",
        "Thời gian:", "Địa điểm:", "Thành phần:", "Nơi nhận:", "Nơi nhận: ", "KẾ HOẠCH", "Kế hoạch", "V/v", "IV. TỔ CHỨC THỰC HIỆN", "TỔ CHỨC THỰC HIỆN",
        "Thời hạn:", "Thời hạn: 31/02", "ngày 31 tháng 02 năm 0000", "ngày 99 tháng 99 năm 9999", "tháng 13/2025", "Quý V/2025", "25h99",
        "Trên đây là", "Phụ lục", "1.", "a)", "-", "+ ", "Lưu:", "(Ban Dân tộc chủ trì", "chủ trì)", "phối hợp", "phối hợp với", "giao",
        "Chủ tịch UBND các xã", "Giám đốc Sở", "Thủ trưởng các", "Đợt 1:", "Đợt 1: ngày", "Ban hành kèm theo Quyết định số", "QUYẾT ĐỊNH",
        "Điều 1.", "TM. ỦY BAN NHÂN DÂN | CỘNG HÒA", "ỦY BAN NHÂN DÂN TỈNH X ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "----------",
    ];

    public static string Apply(string text, IReadOnlyList<Kind> kinds, int seed)
    {
        var random = new Random(seed);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        foreach (var kind in kinds)
        {
            if (lines.Count == 0) lines.Add("");
            var at = random.Next(lines.Count);
            switch (kind)
            {
                case Kind.Drop:
                    lines.RemoveRange(at, Math.Min(lines.Count - at, 1 + random.Next(5)));
                    break;
                case Kind.Join when at + 1 < lines.Count:
                    lines[at] = lines[at] + (random.Next(2) == 0 ? " " : "") + lines[at + 1];
                    lines.RemoveAt(at + 1);
                    break;
                case Kind.Duplicate:
                    lines.InsertRange(at, lines.GetRange(at, Math.Min(lines.Count - at, 1 + random.Next(8))));
                    break;
                case Kind.CutMidWord when lines[at].Length > 1:
                    var cut = 1 + random.Next(lines[at].Length - 1);
                    lines.Insert(at + 1, lines[at][cut..]);
                    lines[at] = lines[at][..cut];
                    break;
                case Kind.Interleave:
                    var n = Math.Min((lines.Count - at) / 2, 2 + random.Next(10));
                    var left = lines.GetRange(at, n);
                    var right = lines.GetRange(at + n, n);
                    lines.RemoveRange(at, 2 * n);
                    lines.InsertRange(at, left.Zip(right).SelectMany(p => new[] { p.First, p.Second }));
                    break;
                case Kind.PipeJoin:
                    var count = Math.Min(lines.Count - at, 2 + random.Next(3));
                    var joined = string.Join(" | ", lines.GetRange(at, count));
                    lines.RemoveRange(at, count);
                    lines.Insert(at, joined);
                    break;
                case Kind.InsertUnicode:
                    var line = lines[at];
                    var pos = random.Next(line.Length + 1);
                    lines[at] = line[..pos] + (random.Next(3) == 0 ? ((char)random.Next(0x20, 0xFFFF)).ToString() : Noise[random.Next(Noise.Length)]) + line[pos..];
                    break;
                case Kind.KeywordLine:
                    if (random.Next(2) == 0) lines[at] = Keywords[random.Next(Keywords.Length)];
                    else lines.Insert(at, Keywords[random.Next(Keywords.Length)]);
                    break;
                case Kind.Fold:
                    lines[at] = Core.Import.VietnameseText.Fold(lines[at]).ToUpperInvariant();
                    break;
                case Kind.Truncate:
                    var all = string.Join('\n', lines);
                    lines = all[..random.Next(all.Length + 1)].Split('\n').ToList();
                    break;
                case Kind.Flatten:
                    lines = [string.Concat(lines.Select(l => l.Trim()))];
                    break;
                case Kind.Shuffle:
                    var block = lines.GetRange(at, Math.Min(lines.Count - at, 2 + random.Next(6)));
                    lines.RemoveRange(at, block.Count);
                    lines.InsertRange(at, block.OrderBy(_ => random.Next()));
                    break;
            }
        }
        return string.Join('\n', lines);
    }

    /// <summary>The text without what XML cannot hold (control characters, lone surrogates), for building a .docx of it.</summary>
    public static string XmlSafe(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var v = rune.Value;
            if (v is 0x9 or 0xA || v >= 0x20 && rune != Rune.ReplacementChar && v is not (0xFFFE or 0xFFFF)) sb.Append(rune.ToString());
        }
        return sb.ToString();
    }
}
