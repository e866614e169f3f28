namespace PlanBot.Core.Import;

/// <summary>
/// Reads "IV. TỔ CHỨC THỰC HIỆN": each lead unit with one task per bullet, per "Unit: task" item,
/// per "Unit verb …" sentence, or per row of a task table. A line that becomes no task is kept
/// as not understood; a heading only when nothing under it became a task.
/// </summary>
internal static class TaskSectionReader
{
    public static void Read(List<PlanLine> lines, int from, int to, TaskCollector tasks)
    {
        string? current = null;
        var open = false; // the unit's heading ends with ":" or nothing: plain lines under it are its tasks
        var bullets = false; // its tasks came as bullets: a plain line after them is the section's own text again
        char? headMarker = null; // "- Ban Tuyên giáo:" over "+ …" bullets: the next "-" is the next unit
        (string Text, int Depth, int AddedBefore)? heading = null;

        void FlushHeading(int depth)
        {
            if (heading is { } h && h.Depth >= depth)
            {
                if (tasks.Added == h.AddedBefore) tasks.NotATask(h.Text);
                heading = null;
            }
        }

        for (var i = from; i < to; i++)
        {
            var line = lines[i];
            switch (line.Kind)
            {
                case LineKind.Blank:
                    break;
                case LineKind.TableRow:
                    var end = TaskTableReader.End(lines, i, to);
                    if (!TaskTableReader.Read(lines, i, end, tasks))
                        for (var r = i; r < end; r++) tasks.NotATask(string.Join(" | ", lines[r].Cells));
                    i = end - 1;
                    current = null;
                    open = false;
                    break;
                case LineKind.Numbered or LineKind.Lettered:
                    var depth = Depth(line);
                    FlushHeading(depth);
                    var addedBefore = tasks.Added;
                    (current, open) = ReadItem(line, FollowedBySubItems(lines, i, to), tasks, current, open);
                    bullets = false;
                    headMarker = null;
                    if (tasks.Added == addedBefore)
                    {
                        if (current is not null || FollowedBySubItems(lines, i, to)) heading = (line.Raw.Trim(), depth, addedBefore);
                        else tasks.NotATask(line.Raw);
                    }
                    break;
                default:
                    if (DeadlineReader.OnItsOwnLine(line.Text, tasks.Year) is { } due && tasks.SetLastDue(due)) break;
                    if (line.Kind == LineKind.Bullet && headMarker == Marker(line)) current = null;
                    // "- Văn phòng Hội Cựu chiến binh huyện:" with its tasks as bullets of another kind below.
                    if (current is null && line.Text.EndsWith(':') && UnitNames.FromHeading(line.Text[..^1]) is { } headed)
                    {
                        FlushHeading(BulletHeading);
                        (current, open, bullets) = (headed, true, false);
                        headMarker = line.Kind == LineKind.Bullet ? Marker(line) : null;
                        heading ??= (line.Raw.Trim(), BulletHeading, tasks.Added);
                        break;
                    }
                    if (line.Kind == LineKind.Bullet) bullets = true;
                    if (current is not null && (line.Kind == LineKind.Bullet || (open && !bullets)))
                        tasks.Add(current, line.Text, line.Text);
                    else if (UnitSentence.Read(line.Text) is { } sentence)
                        tasks.Add(sentence.Unit, sentence.Task, line.Text);
                    else if (ColonItem(line.Text) is { } item)
                        tasks.Add(item.Unit, item.Task, line.Text);
                    else
                        tasks.NotATask(line.Raw);
                    break;
            }
        }
        FlushHeading(0);
    }

    /// <summary>Reads "2. Unit: task", "1. Unit does the following:" or "3. Unit verb …"; returns the unit later lines belong to.</summary>
    private static (string? Unit, bool Open) ReadItem(PlanLine line, bool hasSubItems, TaskCollector tasks, string? current, bool open)
    {
        var text = line.Text;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && colon < 160)
        {
            var head = text[..colon];
            var rest = text[(colon + 1)..].Trim();
            var unit = UnitNames.FromHeading(head);
            if (unit is null)
            {
                if (IsSubItem(line) && current is not null)
                {
                    tasks.Add(current, text, text);
                    return (current, open);
                }
                return (null, false);
            }
            if (rest.Length > 0) tasks.Add(unit, rest, text);
            return (unit, rest.Length == 0);
        }

        if (UnitSentence.Read(text) is not { } sentence)
        {
            // A lettered task under a unit heading ("1. Văn phòng Sở" … "a) Xây dựng …").
            if (IsSubItem(line) && current is not null)
            {
                tasks.Add(current, text, text);
                return (current, open);
            }
            return UnitNames.Extract(text) is { } named ? (named, true) : (null, false);
        }
        if (!hasSubItems) tasks.Add(sentence.Unit, sentence.Task, text);
        return (sentence.Unit, hasSubItems);
    }

    /// <summary>"Văn phòng Sở: chuẩn bị …" as a plain line or bullet.</summary>
    private static (string Unit, string Task)? ColonItem(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon >= 160) return null;
        var rest = text[(colon + 1)..].Trim();
        return rest.Length > 0 && UnitNames.FromHeading(text[..colon]) is { } unit ? (unit, rest) : null;
    }

    // Deeper than any numbered or lettered item: the next item of any level ends a bullet heading.
    private const int BulletHeading = 100;

    private static char Marker(PlanLine line) => line.Raw.TrimStart().FirstOrDefault();

    private static int Depth(PlanLine line) => line.Kind == LineKind.Lettered ? 10 : line.Depth;

    private static bool IsSubItem(PlanLine line) => line.Kind == LineKind.Lettered || line.Depth > 0;

    private static bool FollowedBySubItems(List<PlanLine> lines, int at, int to)
    {
        var next = lines.Skip(at + 1).Take(to - at - 1).FirstOrDefault(l => l.Kind != LineKind.Blank);
        return next is not null && (next.Kind is LineKind.Bullet || (IsSubItem(next) && !IsSubItem(lines[at])));
    }
}
