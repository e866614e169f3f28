using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Teams;

/// <summary>The walking skeleton through the real pipeline: activities posted to /api/messages, replies caught by a fake Bot Connector.</summary>
public sealed class PlanConversationTests : IAsyncLifetime
{
    private BotHost _bot = null!;
    private static readonly string SeedText = File.ReadAllText(Repo.SeedPlan);

    public async Task InitializeAsync() => _bot = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("help")]
    [InlineData("trợ giúp")]
    [InlineData("<at>PlanBot</at> help")]
    public async Task Help_answers_with_the_help_card_in_Vietnamese(string text)
    {
        var reply = Assert.Single(await _bot.SayAsync(_bot.Activities.Message(text)));
        Assert.Contains("PlanBot – trợ giúp", reply.Visible);
        Assert.Contains("danh sách · plans", reply.Visible);
    }

    [Fact]
    public async Task Lang_en_switches_the_users_replies_to_English_and_is_remembered()
    {
        var switched = Assert.Single(await _bot.SayAsync(_bot.Activities.Message("lang en")));
        Assert.Equal("Switched to English.", switched.Text);
        var help = Assert.Single(await _bot.SayAsync(_bot.Activities.Message("help")));
        Assert.Contains("PlanBot – help", help.Visible);
        // Another user still gets Vietnamese.
        var other = Assert.Single(await _bot.SayAsync(_bot.Activities.Message("help", User.Megan, "personal-megan")));
        Assert.Contains("trợ giúp", other.Visible);
        // The help says what makes a plan as the importer decides it (no section is required) and names PDF.
        Assert.Contains(".pdf", other.Visible);
        Assert.DoesNotContain("TỔ CHỨC THỰC HIỆN", other.Visible);
    }

    [Fact]
    public async Task Pasted_plan_is_shown_as_understood_then_saved_with_an_overview_card()
    {
        var understood = Assert.Single(await _bot.SayAsync(_bot.Activities.Message(SeedText)));
        foreach (var expected in new[] { "05/01/2023 (dự kiến)", "Phòng họp số 02, tầng 5", "Văn phòng Sở", "Công đoàn Sở", "Các phòng, đơn vị thuộc Sở", "/KH-KHCN", "Sở Khoa học và Công nghệ", "Bắc Giang, 12/2022", "Lãnh đạo Sở", "GIÁM ĐỐC, Nguyễn Thanh Bình", "Lưu", "Hủy" })
            Assert.Contains(expected, understood.Visible);
        Assert.Equal(0, await _bot.WithDbAsync(db => db.Plans.CountAsync()));

        var draftId = DraftIdOf(understood);
        var (status, body) = await _bot.InvokeAsync(_bot.Activities.Execute("plan.save", new JsonObject { ["draftId"] = draftId }));
        Assert.Equal(200, status);
        Assert.Equal("application/vnd.microsoft.card.adaptive", body?["type"]?.GetValue<string>());
        Assert.Contains("Đã lưu kế hoạch số 1", body!["value"]!.ToReadableJson());

        var overview = _bot.Connector.Messages.Last();
        Assert.Contains("Tiến độ chung: 0/7 nhiệm vụ hoàn thành · bình quân 0%", overview.Visible);
        Assert.Equal(7, overview.Visible.Split("Chưa bắt đầu").Length - 1);
        Assert.Contains("Phòng họp số 02", overview.Visible);
        var plan = await _bot.WithDbAsync(db => db.Plans.Include(p => p.Units).ThenInclude(u => u.Tasks).SingleAsync());
        Assert.Equal(overview.Id, (await _bot.WithDbAsync(db => db.OverviewPosts.SingleAsync(p => p.PlanId == plan.Id))).ActivityId);
        Assert.Equal(["Văn phòng Sở", "Công đoàn Sở", "Các phòng, đơn vị thuộc Sở"], plan.Units.OrderBy(u => u.Order).Select(u => u.Name));
        Assert.Equal(7, plan.Units.Sum(u => u.Tasks.Count));
    }

    [Fact]
    public async Task The_same_save_delivered_twice_saves_once()
    {
        var draftId = DraftIdOf(Assert.Single(await _bot.SayAsync(_bot.Activities.Message(SeedText))));
        var save = _bot.Activities.Execute("plan.save", new JsonObject { ["draftId"] = draftId });
        var first = _bot.InvokeAsync(save);
        var second = _bot.InvokeAsync(save.DeepClone());
        var results = await Task.WhenAll(first, second);
        Assert.All(results, r => Assert.Equal(200, r.Status));
        Assert.Equal(1, await _bot.WithDbAsync(db => db.Plans.CountAsync()));
    }

    [Fact]
    public async Task Corrections_on_the_card_are_saved_and_a_bad_date_is_refused_without_saving()
    {
        var draftId = DraftIdOf(Assert.Single(await _bot.SayAsync(_bot.Activities.Message(SeedText))));
        var bad = await _bot.InvokeAsync(_bot.Activities.Execute("plan.save", new JsonObject { ["draftId"] = draftId, ["eventDate"] = "32/01/2023" }));
        Assert.Equal("application/vnd.microsoft.activity.message", bad.Body?["type"]?.GetValue<string>());
        Assert.Contains("dd/MM/yyyy", bad.Body?["value"]?.GetValue<string>());
        Assert.Equal(0, await _bot.WithDbAsync(db => db.Plans.CountAsync()));

        await _bot.InvokeAsync(_bot.Activities.Execute("plan.save", new JsonObject
        {
            ["draftId"] = draftId, ["eventDate"] = "06/01/2023", ["startTime"] = "08:00", ["venue"] = "Hội trường A",
        }));
        var plan = await _bot.WithDbAsync(db => db.Plans.SingleAsync());
        Assert.Equal(new DateOnly(2023, 1, 6), plan.EventStartDate);
        Assert.Equal(new TimeOnly(8, 0), plan.EventStartTime);
        Assert.Equal("Hội trường A", plan.Venue);
        Assert.Contains("08:00, 06/01/2023", _bot.Connector.Messages.Last().Visible);
    }

    [Fact]
    public async Task Forged_card_submissions_are_refused_and_change_nothing()
    {
        var draftId = DraftIdOf(Assert.Single(await _bot.SayAsync(_bot.Activities.Message(SeedText))));

        var otherUser = await _bot.InvokeAsync(_bot.Activities.Execute("plan.save", new JsonObject { ["draftId"] = draftId }, User.Megan));
        Assert.Contains("Chỉ người đã gửi", otherUser.Body?["value"]?.GetValue<string>());
        var otherConversation = await _bot.InvokeAsync(_bot.Activities.Execute("plan.save", new JsonObject { ["draftId"] = draftId }, conversationId: "another-chat"));
        Assert.Contains("không còn", otherConversation.Body?["value"]?.ToReadableJson());
        var malformed = await _bot.InvokeAsync(_bot.Activities.Execute("plan.save", new JsonObject { ["draftId"] = new JsonObject() }));
        Assert.Contains("không còn hợp lệ", malformed.Body?["value"]?.GetValue<string>());
        var unknownVerb = await _bot.InvokeAsync(_bot.Activities.Execute("plan.delete", new JsonObject { ["planId"] = 1 }));
        Assert.Contains("không còn hợp lệ", unknownVerb.Body?["value"]?.GetValue<string>());
        var cancelByOther = await _bot.InvokeAsync(_bot.Activities.Execute("plan.cancel", new JsonObject { ["draftId"] = draftId }, User.Megan));
        Assert.Equal(200, cancelByOther.Status);

        Assert.Equal(0, await _bot.WithDbAsync(db => db.Plans.CountAsync()));
        Assert.Equal(1, await _bot.WithDbAsync(db => db.Drafts.CountAsync()));
    }

    [Fact]
    public async Task Cancel_drops_the_draft_and_replaces_the_card()
    {
        var draftId = DraftIdOf(Assert.Single(await _bot.SayAsync(_bot.Activities.Message(SeedText))));
        var (_, body) = await _bot.InvokeAsync(_bot.Activities.Execute("plan.cancel", new JsonObject { ["draftId"] = draftId }));
        Assert.Contains("Đã hủy", body?["value"]?.ToReadableJson());
        Assert.Equal(0, await _bot.WithDbAsync(db => db.Drafts.CountAsync()));
    }

    [Fact]
    public async Task Action_Submit_fallback_saves_and_updates_the_clicked_card()
    {
        var understood = Assert.Single(await _bot.SayAsync(_bot.Activities.Message(SeedText)));
        var replies = await _bot.SayAsync(_bot.Activities.Submit(new JsonObject { ["verb"] = "plan.save", ["draftId"] = DraftIdOf(understood) }, understood.Id), 1);
        Assert.Contains(replies, r => r.Visible.Contains("Tiến độ chung", StringComparison.Ordinal));
        await _bot.Connector.WaitForAsync(s => s.Method == "PUT");
        var update = Assert.Single(_bot.Connector.Sent, s => s.Method == "PUT");
        Assert.Equal(understood.Id, update.Id);
        Assert.Contains("Đã lưu kế hoạch số 1", update.Visible);
    }

    [Fact]
    public async Task Text_that_is_not_a_plan_says_what_is_missing_and_saves_nothing()
    {
        var text = "Biên bản họp giao ban tuần\nNgày 20/11/2023\nChủ trì: Giám đốc\nNội dung: các phòng báo cáo công việc trong tuần và kế hoạch tuần tới.\nKết luận: giao Văn phòng tổng hợp.";
        var reply = Assert.Single(await _bot.SayAsync(_bot.Activities.Message(text)));
        Assert.Contains("chưa phải là một kế hoạch", reply.Text);
        Assert.Contains("không có tiêu đề \"KẾ HOẠCH …\"", reply.Text);
        Assert.Contains("không có phần \"TỔ CHỨC THỰC HIỆN\"", reply.Text);
        Assert.Equal(0, await _bot.WithDbAsync(db => db.Drafts.CountAsync()));
    }

    [Fact]
    public async Task A_short_unknown_message_points_to_help()
    {
        var reply = Assert.Single(await _bot.SayAsync(_bot.Activities.Message("xin chào")));
        Assert.Contains("trợ giúp", reply.Text);
    }

    [Fact]
    public async Task Plans_lists_saved_plans_and_show_posts_an_overview_again()
    {
        var empty = Assert.Single(await _bot.SayAsync(_bot.Activities.Message("danh sách")));
        Assert.Contains("Chưa có kế hoạch nào", empty.Visible);

        var draftId = DraftIdOf(Assert.Single(await _bot.SayAsync(_bot.Activities.Message(SeedText))));
        await _bot.InvokeAsync(_bot.Activities.Execute("plan.save", new JsonObject { ["draftId"] = draftId }));

        var list = Assert.Single(await _bot.SayAsync(_bot.Activities.Message("plans")));
        Assert.Contains("#1 · Tổ chức Hội nghị tổng kết", list.Visible);
        var shown = Assert.Single(await _bot.SayAsync(_bot.Activities.Message("xem 1")));
        Assert.Contains("Tiến độ chung", shown.Visible);
        var missing = Assert.Single(await _bot.SayAsync(_bot.Activities.Message("show 99")));
        Assert.Contains("Không tìm thấy kế hoạch số 99", missing.Text);
        var viaButton = await _bot.InvokeAsync(_bot.Activities.Execute("plan.show", new JsonObject { ["planId"] = 1 }));
        Assert.Equal(200, viaButton.Status);
        Assert.Contains("Tổ chức Hội nghị", viaButton.Body?["value"]?.GetValue<string>());
    }

    [Fact]
    public async Task Bot_added_to_a_conversation_greets_once()
    {
        await _bot.SayAsync(_bot.Activities.BotAdded("group-1", "groupChat"));
        (await _bot.PostAsync(_bot.Activities.BotAdded("group-1", "groupChat"))).EnsureSuccessStatusCode(); // the answer comes when the turn is over
        await _bot.SettledAsync();
        var welcome = Assert.Single(_bot.Connector.Messages);
        Assert.Contains("Xin chào, tôi là PlanBot", welcome.Visible);
    }

    [Fact]
    public async Task A_new_users_first_activities_arriving_together_are_all_answered()
    {
        // Teams sends conversationUpdate, installationUpdate and the first message at once.
        var posts = Enumerable.Range(0, 6).Select(_ => _bot.PostAsync(_bot.Activities.Message("help", User.Adele, "personal-adele"))).ToList();
        var responses = await Task.WhenAll(posts);
        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, $"{(int)r.StatusCode}"));
        await Eventually.Until(() => _bot.Connector.Messages.Count >= 6, Eventually.Timeout, () => "connector requests: " + _bot.Connector.Seen());
        Assert.Equal(6, _bot.Connector.Messages.Count(m => m.Visible.Contains("PlanBot – trợ giúp", StringComparison.Ordinal)));
        Assert.Equal(1, await _bot.WithDbAsync(db => db.Users.CountAsync(u => u.UserId == User.Adele.AadObjectId)));
    }

    [Fact]
    public async Task Plan_in_a_group_chat_with_the_bot_mentioned_is_read()
    {
        var message = _bot.Activities.Message("<at>PlanBot</at> " + SeedText, conversationId: "group-1", conversationType: "groupChat");
        var reply = Assert.Single(await _bot.SayAsync(message));
        Assert.Contains("PlanBot hiểu kế hoạch như sau", reply.Visible);
    }

    [Fact]
    public async Task When_the_database_fails_the_user_is_told_to_try_again_and_the_service_answers_afterwards()
    {
        await _bot.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ALTER TABLE \"Drafts\" RENAME TO \"DraftsAway\""));
        var response = await _bot.PostAsync(_bot.Activities.Message(SeedText));
        Assert.True((int)response.StatusCode < 500, $"status {(int)response.StatusCode}");
        await Eventually.Until(() => _bot.Connector.Messages.Count > 0, Eventually.Timeout, () => "connector requests: " + _bot.Connector.Seen());
        var apology = Assert.Single(_bot.Connector.Messages);
        Assert.Contains("Cơ sở dữ liệu của PlanBot đang tạm thời không truy cập được", apology.Text);
        Assert.DoesNotContain("Exception", apology.Text);

        await _bot.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ALTER TABLE \"DraftsAway\" RENAME TO \"Drafts\""));
        var understood = Assert.Single(await _bot.SayAsync(_bot.Activities.Message(SeedText)));
        Assert.Contains("PlanBot hiểu kế hoạch như sau", understood.Visible);
    }

    internal static string DraftIdOf(SentActivity understood) =>
        understood.Card?["actions"]?[0]?["data"]?["draftId"]?.GetValue<string>() ?? throw new InvalidOperationException("no draft id on the card");
}
