using PlanBot.Tests.Support;

namespace PlanBot.Tests.Architecture;

/// <summary>
/// The line-length limit of .editorconfig (160 characters), as a ratchet: new files keep it, and the files that broke it
/// before it was set (long-lines.txt) may only have fewer long lines. Migrations are generated and not counted.
/// </summary>
public sealed class LineLengthTests
{
    private const int Limit = 160;

    [Fact]
    public void No_file_has_more_lines_over_160_characters_than_it_had()
    {
        var allowed = File.ReadAllLines(Path.Combine(Repo.Root, "tests", "PlanBot.Tests", "Architecture", "long-lines.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' '))
            .ToDictionary(p => p[0], p => int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var files = new[] { "src", "tests", "bench" }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(Repo.Root, d), "*.cs", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(Repo.Root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal)
                && !f.Contains("/Migrations/", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(files, f => f.EndsWith("Program.cs", StringComparison.Ordinal));
        var over = files
            .Select(f => (File: f, Long: File.ReadLines(Path.Combine(Repo.Root, f)).Count(l => l.Length > Limit)))
            .Where(x => x.Long > allowed.GetValueOrDefault(x.File))
            .Select(x => $"{x.File}: {x.Long} lines over {Limit} characters (allowed {allowed.GetValueOrDefault(x.File)})")
            .ToList();
        Assert.Empty(over);
    }
}
