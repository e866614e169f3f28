namespace PlanBot.Core.Import;

/// <summary>
/// Puts the lines of a task section back into the items and paragraphs they were written as. Long plans write a
/// duty as an item of several sentences over several lines ("a) Là cơ quan thường trực … Hướng dẫn" / "UBND các
/// huyện … xây dựng kế hoạch …"), and a body's single duty as a paragraph under its heading; a line that starts
/// with a capital is still the same item when the line before did not end a sentence, or when it is the item's
/// next sentence. A task keeps its whole text.
/// </summary>
internal static class TaskParagraphs
{
    public static List<PlanLine> Join(List<PlanLine> lines, int from, int to)
    {
        var result = new List<PlanLine>(Math.Max(0, to - from));
        for (var i = from; i < to; i++)
        {
            var line = lines[i];
            var previous = result.Count > 0 ? result[^1] : null;
            if (previous is not null && line.Kind == LineKind.Text && Continues(previous, line))
                result[^1] = previous with { Text = previous.Text + " " + line.Text, Raw = previous.Raw.TrimEnd() + " " + line.Raw.Trim() };
            else
                result.Add(line);
        }
        return result;
    }

    private static bool Continues(PlanLine previous, PlanLine line)
    {
        if (previous.Kind is LineKind.Blank or LineKind.Roman or LineKind.TableRow) return false;
        // A line of its own meaning: a deadline, "Unit:" heading, a lead named for the list above.
        if (StandsAlone(line)) return false;
        var text = previous.Text.TrimEnd();
        if (text.Length == 0 || text.EndsWith(':')) return false;
        // "1. Ban Dân tộc tỉnh" over its paragraph: the heading is only a body's name.
        if (previous.Kind is not LineKind.Text && IsHeading(previous)) return false;
        var endsSentence = text[^1] is '.' or ';' or '!' or '?';
        if (!endsSentence) return true;
        // A sub-item's next sentence (long plans write "a) …" items of several sentences); a plain sentence after a
        // top-level item, or one that names a body with its own duty, starts anew ("Kế hoạch này được phổ biến …").
        return (previous.Kind is LineKind.Lettered or LineKind.Bullet || previous is { Kind: LineKind.Numbered, Depth: > 0 }) && text[^1] == '.'
               && UnitSentence.Read(line.Text) is null;
    }

    private static bool StandsAlone(PlanLine line) =>
        DeadlineReader.IsOwnLine(line.Text) || line.Text.EndsWith(':') || LeadAfterList.Read(line.Text) is not null;

    private static bool IsHeading(PlanLine item)
    {
        var text = VietnameseText.CleanItem(item.Text);
        return UnitNames.FromHeading(text) is not null && UnitSentence.Read(text) is null;
    }
}
