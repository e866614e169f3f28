using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanBot.Tests.Support;

/// <summary>Writes .docx plans the way Word does: paragraphs, automatic bullet lists, and tables.</summary>
public sealed class DocxBuilder
{
    private readonly List<OpenXmlElement> _body = [];
    private bool _usesBullets;

    public DocxBuilder Paragraph(string text)
    {
        _body.Add(new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve })));
        return this;
    }

    /// <summary>A paragraph in Word's automatic bullet list: no "-" in its text.</summary>
    public DocxBuilder Bullet(string text)
    {
        _usesBullets = true;
        _body.Add(new Paragraph(
            new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })),
            new Run(new Text(text))));
        return this;
    }

    public DocxBuilder Table(params string[][] rows)
    {
        var table = new Table();
        foreach (var row in rows)
            table.Append(new TableRow(row.Select(cell => new TableCell(cell.Split('\n').Select(line => new Paragraph(new Run(new Text(line))))))));
        _body.Add(table);
        return this;
    }

    /// <summary>Every line of a text plan as a paragraph; "- " bullets become Word bullets.</summary>
    public static DocxBuilder FromText(string text)
    {
        var builder = new DocxBuilder();
        foreach (var line in text.Replace("\r", "").Split('\n'))
        {
            if (line.StartsWith("- ", StringComparison.Ordinal)) builder.Bullet(line[2..]);
            else builder.Paragraph(line);
        }
        return builder;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(_body.Select(e => e.CloneNode(true))));
            if (_usesBullets)
            {
                var numbering = main.AddNewPart<NumberingDefinitionsPart>();
                numbering.Numbering = new Numbering(
                    new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "-" }) { LevelIndex = 0 }) { AbstractNumberId = 1 },
                    new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });
            }
        }
        return stream.ToArray();
    }
}
