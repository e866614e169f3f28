using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Manifest;

/// <summary>The Teams app package: the manifest passes the official v1.30 schema, icons have the sizes Teams requires.</summary>
public sealed class ManifestTests
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";

    [Fact]
    public void Packaged_manifest_is_valid_against_the_official_schema_and_holds_what_Teams_needs()
    {
        var zip = Package(AppId, "planbot.example.org");
        using var archive = ZipFile.OpenRead(zip);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order());

        var manifestPath = Path.Combine(Path.GetDirectoryName(zip)!, "app", "manifest.json");
        var validation = JsonNode.Parse(Repo.RunNode("validate-manifest.js", "", manifestPath))!;
        Assert.Empty(validation["errors"]!.AsArray());

        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!;
        var bot = manifest["bots"]![0]!;
        Assert.Equal(AppId, bot["botId"]!.GetValue<string>());
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.True(bot["supportsFiles"]!.GetValue<bool>());
        Assert.Contains("trợ giúp", bot["commandLists"]![0]!["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()));
    }

    [Fact]
    public void Packaging_refuses_an_app_id_that_is_not_a_guid()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Package("not-a-guid", "planbot.example.org"));
        Assert.Contains("/bots/0/botId must match pattern", error.Message);
    }

    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public void Icons_have_the_required_size(string file, int size)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Repo.Manifest, file));
        Assert.Equal("\x89PNG", System.Text.Encoding.Latin1.GetString(bytes, 0, 4));
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)));
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
        if (file == "outline.png") Assert.Equal(6, bytes[25]); // colour type 6: RGBA, so the background can be transparent
    }

    private static string Package(string appId, string domain)
    {
        var psi = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repo.Root };
        psi.ArgumentList.Add(Path.Combine(Repo.Root, "scripts", "package-manifest.sh"));
        psi.Environment["MicrosoftAppId"] = appId;
        psi.Environment["PLANBOT_DOMAIN"] = domain;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEnd();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException(stderr);
        return stdout.Trim();
    }
}
