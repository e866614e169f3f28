using System.Text.RegularExpressions;

namespace PlanBot.Core.Import;

public enum LineKind { Blank, Roman, Numbered, Lettered, Bullet, TableRow, Text }

/// <summary>One line of a plan, classified by its leading marker ("II.", "2.", "a)", "-", "|").</summary>
public sealed partial record PlanLine(LineKind Kind, string Text, string Raw, int Depth = 0)
{
    /// <summary>The text without marker, folded (no diacritics, lower case) for keyword matching.</summary>
    public string Folded { get; } = VietnameseText.Fold(Text);

    public bool IsItem => Kind is LineKind.Numbered or LineKind.Lettered;

    public IReadOnlyList<string> Cells => Kind == LineKind.TableRow
        ? Raw.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToList()
        : [];

    public static PlanLine Parse(string raw)
    {
        var line = raw.Trim();
        if (line.Length == 0 || Decoration().IsMatch(line)) return new(LineKind.Blank, "", raw);
        if (line.Contains('|', StringComparison.Ordinal) && line.Count(c => c == '|') >= 2) return new(LineKind.TableRow, line, raw);
        if (Roman().Match(line) is { Success: true } r) return new(LineKind.Roman, r.Groups["t"].Value.Trim(), raw);
        if (Numbered().Match(line) is { Success: true } n) return new(LineKind.Numbered, n.Groups["t"].Value.Trim(), raw, n.Groups["n"].Value.Count(c => c == '.'));
        if (Lettered().Match(line) is { Success: true } l) return new(LineKind.Lettered, l.Groups["t"].Value.Trim(), raw);
        if (Bullet().Match(line) is { Success: true } b) return new(LineKind.Bullet, b.Groups["t"].Value.Trim(), raw);
        return new(LineKind.Text, line, raw);
    }

    [GeneratedRegex(@"^[\-_=*~.\s]{3,}$")]
    private static partial Regex Decoration();

    [GeneratedRegex(@"^(?:PHẦN\s+)?(?<r>I{1,3}|IV|VI{0,3}|IX|X|XI{1,2})(?!/[vV]\b|/\d)\s*[.\-/):]\s*(?<t>\S.*)$")]
    private static partial Regex Roman();

    [GeneratedRegex(@"^(?<n>\d{1,2}(?:\.\d{1,2}){0,2})\s*[.)]\s*(?<t>\S.*)$")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^(?<l>[a-zđ])\s*[).]\s+(?<t>\S.*)$")]
    private static partial Regex Lettered();

    [GeneratedRegex(@"^[\-–—•+*·●▪◦]\s*(?<t>\S.*)$")]
    private static partial Regex Bullet();
}
