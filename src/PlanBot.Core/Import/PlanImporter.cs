using System.Text;

namespace PlanBot.Core.Import;

/// <summary>The way in for a plan: pasted text or a file (.txt, .docx or a text PDF), with size limits that keep a bad file harmless.</summary>
public static class PlanImporter
{
    /// <summary>Largest plan file accepted; written plans are tens of kilobytes.</summary>
    public const int MaxFileBytes = 4 * 1024 * 1024;

    /// <summary>Largest plan text read; a longer text is not a plan a unit can act on.</summary>
    public const int MaxTextChars = 300_000;

    public static PlanImportResult FromText(string text) =>
        string.IsNullOrWhiteSpace(text) ? PlanImportResult.Fail(ImportProblem.Empty)
        : text.Length > MaxTextChars ? PlanImportResult.Fail(ImportProblem.TooLarge)
        : PlanTextParser.Parse(text);

    /// <summary>
    /// Whether a file of this name can be a plan PlanBot reads (.txt, .docx, .pdf, or a name without extension).
    /// A .doc is read too, only to tell the user how to save it as .docx. Other files (.xlsx, images, …) are
    /// answered from their name alone, without downloading them.
    /// </summary>
    public static bool IsSupportedFile(string fileName) => KindOf(fileName) is not FileKind.Other;

    /// <summary>Reads a plan file; <paramref name="content"/> is read at most <see cref="MaxFileBytes"/> + 1 bytes.</summary>
    public static async Task<PlanImportResult> FromFileAsync(string fileName, Stream content, CancellationToken ct)
    {
        if (KindOf(fileName) is FileKind.Other) return PlanImportResult.Fail(ImportProblem.UnsupportedFile);
        var bytes = await ReadBoundedAsync(content, ct);
        return bytes is null ? PlanImportResult.Fail(ImportProblem.TooLarge) : FromBytes(fileName, bytes);
    }

    /// <summary>Reads a plan file already in memory (at most <see cref="MaxFileBytes"/>). What the bytes are wins over the name: a PDF named .docx is read as a PDF.</summary>
    public static PlanImportResult FromBytes(string fileName, byte[] bytes)
    {
        if (bytes.Length > MaxFileBytes) return PlanImportResult.Fail(ImportProblem.TooLarge);
        if (bytes.Length == 0) return PlanImportResult.Fail(ImportProblem.Empty);
        var named = KindOf(fileName);
        if (named is FileKind.Other) return PlanImportResult.Fail(ImportProblem.UnsupportedFile);
        return (Sniff(bytes) ?? named) switch
        {
            FileKind.Pdf => FromPdf(bytes),
            FileKind.Docx => FromDocx(bytes),
            FileKind.OldWord => PlanImportResult.Fail(ImportProblem.OldWordFormat),
            _ => DecodeText(bytes) is { } text ? FromText(text) : PlanImportResult.Fail(ImportProblem.NotText),
        };
    }

    private static PlanImportResult FromDocx(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            return FromText(DocxText.Read(stream));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or System.Xml.XmlException or ArgumentException or FormatException or InvalidOperationException)
        {
            return PlanImportResult.Fail(ImportProblem.DamagedDocument);
        }
    }

    /// <summary>A PDF that cannot be parsed, is locked with a password or makes the reader fail is "could not read", never an error.</summary>
    private static PlanImportResult FromPdf(byte[] bytes)
    {
        PdfReading reading;
        try
        {
            reading = PdfText.Read(bytes);
        }
#pragma warning disable CA1031 // PdfPig throws many kinds of exceptions for a damaged file; every one of them means "could not read".
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return PlanImportResult.Fail(ImportProblem.UnreadablePdf);
        }
        if (reading.TooManyPages) return PlanImportResult.Fail(ImportProblem.TooLarge);
        return reading.Text is { } text ? FromText(text) : PlanImportResult.Fail(ImportProblem.ScannedPdf);
    }

    private enum FileKind { Text, Docx, Pdf, OldWord, Unnamed, Other }

    private static FileKind KindOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".txt" or ".text" => FileKind.Text,
        ".docx" or ".docm" or ".dotx" => FileKind.Docx,
        ".pdf" => FileKind.Pdf,
        ".doc" or ".dot" => FileKind.OldWord,
        "" => FileKind.Unnamed,
        _ => FileKind.Other,
    };

    /// <summary>The format the first bytes give: %PDF, a zip (a .docx is one), an OLE compound file (Word 97–2003).</summary>
    private static FileKind? Sniff(byte[] bytes)
    {
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 1024));
        if (head.IndexOf("%PDF-"u8) >= 0) return FileKind.Pdf;
        if (head.StartsWith("PK\u0003\u0004"u8)) return FileKind.Docx;
        if (head.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 })) return FileKind.OldWord;
        return null;
    }

    /// <summary>The content, or null when it is longer than <see cref="MaxFileBytes"/> (read no further than that).</summary>
    public static async Task<byte[]?> ReadBoundedAsync(Stream content, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxFileBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>UTF-8 (with or without BOM) or UTF-16 with BOM; null for binary content.</summary>
    private static string? DecodeText(byte[] bytes)
    {
        if (bytes is [0xFF, 0xFE, ..] || bytes is [0xFE, 0xFF, ..])
            return new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true).ReadToEnd();
        if (Array.IndexOf(bytes, (byte)0) >= 0) return null;
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return text.TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
