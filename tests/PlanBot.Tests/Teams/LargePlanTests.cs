using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PlanBot.Core.Plans;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Teams;

/// <summary>
/// A provincial plan — 40 units, 264 tasks, one unit with 30 — pasted, saved, assigned, status requested and
/// answered page by page, through /api/messages. The fake connector refuses messages over 100 KB as Teams does;
/// every message and every button's answer stays within 80 KB.
/// </summary>
public sealed class LargePlanTests : IAsyncLifetime
{
    private const int Budget = 80 * 1024;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHost.StartAsync(new() { ["PlanBot:Sending:LeaseSeconds"] = "10", ["PlanBot:Sending:SendTimeoutSeconds"] = "3" });
        _bot.Connector.Members.AddRange([User.Alex.AsMember(), User.Megan.AsMember(), User.Adele.AsMember()]);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private static int Utf16(JsonNode? body) => Encoding.Unicode.GetByteCount(body?.ToReadableJson() ?? "");

    /// <summary>A button press; its answer must be a card (not the words of a card too large) within the budget.</summary>
    private async Task<JsonNode> PressAsync(string verb, JsonObject data, User? from = null, string conversationId = "personal-alex")
    {
        var (status, body) = await _bot.InvokeAsync(_bot.Activities.Execute(verb, data, from, conversationId));
        Assert.Equal(200, status);
        Assert.True(Utf16(body) <= Budget, $"the answer to {verb} is {Utf16(body)} bytes");
        Assert.Equal("application/vnd.microsoft.card.adaptive", body?["type"]?.GetValue<string>());
        return body!["value"]!;
    }

    private static string Visible(JsonNode card) => new SentActivity("POST", "", "", new JsonObject { ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = card.DeepClone() }) }).Visible;

    [Fact]
    public async Task A_40_unit_plan_is_understood_saved_shown_assigned_and_answered_within_Teams_limits()
    {
        var understood = Assert.Single(await _bot.SayAsync(_bot.Activities.Message(LargePlans.Text(40, 264, 30))));
        Assert.Contains("264 nhiệm vụ, 40 đơn vị", understood.Visible);
        Assert.Contains("30 nhiệm vụ", understood.Visible);

        await PressAsync("plan.save", new JsonObject { ["draftId"] = PlanConversationTests.DraftIdOf(understood) });
        var overview = _bot.Connector.Messages.Last();
        Assert.Contains("Tiến độ chung: 0/264 nhiệm vụ hoàn thành · bình quân 0%", overview.Visible);
        var plan = await _bot.WithDbAsync(db => db.Plans.Include(p => p.Units).ThenInclude(u => u.Tasks).SingleAsync());
        Assert.Equal(40, plan.Units.Count);
        var units = plan.Units.OrderBy(u => u.Order).ToList();
        var big = units.Single(u => u.Tasks.Count == 30);
        // Every unit is reachable: 20 on the posted card, the rest one page on.
        Assert.Contains(units[19].Name, overview.Visible);
        Assert.DoesNotContain(units[20].Name, overview.Visible);
        var second = await PressAsync("overview.page", new JsonObject { ["planId"] = plan.Id, ["page"] = 2 });
        Assert.Contains(units[39].Name, Visible(second));
        Assert.Contains("Đơn vị 21–40 / 40", Visible(second));

        // The organizer assigns Megan to the unit of 30 tasks, Adele to two others.
        Assert.Single(await _bot.SayAsync(_bot.Activities.Message("phân công")));
        await PressAsync("assign.save", new JsonObject
        {
            ["planId"] = plan.Id,
            [$"responsible-{big.Id}"] = User.Megan.AadObjectId,
            [$"responsible-{units[0].Id}"] = User.Adele.AadObjectId,
            [$"responsible-{units[2].Id}"] = User.Adele.AadObjectId,
        });

        await _bot.SayAsync(_bot.Activities.Message($"yêu cầu báo cáo {plan.Id}"));
        List<SentActivity> StatusCards() => _bot.Connector.Messages.Where(m => m.IsStatusCard).ToList();
        await Eventually.Until(() => StatusCards().Count >= 3, Eventually.Timeout, () => "connector requests: " + _bot.Connector.Seen());
        var megans = Assert.Single(StatusCards(), c => c.Visible.Contains(big.Name, StringComparison.Ordinal));
        Assert.Contains("Nhiệm vụ 1–10 / 30 · Trang 1/3", megans.Visible);

        // Megan answers page 1, turns to page 2 and answers there: both answers are kept.
        var first = big.Tasks.OrderBy(t => t.Order).First();
        var eleventh = big.Tasks.OrderBy(t => t.Order).ElementAt(10);
        await PressAsync("status.save", new JsonObject { ["planId"] = plan.Id, ["unitId"] = big.Id, ["page"] = 1, [$"status-{first.Id}"] = "done", [$"percent-{first.Id}"] = "100", [$"note-{first.Id}"] = "" }, User.Megan, "a:1to1-29:megan");
        var page2 = await PressAsync("status.page", new JsonObject { ["planId"] = plan.Id, ["unitId"] = big.Id, ["page"] = 2 }, User.Megan, "a:1to1-29:megan");
        Assert.Contains($"status-{eleventh.Id}", page2.ToJsonString());
        Assert.DoesNotContain($"status-{first.Id}", page2.ToJsonString());
        var saved = await PressAsync("status.save", new JsonObject { ["planId"] = plan.Id, ["unitId"] = big.Id, ["page"] = 2, [$"status-{eleventh.Id}"] = "blocked", [$"percent-{eleventh.Id}"] = "20", [$"note-{eleventh.Id}"] = "Chờ kinh phí" }, User.Megan, "a:1to1-29:megan");
        Assert.Contains("Nhiệm vụ 11–20 / 30 · Trang 2/3", Visible(saved));
        var tasks = await _bot.WithDbAsync(db => db.Tasks.Where(t => t.Id == first.Id || t.Id == eleventh.Id).ToDictionaryAsync(t => t.Id));
        Assert.Equal(WorkStatus.Done, tasks[first.Id].Status);
        Assert.Equal(WorkStatus.Blocked, tasks[eleventh.Id].Status);

        // From the overview, Megan's button opens her status card; the organizer sees the unit read-only.
        var mine = await PressAsync("overview.unit", new JsonObject { ["planId"] = plan.Id, ["unitId"] = big.Id, ["page"] = 1 }, User.Megan, "a:1to1-29:megan");
        Assert.Equal("status.save", mine["actions"]![0]!["verb"]!.GetValue<string>());
        var detail = await PressAsync("overview.unit", new JsonObject { ["planId"] = plan.Id, ["unitId"] = big.Id, ["page"] = 1 });
        Assert.Equal("overview.page", detail["actions"]![0]!["verb"]!.GetValue<string>());
        Assert.Contains("Megan Bowen", Visible(detail));
        Assert.DoesNotContain("Input.", detail.ToJsonString());

        // The overview in place shows the blocked task among the urgent ones.
        Assert.NotNull(await _bot.Connector.WaitForAsync(s => s.Method == "PUT" && s.Visible.Contains("Vướng mắc: Chờ kinh phí", StringComparison.Ordinal), TimeSpan.FromSeconds(15)));

        Assert.Empty(_bot.Connector.TooBig);
        var largest = _bot.Connector.Sizes.MaxBy(s => s.Bytes);
        Assert.True(largest.Bytes <= Budget, $"largest message: {largest}");
    }
}

