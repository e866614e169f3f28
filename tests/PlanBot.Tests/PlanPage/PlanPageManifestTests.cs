using System.Diagnostics;
using System.Text.Json.Nodes;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.PlanPage;

/// <summary>The plan page as Teams tabs in the packaged manifest, valid against the official v1.30 schema.</summary>
public sealed class PlanPageManifestTests
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";

    [Fact]
    public void The_manifest_declares_the_personal_tab_the_channel_tab_and_the_sso_resource_of_the_page()
    {
        var (zip, _) = Package(AppId, "planbot.example.org");
        var manifestPath = Path.Combine(Path.GetDirectoryName(zip)!, "app", "manifest.json");
        Assert.Empty(JsonNode.Parse(Repo.RunNode("validate-manifest.js", "", manifestPath))!["errors"]!.AsArray());
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!;

        var mine = manifest["staticTabs"]!.AsArray().Single(t => t!["entityId"]!.GetValue<string>() == "my-plans")!;
        Assert.Equal("Kế hoạch của tôi", mine["name"]!.GetValue<string>());
        Assert.Equal("https://planbot.example.org/plan/tab?view=mine", mine["contentUrl"]!.GetValue<string>());
        Assert.Equal(["personal"], mine["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        // The bot's chat stays next to the tab.
        Assert.Contains(manifest["staticTabs"]!.AsArray(), t => t!["entityId"]!.GetValue<string>() == "conversations");

        var channel = Assert.Single(manifest["configurableTabs"]!.AsArray())!;
        Assert.Equal("https://planbot.example.org/plan/config", channel["configurationUrl"]!.GetValue<string>());
        Assert.Equal(["team", "groupChat"], channel["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));

        Assert.Contains("planbot.example.org", manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal(AppId, manifest["webApplicationInfo"]!["id"]!.GetValue<string>());
        Assert.Equal($"api://planbot.example.org/{AppId}", manifest["webApplicationInfo"]!["resource"]!.GetValue<string>());
    }

    [Fact]
    public void Packaging_refuses_a_domain_written_as_a_url()
    {
        var (_, error) = Package(AppId, "https://planbot.example.org/");
        Assert.Contains("PLANBOT_DOMAIN must be a host name only", error);
    }

    private static (string Zip, string Error) Package(string appId, string domain)
    {
        var psi = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repo.Root };
        psi.ArgumentList.Add(Path.Combine(Repo.Root, "scripts", "package-manifest.sh"));
        psi.Environment["MicrosoftAppId"] = appId;
        psi.Environment["PLANBOT_DOMAIN"] = domain;
        psi.Environment["PLANBOT_PACKAGE_DIR"] = Directory.CreateTempSubdirectory("planbot-manifest-").FullName; // ManifestTests packages at the same time
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (stdout.Result.Trim(), stderr);
    }
}
