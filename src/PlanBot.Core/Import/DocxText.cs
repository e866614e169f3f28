using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanBot.Core.Import;

/// <summary>
/// Turns a .docx plan into the plain lines the text parser reads: one line per paragraph, Word's
/// automatic numbering written out ("1.", "a)", "-"), task tables as "cell | cell | cell" rows and
/// other tables (the side-by-side "Nơi nhận" / signature block) cell by cell.
/// </summary>
public static class DocxText
{
    /// <summary>Largest uncompressed document part read; a bigger one is refused before inflating (zip bombs).</summary>
    public const long MaxDocumentPartBytes = 20L * 1024 * 1024;

    public static string Read(Stream docx)
    {
        using var buffer = new MemoryStream();
        docx.CopyTo(buffer);
        CheckSizes(buffer);
        buffer.Position = 0;
        using var document = WordprocessingDocument.Open(buffer, false);
        var body = document.MainDocumentPart?.Document?.Body ?? throw new InvalidDataException("The document has no body.");
        var numbering = new NumberingWriter(document.MainDocumentPart.NumberingDefinitionsPart?.Numbering);
        var sb = new StringBuilder();
        foreach (var element in body.ChildElements)
        {
            switch (element)
            {
                case Paragraph p:
                    sb.Append(numbering.Prefix(p)).AppendLine(ParagraphText(p));
                    break;
                case Table t:
                    WriteTable(t, numbering, sb);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Refuses archives whose parts would inflate past the limit, reading only the zip directory.</summary>
    private static void CheckSizes(MemoryStream buffer)
    {
        buffer.Position = 0;
        using var zip = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true);
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            if (entry.Length > MaxDocumentPartBytes || total > 4 * MaxDocumentPartBytes)
                throw new InvalidDataException("The document expands to more than PlanBot reads.");
        }
    }

    private static void WriteTable(Table table, NumberingWriter numbering, StringBuilder sb)
    {
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().ToList()).ToList();
        if (rows.Count == 0) return;
        var header = VietnameseText.Fold(string.Join(" ", rows[0].Select(c => c.InnerText)));
        var isTaskTable = (header.Contains("noi dung", StringComparison.Ordinal) || header.Contains("cong viec", StringComparison.Ordinal) || header.Contains("nhiem vu", StringComparison.Ordinal))
                          && (header.Contains("don vi", StringComparison.Ordinal) || header.Contains("chu tri", StringComparison.Ordinal) || header.Contains("phu trach", StringComparison.Ordinal));
        if (isTaskTable)
        {
            foreach (var row in rows)
                sb.Append("| ").AppendJoin(" | ", row.Select(c => string.Join(" ", c.Elements<Paragraph>().Select(ParagraphText)).Replace('|', '/'))).AppendLine(" |");
            return;
        }
        // Layout tables: read column by column so each block stays whole.
        var columns = rows.Max(r => r.Count);
        for (var col = 0; col < columns; col++)
            foreach (var row in rows.Where(r => col < r.Count))
                foreach (var p in row[col].Elements<Paragraph>())
                    sb.Append(numbering.Prefix(p)).AppendLine(ParagraphText(p));
    }

    private static string ParagraphText(Paragraph p)
    {
        var sb = new StringBuilder();
        foreach (var e in p.Descendants())
        {
            switch (e)
            {
                case Text t: sb.Append(t.Text); break;
                case TabChar: sb.Append('\t'); break;
                case Break or CarriageReturn: sb.Append('\n'); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Writes Word's automatic list numbers as the text markers a typed plan would have.</summary>
    private sealed class NumberingWriter(Numbering? numbering)
    {
        private readonly Dictionary<(int Num, int Level), int> _counters = [];

        public string Prefix(Paragraph p)
        {
            var props = p.ParagraphProperties?.NumberingProperties;
            if (numbering is null || props?.NumberingId?.Val?.Value is not { } numId) return "";
            var level = props.NumberingLevelReference?.Val?.Value ?? 0;
            var format = LevelFormat(numId, level);
            if (format is null) return "";
            foreach (var key in _counters.Keys.Where(k => k.Num == numId && k.Level > level).ToList()) _counters.Remove(key);
            var n = _counters[(numId, level)] = _counters.GetValueOrDefault((numId, level)) + 1;
            return format switch
            {
                "decimal" or "decimalZero" => $"{n}. ",
                "lowerLetter" => $"{(char)('a' + (n - 1) % 26)}) ",
                "upperRoman" => $"{Roman(n)}. ",
                "bullet" => "- ",
                _ => "",
            };
        }

        private string? LevelFormat(int numId, int level)
        {
            var instance = numbering!.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId);
            var abstractId = instance?.AbstractNumId?.Val?.Value;
            var definition = numbering.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
            var lvl = definition?.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);
            return lvl?.NumberingFormat?.Val?.HasValue == true ? ((IEnumValue)lvl.NumberingFormat.Val.Value).Value : null;
        }

        private static string Roman(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", 4 => "IV", 5 => "V", 6 => "VI", 7 => "VII", 8 => "VIII", 9 => "IX", 10 => "X", _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture) };
    }
}
