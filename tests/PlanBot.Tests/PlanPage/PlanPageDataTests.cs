using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.Core.Plans;
using PlanBot.PlanPage;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.PlanPage;

/// <summary>
/// The plan page's data, opened through its signed link after status answers went through /api/messages: progress
/// overall and per unit, the status breakdown, every task with its last note and who answers for it, the history.
/// </summary>
public sealed class PlanPageDataTests : IAsyncLifetime
{
    private BotHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHost.StartAsync(new() { ["PlanBot:Sending:LeaseSeconds"] = "10", ["PlanBot:Sending:SendTimeoutSeconds"] = "3" });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private Uri LinkOf(Plan plan) => _bot.Services.GetRequiredService<PlanPageLinks>().For(plan);

    private async Task<JsonNode> DataAsync(Uri link)
    {
        using var response = await _bot.Client.GetAsync("/api/plan-page/plans/" + link.AbsolutePath.Split('/').Last() + link.Query);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {body}");
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        return JsonNode.Parse(body)!;
    }

    [Fact]
    public async Task The_page_data_holds_what_the_database_holds_after_status_answers()
    {
        var plan = await AnsweredPlan.AnswerAsync(_bot, await AnsweredPlan.SaveAsync(_bot));
        var data = await DataAsync(LinkOf(plan));

        // The seed's Office has 5 tasks: (40 + 100 + 0 + 0 + 0) / 5 = 28 %; the plan (40 + 100) / 7 = 20 %.
        var office = data["units"]!.AsArray().Single(u => u!["name"]!.GetValue<string>() == "Văn phòng Sở")!;
        Assert.Equal((5, 1, 28, 1), (office["total"]!.GetValue<int>(), office["done"]!.GetValue<int>(), office["percent"]!.GetValue<int>(), office["inProgress"]!.GetValue<int>()));
        Assert.Equal((7, 1, 20), (data["plan"]!["total"]!.GetValue<int>(), data["plan"]!["done"]!.GetValue<int>(), data["plan"]!["percent"]!.GetValue<int>()));
        Assert.Equal("{\"notStarted\":4,\"inProgress\":1,\"done\":1,\"blocked\":1}", data["statuses"]!.ToJsonString());

        // Every unit and task as the database has it now.
        foreach (var unit in plan.Units)
        {
            var shown = data["units"]!.AsArray().Single(u => u!["id"]!.GetValue<int>() == unit.Id)!;
            Assert.Equal(PlanProgress.Of(unit.Tasks).Percent, shown["percent"]!.GetValue<int>());
            foreach (var task in unit.Tasks)
            {
                var row = shown["tasks"]!.AsArray().Single(t => t!["id"]!.GetValue<int>() == task.Id)!;
                Assert.Equal(task.Description, row["description"]!.GetValue<string>());
                Assert.Equal(task.Note, row["note"]?.GetValue<string>());
                Assert.Equal(task.Status == WorkStatus.Done ? 100 : task.Percent, row["percent"]!.GetValue<int>());
                Assert.Equal(task.UpdatedBy, row["updatedBy"]?.GetValue<string>());
                Assert.True(row["overdue"]!.GetValue<bool>() == task.IsOpen, "the seed's tasks are due on 05/01/2023: every open one is overdue");
            }
        }
        var union = data["units"]!.AsArray().Single(u => u!["name"]!.GetValue<string>() == "Công đoàn Sở")!;
        Assert.Equal("blocked", union["tasks"]![0]!["status"]!.GetValue<string>());
        Assert.Equal("Chờ số liệu của huyện", union["tasks"]![0]!["note"]!.GetValue<string>());
        Assert.Equal("Megan Bowen", office["people"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("Adele Vance", union["people"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(6, data["plan"]!["overdue"]!.GetValue<int>());
        Assert.Contains("Văn phòng Sở", data["plan"]!["overdueUnits"]!.AsArray().Select(u => u!.GetValue<string>()));

        // Progress over time, replayed from the three recorded answers: it ends where the plan stands.
        Assert.Equal(3, await _bot.WithDbAsync(db => db.StatusChanges.CountAsync()));
        var history = data["history"]!.AsArray();
        Assert.Equal(0, history[0]!["percent"]!.GetValue<int>()); // when the plan was saved
        Assert.Equal(20, history[^1]!["percent"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_data_comes_compressed_to_a_browser_that_accepts_it()
    {
        var link = LinkOf(await AnsweredPlan.SaveAsync(_bot));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/plan-page/plans/" + link.AbsolutePath.Split('/').Last() + link.Query);
        request.Headers.AcceptEncoding.ParseAdd("gzip, deflate, br");
        using var response = await _bot.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
        var sent = await response.Content.ReadAsByteArrayAsync();
        using var unpacked = new System.IO.Compression.BrotliStream(new MemoryStream(sent), System.IO.Compression.CompressionMode.Decompress);
        var json = JsonNode.Parse(unpacked)!;
        Assert.Equal(7, json["plan"]!["total"]!.GetValue<int>());
        Assert.True(sent.Length * 2 < json.ToJsonString().Length, $"{sent.Length} bytes sent for {json.ToJsonString().Length} of JSON");
    }

    [Fact]
    public async Task The_page_itself_is_served_with_a_strict_policy_that_lets_Teams_frame_it_and_no_inline_script()
    {
        var plan = await AnsweredPlan.SaveAsync(_bot);
        var link = LinkOf(plan);
        using var page = await _bot.Client.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var csp = string.Join(" ", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.office.com https://*.cloud.microsoft", csp);
        Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"vi\">", html);
        // Every script comes from a file PlanBot serves.
        var scripts = System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*>");
        Assert.NotEmpty(scripts);
        Assert.All(scripts, s => Assert.Matches("src=\"/plan/assets/[a-z./]+\"", s.Value));
        foreach (var asset in new[] { "/plan/assets/plan.js", "/plan/assets/charts.js", "/plan/assets/strings.js", "/plan/assets/plan.css", "/plan/assets/vendor/MicrosoftTeams.min.js" })
        {
            using var file = await _bot.Client.GetAsync(asset);
            Assert.True(file.IsSuccessStatusCode, asset);
            Assert.Contains("frame-ancestors", string.Join(" ", file.Headers.GetValues("Content-Security-Policy")));
        }
    }
}
