using System.Text.RegularExpressions;

namespace PlanBot.Core.Import;

/// <summary>
/// One sentence of the implementation section read as a task: the lead unit, what it does, the
/// units it coordinates with. "Văn phòng Sở chủ trì, phối hợp với Phòng A và Công đoàn Sở chuẩn bị …",
/// "Thư viện tham mưu với …", and the passive "Công tác khánh tiết được Phòng X phối hợp với Phòng Y thực hiện".
/// </summary>
internal sealed partial record UnitSentence(string Unit, string Task, IReadOnlyList<string> Coordinating)
{
    public static UnitSentence? Read(string sentence)
    {
        var (unit, task) = UnitNames.Split(sentence);
        if (unit is not null && task.Length > 0) return new(unit, task, CoordinatingIn(task, unit));
        return Passive(sentence);
    }

    /// <summary>
    /// The units after "phối hợp (với)": the plan's own unit names where they stand there ("Công an
    /// tỉnh chia sẻ …" → "Công an tỉnh"), else the words up to the verb that starts what they do together.
    /// </summary>
    public static IReadOnlyList<string> CoordinatingIn(string text, string? lead, IReadOnlyCollection<string>? known = null)
    {
        var found = new List<string>();
        void Found(string name)
        {
            if (!string.Equals(name, lead, StringComparison.OrdinalIgnoreCase) && !found.Contains(name, StringComparer.OrdinalIgnoreCase))
                found.Add(name);
        }
        foreach (Match m in Coordinate().Matches(text))
        {
            var rest = m.Groups["rest"].Value;
            var pos = 0;
            var listEnded = false;
            while (known is not null && known.Where(k => string.Compare(rest, pos, k, 0, k.Length, StringComparison.OrdinalIgnoreCase) == 0 && EndsWord(rest, pos + k.Length))
                       .MaxBy(k => k.Length) is { } name)
            {
                Found(name);
                pos += name.Length;
                var separator = Separator().Match(rest, pos);
                if (!separator.Success) { listEnded = true; break; }
                pos += separator.Length;
            }
            if (listEnded) continue;
            var remainder = rest[pos..];
            var end = UnitNames.TaskStart(remainder);
            var stop = Stop().Match(remainder);
            if (stop.Success && (end < 0 || stop.Index < end)) end = stop.Index;
            foreach (var name in UnitNames.SplitList(end < 0 ? remainder : remainder[..end])) Found(name);
        }
        return found;
    }

    private static bool EndsWord(string s, int at) => at >= s.Length || !char.IsLetterOrDigit(s[at]);

    private static UnitSentence? Passive(string sentence)
    {
        var m = By().Match(sentence);
        if (!m.Success) return null;
        var (unit, rest) = UnitNames.Split(m.Groups["rest"].Value);
        if (unit is null || !Role().IsMatch(rest)) return null;
        return new(unit, VietnameseText.CleanItem(sentence), CoordinatingIn(rest, unit));
    }

    private static readonly Regex CoordinatePattern = VietnameseText.Loose(@"phối hợp\s+(?:chặt chẽ\s+)?(?:với\s+|cùng\s+)?(?<rest>[^.;:]+)", RegexOptions.IgnoreCase);

    private static Regex Coordinate() => CoordinatePattern;

    [GeneratedRegex(@"\G(?:\s*[,;]\s*|\s+(?:và|cùng)\s+)")]
    private static partial Regex Separator();

    private static readonly Regex StopPattern = VietnameseText.Loose(@"\s+(?:để|nhằm|trong|theo|tại|về|cho|khi|trước|từ|đến)\s|\s*\(");

    private static Regex Stop() => StopPattern;

    private static readonly Regex ByPattern = VietnameseText.Loose(@"^(?<task>\S.{2,}?)\s+(?:được|do)\s+(?<rest>\p{Lu}.+)$");

    private static Regex By() => ByPattern;

    private static readonly Regex RolePattern = VietnameseText.Loose(@"^(?:chủ trì|phối hợp|thực hiện|đảm nhận|đảm nhiệm|phụ trách|chịu trách nhiệm|tổ chức|triển khai|giao|chuẩn bị)\b", RegexOptions.IgnoreCase);

    private static Regex Role() => RolePattern;
}