/// <summary>
/// A card built over the budget is a bug: it never reaches Teams (no 413, no cut card), and the person who asked is
/// told in words — in a message, or as the button's answer. The templates here are PlanBot's own with a 60,000-letter
/// text block added to one of them.
/// </summary>
public sealed class MessageSizeBudgetTests
{
    private static async Task<BotHost> StartWithOversizedAsync(string template)
    {
        var folder = Directory.CreateTempSubdirectory("planbot-cards-").FullName;
        foreach (var file in Directory.GetFiles(Repo.Cards, "*.json")) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        var card = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, template + ".json")))!;
        card["body"]!.AsArray().Add(new JsonObject { ["type"] = "TextBlock", ["text"] = new string('ệ', 60_000), ["wrap"] = true });
        File.WriteAllText(Path.Combine(folder, template + ".json"), card.ToJsonString());
        return await BotHost.StartAsync(new() { ["PlanBot:CardsPath"] = folder });
    }

    [Fact]
    public async Task A_reply_card_over_80_KB_is_not_sent_and_the_user_is_told_in_words()
    {
        await using var bot = await StartWithOversizedAsync("help");
        var reply = Assert.Single(await bot.SayAsync(bot.Activities.Message("trợ giúp")));
        Assert.Null(reply.Card);
        Assert.Matches(@"^PlanBot chưa gửi được thẻ này: thẻ lớn 1\d\d KB, vượt giới hạn của Teams", reply.Text); // the 60,000 letters alone are 117 KB
        Assert.Empty(bot.Connector.TooBig);
    }

    [Fact]
    public async Task A_button_answer_over_80_KB_becomes_words_and_what_was_done_stays_done()
    {
        await using var bot = await StartWithOversizedAsync("plan-overview");
        var understood = Assert.Single(await bot.SayAsync(bot.Activities.Message(File.ReadAllText(Repo.SeedPlan))));
        var (status, body) = await bot.InvokeAsync(bot.Activities.Execute("plan.save", new JsonObject { ["draftId"] = PlanConversationTests.DraftIdOf(understood) }));
        Assert.Equal(200, status);
        Assert.Equal("application/vnd.microsoft.activity.message", body?["type"]?.GetValue<string>());
        Assert.Contains("PlanBot chưa gửi được thẻ này", body!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1, await bot.WithDbAsync(db => db.Plans.CountAsync())); // saved; only its overview card could not be posted
        Assert.Empty(bot.Connector.TooBig);
        Assert.DoesNotContain(bot.Connector.Messages, m => m.Card is not null && m.Visible.Contains("Tiến độ chung", StringComparison.Ordinal));
    }
}
