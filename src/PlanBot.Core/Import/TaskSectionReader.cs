namespace PlanBot.Core.Import;

/// <summary>
/// Reads "IV. TỔ CHỨC THỰC HIỆN": each lead unit with one task per bullet, per "Unit: task" item,
/// per "Unit verb …" sentence, or per row of a task table. A line that becomes no task is kept
/// as not understood; a heading only when nothing under it became a task.
/// </summary>
internal static class TaskSectionReader
{
    /// <summary>
    /// Reads the lines [<paramref name="from"/>, <paramref name="to"/>). <paramref name="duties"/>: a "NHIỆM VỤ VÀ GIẢI
    /// PHÁP" section, where an item is a task only when it names its body (in the sentence, in brackets, or in a lead
    /// after its list) and keeps its whole text; the other items are the plan's own duties, not listed.
    /// </summary>
    public static void Read(List<PlanLine> source, int from, int to, TaskCollector tasks, bool duties = false)
    {
        var lines = TaskParagraphs.Join(source, from, to);
        from = 0;
        to = lines.Count;
        string? current = null;
        var open = false; // the unit's heading ends with ":" or nothing: plain lines under it are its tasks
        var bullets = false; // its tasks came as bullets: a plain line after them is the section's own text again
        char? headMarker = null; // "- Ban Tuyên giáo:" over "+ …" bullets: the next "-" is the next unit
        // A heading with what was added before it: in all, and to its own unit (a unit's heading whose unit got no task is listed).
        (string Text, int Depth, int AddedBefore, string? Unit, int UnitBefore)? heading = null;
        // Items that named no body, waiting for a lead after their list ("giao Phòng X chủ trì thực hiện").
        var pending = new List<string>();

        void FlushHeading(int depth)
        {
            if (heading is { } h && h.Depth >= depth)
            {
                var nothingUnder = h.Unit is { } unit ? tasks.CountFor(unit) == h.UnitBefore : tasks.Added == h.AddedBefore;
                if (nothingUnder && !duties) tasks.NotATask(h.Text);
                heading = null;
            }
        }

        void FlushPending()
        {
            if (!duties) foreach (var p in pending) tasks.NotATask(p);
            pending.Clear();
        }

        // A line that became no task: a task of the body in its bracket, else it waits for a lead after its list.
        void Unplaced(PlanLine line)
        {
            if (BracketLead.Read(line.Text) is { } lead) tasks.Add(lead.Unit, line.Text, line.Text);
            else pending.Add(duties ? line.Text : line.Raw);
        }

        // "…; giao Phòng Kinh tế và Hạ tầng chủ trì thực hiện.": the items above are that body's.
        bool LeadForList(PlanLine line)
        {
            if (line.Kind is LineKind.Numbered or LineKind.Lettered && current is not null) return false;
            if (LeadAfterList.Split(line.Text) is not { } lead) return false;
            if (lead.Before.Length == 0 && pending.Count == 0) return false;
            if (lead.Before.Length > 0) pending.Add(lead.Before);
            var coordinating = UnitSentence.CoordinatingIn(lead.Sentence, lead.Unit);
            foreach (var item in pending) tasks.Add(lead.Unit, PlanLine.Parse(item).Text, coordinating, null, lead.Sentence);
            pending.Clear();
            return true;
        }

        for (var i = from; i < to; i++)
        {
            var line = lines[i];
            switch (line.Kind)
            {
                case LineKind.Blank:
                    break;
                case LineKind.TableRow:
                    FlushPending();
                    var end = TaskTableReader.End(lines, i, to);
                    if (!TaskTableReader.Read(lines, i, end, tasks) && !duties)
                        for (var r = i; r < end; r++) tasks.NotATask(string.Join(" | ", lines[r].Cells));
                    i = end - 1;
                    current = null;
                    open = false;
                    break;
                case LineKind.Numbered or LineKind.Lettered:
                    if (LeadForList(line)) break;
                    var depth = Depth(line);
                    if (line.Kind == LineKind.Numbered && depth == 0) FlushPending();
                    FlushHeading(depth);
                    var addedBefore = tasks.Added;
                    (current, open) = ReadItem(line, FollowedBySubItems(lines, i, to), tasks, current, open, duties);
                    bullets = false;
                    headMarker = null;
                    if (tasks.Added == addedBefore)
                    {
                        if (current is not null || FollowedBySubItems(lines, i, to))
                            heading = (line.Raw.Trim(), depth, addedBefore, current, current is null ? 0 : tasks.CountFor(current));
                        else Unplaced(line);
                    }
                    break;
                default:
                    if (DeadlineReader.OnItsOwnLine(line.Text, tasks.Year) is { } due && tasks.SetLastDue(due)) break;
                    if (LeadForList(line)) break;
                    if (line.Kind == LineKind.Bullet && headMarker == Marker(line)) current = null;
                    // "- Văn phòng Hội Cựu chiến binh huyện:" with its tasks as bullets of another kind below.
                    if (current is null && line.Text.EndsWith(':') && UnitNames.FromHeading(line.Text[..^1]) is { } headed)
                    {
                        FlushHeading(BulletHeading);
                        (current, open, bullets) = (headed, true, false);
                        headMarker = line.Kind == LineKind.Bullet ? Marker(line) : null;
                        heading ??= (line.Raw.Trim(), BulletHeading, tasks.Added, headed, tasks.CountFor(headed));
                        break;
                    }
                    if (line.Kind == LineKind.Bullet) bullets = true;
                    if (current is not null && (line.Kind == LineKind.Bullet || (open && !bullets)))
                        tasks.Add(current, line.Text, line.Text);
                    else if (UnitSentence.Read(line.Text) is { } sentence)
                        tasks.Add(sentence.Unit, duties ? line.Text : sentence.Task, line.Text);
                    else if (ColonItem(line.Text) is { } item)
                        tasks.Add(item.Unit, item.Task, line.Text);
                    else
                        Unplaced(line);
                    break;
            }
        }
        FlushPending();
        FlushHeading(0);
    }

    /// <summary>Reads "2. Unit: task", "1. Unit does the following:" or "3. Unit verb …"; returns the unit later lines belong to.</summary>
    private static (string? Unit, bool Open) ReadItem(PlanLine line, bool hasSubItems, TaskCollector tasks, string? current, bool open, bool duties)
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
        if (!hasSubItems) tasks.Add(sentence.Unit, duties ? text : sentence.Task, text);
        // In the duties, a sentence names its body for itself alone; the items after it are not the body's.
        return duties ? (null, false) : (sentence.Unit, hasSubItems);
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
