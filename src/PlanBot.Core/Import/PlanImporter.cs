using System.Text;

namespace PlanBot.Core.Import;

/// <summary>The way in for a plan: pasted text or a file (.txt or .docx), with size limits that keep a bad file harmless.</summary>
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

    public static bool IsSupportedFile(string fileName) => KindOf(fileName) is not null;

    /// <summary>Reads a plan file; <paramref name="content"/> is read at most <see cref="MaxFileBytes"/> + 1 bytes.</summary>
    public static async Task<PlanImportResult> FromFileAsync(string fileName, Stream content, CancellationToken ct)
    {
        var kind = KindOf(fileName);
        if (kind is null) return PlanImportResult.Fail(ImportProblem.UnsupportedFile);
        var bytes = await ReadBoundedAsync(content, ct);
        if (bytes is null) return PlanImportResult.Fail(ImportProblem.TooLarge);
        if (bytes.Length == 0) return PlanImportResult.Fail(ImportProblem.Empty);
        if (kind == ".docx")
        {
            try
            {
                using var stream = new MemoryStream(bytes, writable: false);
                return FromText(DocxText.Read(stream));
            }
            catch (Exception e) when (e is InvalidDataException or IOException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or System.Xml.XmlException or ArgumentException)
            {
                return PlanImportResult.Fail(ImportProblem.DamagedDocument);
            }
        }
        return DecodeText(bytes) is { } text ? FromText(text) : PlanImportResult.Fail(ImportProblem.NotText);
    }

    private static string? KindOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".txt" => ".txt",
        ".docx" => ".docx",
        _ => null,
    };

    private static async Task<byte[]?> ReadBoundedAsync(Stream content, CancellationToken ct)
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
