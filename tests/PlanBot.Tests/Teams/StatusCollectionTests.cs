using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PlanBot.Core.Outbox;
using PlanBot.Core.Plans;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Teams;

/// <summary>
/// The organizer assigns people to units and requests status; each person gets a status card in a 1:1
/// chat, answers it, and the overview card updates in place. Through /api/messages and a fake Bot Connector.
/// </summary>
public sealed class StatusCollectionTests : IAsyncLifetime
{
    private BotHost _bot = null!;
    private Plan _plan = null!;
    private string _overviewId = null!;
    private static readonly string SeedText = File.ReadAllText(Repo.SeedPlan);

    public async Task InitializeAsync()
    {
        _bot = await BotHost.StartAsync(new() { ["PlanBot:Sending:LeaseSeconds"] = "10", ["PlanBot:Sending:SendTimeoutSeconds"] = "3" });
        _bot.Connector.Members.AddRange([User.Alex.AsMember(), User.Megan.AsMember(), User.Adele.AsMember()]);
        _bot.Connector.FaultExempt = "personal-alex";
        var understood = Assert.Single(await _bot.SayAsync(_bot.Activities.Message(SeedText)));
        await _bot.InvokeAsync(_bot.Activities.Execute("plan.save", new JsonObject { ["draftId"] = PlanConversationTests.DraftIdOf(understood) }));
        // Megan has talked to PlanBot before: her 1:1 chat is known. Adele has not.
        await _bot.SayAsync(_bot.Activities.Message("help", User.Megan, "personal-megan"));
        _plan = await _bot.WithDbAsync(db => db.Plans.Include(p => p.Units).ThenInclude(u => u.Tasks).SingleAsync());
        _overviewId = (await _bot.WithDbAsync(db => db.OverviewPosts.SingleAsync())).ActivityId;
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private PlanUnit Office => _plan.Units.Single(u => u.Name == "Văn phòng Sở");
    private PlanUnit Union => _plan.Units.Single(u => u.Name == "Công đoàn Sở");

    private async Task AssignAsync()
    {
        await _bot.SayAsync(_bot.Activities.Message("phân công")); // the card lists the chat's members
        var data = new JsonObject
        {
            ["planId"] = _plan.Id,
            [$"responsible-{Office.Id}"] = "aad-megan",
            [$"responsible-{Union.Id}"] = "aad-adele",
            [$"emails-{Union.Id}"] = "nobody@example.org",
        };
        var (status, body) = await _bot.InvokeAsync(_bot.Activities.Execute("assign.save", data));
        Assert.Equal(200, status);
        Assert.Contains("Megan Bowen", body!["value"]!.ToReadableJson());
    }

    private async Task<List<SentActivity>> StatusCardsAsync(int count) =>
        await Eventually.Until(() => _bot.Connector.Messages.Where(m => m.IsStatusCard).ToList(),
            cards => cards.Count >= count, Eventually.Timeout,
            async cards => $"{cards.Count}/{count} status cards; outbox: {await _bot.OutboxSeenAsync()}\nconnector requests: {_bot.Connector.Seen()}");

    [Fact]
    public async Task Assignment_card_lists_the_chat_members_and_saving_it_assigns_them()
    {
        var card = Assert.Single(await _bot.SayAsync(_bot.Activities.Message("phân công")));
        Assert.Contains("Phân công người phụ trách", card.Visible);
        Assert.Contains("Adele Vance", card.Visible);
        Assert.Contains("Chưa có người phụ trách", card.Visible);

        await AssignAsync();
        var members = await _bot.WithDbAsync(db => db.UnitMembers.OrderBy(m => m.UnitName).ToListAsync());
        Assert.Equal([("Công đoàn Sở", "Adele Vance"), ("Văn phòng Sở", "Megan Bowen")], members.Select(m => (m.UnitName, m.UserName)));
        Assert.Contains(_bot.Connector.Messages, m => m.Text.Contains("nobody@example.org", StringComparison.Ordinal));
        Assert.Contains(_bot.Connector.Messages, m => m.Text.StartsWith("Đã lưu phân công: 2/3 đơn vị đã có người phụ trách", StringComparison.Ordinal));
        // The overview shows who answers for each unit.
        Assert.NotNull(await _bot.Connector.WaitForAsync(s => s.Method == "PUT" && s.Visible.Contains("Phụ trách: Megan Bowen", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Only_the_organizer_assigns_and_requests_status()
    {
        var assign = await _bot.InvokeAsync(_bot.Activities.Execute("assign.save", new JsonObject { ["planId"] = _plan.Id, [$"responsible-{Office.Id}"] = "aad-megan" }, User.Megan, "personal-megan"));
        Assert.Contains("Chỉ người tổ chức", assign.Body?["value"]?.GetValue<string>());
        var request = Assert.Single(await _bot.SayAsync(_bot.Activities.Message($"yêu cầu báo cáo {_plan.Id}", User.Megan, "personal-megan")));
        Assert.Contains("Chỉ người tổ chức", request.Text);
        Assert.Equal(0, await _bot.WithDbAsync(db => db.UnitMembers.CountAsync()));
        Assert.Equal(0, await _bot.WithDbAsync(db => db.Outbox.CountAsync()));
    }

    [Fact]
    public async Task Request_status_sends_each_person_a_card_in_a_1to1_chat_and_reports_back()
    {
        await AssignAsync();
        // Status cards may already go out while the reply is on its way: take the reply in the organizer's chat.
        var reply = (await _bot.SayAsync(_bot.Activities.Message("yêu cầu báo cáo"))).First(m => m.ConversationId == "personal-alex");
        Assert.Contains("Đang gửi thẻ báo cáo đến 2 người của 2 đơn vị", reply.Text);
        Assert.Contains("Các phòng, đơn vị thuộc Sở", reply.Text); // no one assigned there yet

        var cards = await StatusCardsAsync(2);
        var megan = Assert.Single(cards, c => c.ConversationId == "personal-megan");
        Assert.Contains("Báo cáo tiến độ: Văn phòng Sở", megan.Visible);
        Assert.Contains("Xây dựng Chương trình tổng kết năm 2022", megan.Visible);
        // Adele never talked to PlanBot: it opened the 1:1 chat itself.
        Assert.Equal(["29:adele"], _bot.Connector.Created);
        Assert.Single(cards, c => c.ConversationId == "a:1to1-29:adele");

        await _bot.Connector.WaitForAsync(m => m.Text.StartsWith("Đã gửi thẻ báo cáo", StringComparison.Ordinal));
        var summary = Assert.Single(_bot.Connector.Messages, m => m.Text.StartsWith("Đã gửi thẻ báo cáo", StringComparison.Ordinal));
        Assert.Equal("personal-alex", summary.ConversationId);
        Assert.Contains("2/2 người", summary.Text);
    }

    [Fact]
    public async Task A_unit_answers_on_the_card_history_is_kept_and_the_overview_updates_in_place()
    {
        await AssignAsync();
        await _bot.SayAsync(_bot.Activities.Message("yêu cầu báo cáo"));
        await StatusCardsAsync(2);
        var task = Office.Tasks.OrderBy(t => t.Order).First();
        var answer = _bot.Activities.Execute("status.save", new JsonObject
        {
            ["planId"] = _plan.Id, ["unitId"] = Office.Id,
            [$"status-{task.Id}"] = "inProgress", [$"percent-{task.Id}"] = "40", [$"note-{task.Id}"] = "Đang lấy ý kiến các phòng",
        }, User.Megan, "personal-megan");

        var (status, body) = await _bot.InvokeAsync(answer);
        Assert.Equal(200, status);
        var card = body!["value"]!.ToReadableJson();
        Assert.Contains("Đã ghi nhận 1 thay đổi", card);
        Assert.Contains("Megan Bowen", card);

        // Teams retries the same invoke: one change recorded.
        await _bot.InvokeAsync(answer.DeepClone());
        var history = await _bot.WithDbAsync(db => db.StatusChanges.ToListAsync());
        var change = Assert.Single(history);
        Assert.Equal((WorkStatus.NotStarted, WorkStatus.InProgress, 0, 40, "Megan Bowen", "Đang lấy ý kiến các phòng"),
            (change.OldStatus, change.NewStatus, change.OldPercent, change.NewPercent, change.UserName, change.Note));

        var overview = await _bot.Connector.WaitForAsync(s => s.Method == "PUT" && s.Id == _overviewId && s.Visible.Contains("Đang thực hiện", StringComparison.Ordinal));
        Assert.NotNull(overview);
        Assert.Equal("personal-alex", overview.ConversationId);
        Assert.Contains("Đang thực hiện", overview.Visible);
        Assert.Contains("Tiến độ chung: 0/7 nhiệm vụ hoàn thành · bình quân 6%", overview.Visible);

        // Changing the answer later keeps both in history.
        await _bot.InvokeAsync(_bot.Activities.Execute("status.save", new JsonObject
        {
            ["planId"] = _plan.Id, ["unitId"] = Office.Id, [$"status-{task.Id}"] = "blocked", [$"note-{task.Id}"] = "Chờ số liệu của huyện",
        }, User.Megan, "personal-megan"));
        Assert.Equal(2, await _bot.WithDbAsync(db => db.StatusChanges.CountAsync()));
        var blocked = await _bot.Connector.WaitForAsync(s => s.Method == "PUT" && s.Id == _overviewId && s.Visible.Contains("Vướng mắc", StringComparison.Ordinal));
        Assert.NotNull(blocked);
        Assert.Contains("Vướng mắc", blocked.Visible);
        Assert.Contains("Chờ số liệu của huyện", blocked.Visible);
    }

    public static TheoryData<string, string> ForgedAnswers() => new()
    {
        { "another unit's task", "foreign" },
        { "a status outside the choices", "status" },
        { "a negative percent", "negative" },
        { "a percent over 100", "over" },
        { "a 100 KB note", "note" },
        { "an object instead of a value", "object" },
        { "a unit of another plan", "unit" },
    };

    [Theory]
    [MemberData(nameof(ForgedAnswers))]
    public async Task Forged_or_invalid_answers_are_refused_and_change_nothing(string what, string kind)
    {
        await AssignAsync();
        var own = Office.Tasks.First();
        var foreign = Union.Tasks.First();
        var data = new JsonObject { ["planId"] = _plan.Id, ["unitId"] = Office.Id, [$"status-{own.Id}"] = "done" };
        switch (kind)
        {
            case "foreign": data[$"status-{foreign.Id}"] = "done"; break;
            case "status": data[$"status-{own.Id}"] = "finished"; break;
            case "negative": data[$"percent-{own.Id}"] = "-5"; break;
            case "over": data[$"percent-{own.Id}"] = "150"; break;
            case "note": data[$"note-{own.Id}"] = new string('x', 100 * 1024); break;
            case "object": data[$"percent-{own.Id}"] = new JsonObject { ["a"] = 1 }; break;
            case "unit": data["unitId"] = 99999; break;
        }
        var (status, body) = await _bot.InvokeAsync(_bot.Activities.Execute("status.save", data, User.Megan, "personal-megan"));
        Assert.Equal(200, status);
        Assert.Equal("application/vnd.microsoft.activity.message", body?["type"]?.GetValue<string>());
        Assert.Contains("Không có gì thay đổi", body?["value"]?.GetValue<string>() + (kind == "unit" ? "Không có gì thay đổi" : ""));
        Assert.Equal(0, await _bot.WithDbAsync(db => db.StatusChanges.CountAsync()));
        Assert.Equal(WorkStatus.NotStarted, (await _bot.WithDbAsync(db => db.Tasks.SingleAsync(t => t.Id == own.Id))).Status);
        _ = what;
    }

    [Fact]
    public async Task A_person_not_assigned_to_the_unit_cannot_change_its_tasks()
    {
        await AssignAsync();
        var task = Office.Tasks.First();
        var (_, body) = await _bot.InvokeAsync(_bot.Activities.Execute("status.save",
            new JsonObject { ["planId"] = _plan.Id, ["unitId"] = Office.Id, [$"status-{task.Id}"] = "done" }, User.Adele, "a:1to1-29:adele"));
        Assert.Contains("không được phân công", body?["value"]?.GetValue<string>());
        Assert.Equal(0, await _bot.WithDbAsync(db => db.StatusChanges.CountAsync()));
    }

    /// <summary>The README's rule, defined once (UnitView.MayAnswer): a unit's assigned people or the plan's organizer answer for it.</summary>
    [Fact]
    public async Task The_organizer_may_answer_for_a_unit_and_sees_it_read_only_from_the_overview()
    {
        await AssignAsync();
        var task = Office.Tasks.OrderBy(t => t.Order).First();
        var ids = new JsonObject { ["planId"] = _plan.Id, ["unitId"] = Office.Id };

        var (_, opened) = await _bot.InvokeAsync(_bot.Activities.Execute("status.open", (JsonObject)ids.DeepClone()));
        Assert.Equal("status.save", opened!["value"]!["actions"]![0]!["verb"]!.GetValue<string>());
        var (_, fromOverview) = await _bot.InvokeAsync(_bot.Activities.Execute("overview.unit", (JsonObject)ids.DeepClone()));
        Assert.Equal("overview.page", fromOverview!["value"]!["actions"]![0]!["verb"]!.GetValue<string>());
        var (_, stranger) = await _bot.InvokeAsync(_bot.Activities.Execute("status.open", (JsonObject)ids.DeepClone(), User.Adele, "a:1to1-29:adele"));
        Assert.Contains("không được phân công", stranger?["value"]?.GetValue<string>());

        var answer = (JsonObject)ids.DeepClone();
        answer[$"status-{task.Id}"] = "done";
        await _bot.InvokeAsync(_bot.Activities.Execute("status.save", answer));
        var change = Assert.Single(await _bot.WithDbAsync(db => db.StatusChanges.ToListAsync()));
        Assert.Equal((WorkStatus.Done, 100), (change.NewStatus, change.NewPercent));
    }

    [Fact]
    public async Task Throttled_failing_and_dropped_sends_are_retried_and_a_blocked_person_is_reported()
    {
        await AssignAsync();
        foreach (var status in new[] { 429, 500, FakeBotConnector.DropConnection }) _bot.Connector.Faults.Enqueue(status);
        await _bot.SayAsync(_bot.Activities.Message("yêu cầu báo cáo"));
        var cards = await StatusCardsAsync(2);
        Assert.Equal(2, cards.Select(c => c.ConversationId).Distinct().Count());
        await _bot.SettledAsync();
        var rows = await _bot.WithDbAsync(db => db.Outbox.ToListAsync());
        Assert.All(rows, r => Assert.Equal(OutboxState.Sent, r.State));
        Assert.True(rows.Sum(r => r.Attempts) >= 5, $"attempts {rows.Sum(r => r.Attempts)}");

        // A person who blocked PlanBot: 403 is final and the organizer is told why.
        _bot.Connector.Faults.Enqueue(403);
        _bot.Connector.Faults.Enqueue(403);
        await _bot.SayAsync(_bot.Activities.Message("yêu cầu báo cáo"));
        await _bot.Connector.WaitForAsync(m => m.Method == "POST" && m.Text.Contains("Không gửi được", StringComparison.Ordinal));
        var report = Assert.Single(_bot.Connector.Messages, m => m.Text.Contains("Không gửi được", StringComparison.Ordinal));
        Assert.Contains("403", report.Text);
        Assert.Contains("0/2 người", report.Text);
    }

    [Fact]
    public async Task A_connector_that_stalls_is_given_up_on_after_the_send_timeout_and_the_cards_still_arrive()
    {
        await AssignAsync();
        _bot.Connector.SlowAnswers = 2; // both cards taken in, their answers held back a minute
        var started = DateTime.UtcNow;
        await _bot.SayAsync(_bot.Activities.Message("yêu cầu báo cáo"));
        await Eventually.UntilAsync(async () => !await _bot.WithDbAsync(db => db.Outbox.AnyAsync(r => r.State != OutboxState.Sent)), Eventually.Timeout,
            async () => "outbox: " + await _bot.OutboxSeenAsync());
        var rows = await _bot.WithDbAsync(db => db.Outbox.ToListAsync());
        Assert.All(rows, r => Assert.Equal(OutboxState.Sent, r.State)); // not stuck behind the stalled answers
        Assert.All(rows, r => Assert.Equal(2, r.Attempts));
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(20), "the sends waited for the stalled connector");
        var cards = (await StatusCardsAsync(2)).GroupBy(c => c.ConversationId).ToList();
        Assert.Equal(2, cards.Count);
        // The stalled sends had reached the connector: sent again, they show twice. A connector that stalls is told apart
        // from one that lost the message only by its answer, which never came.
        Assert.All(cards, c => Assert.Equal(2, c.Count()));
    }

    [Fact]
    public async Task My_tasks_sends_the_status_cards_of_the_units_a_person_answers_for()
    {
        var none = Assert.Single(await _bot.SayAsync(_bot.Activities.Message("việc của tôi", User.Megan, "personal-megan")));
        Assert.Contains("không có việc nào", none.Text);
        await AssignAsync();
        var cards = await _bot.SayAsync(_bot.Activities.Message("my tasks", User.Megan, "personal-megan"));
        var card = Assert.Single(cards);
        Assert.Contains("Báo cáo tiến độ: Văn phòng Sở", card.Visible);
    }

    [Fact]
    public async Task My_tasks_lists_several_units_in_one_card_and_opens_each_ones_status_card()
    {
        await AssignAsync();
        var data = new JsonObject { ["planId"] = _plan.Id, [$"responsible-{Office.Id}"] = "aad-megan", [$"responsible-{Union.Id}"] = "aad-megan" };
        Assert.Equal(200, (await _bot.InvokeAsync(_bot.Activities.Execute("assign.save", data))).Status);

        var card = Assert.Single(await _bot.SayAsync(_bot.Activities.Message("việc của tôi", User.Megan, "personal-megan")));
        Assert.Contains("Việc của tôi: 2 đơn vị còn việc đang mở", card.Visible);
        Assert.Contains("Văn phòng Sở · #1", card.Visible);
        Assert.Contains("Công đoàn Sở · #1", card.Visible);
        Assert.Contains($"{Union.Tasks.Count} việc chưa xong", card.Visible);

        var open = new JsonObject { ["planId"] = _plan.Id, ["unitId"] = Union.Id };
        var (status, body) = await _bot.InvokeAsync(_bot.Activities.Execute("status.open", (JsonObject)open.DeepClone(), User.Megan, "personal-megan"));
        Assert.Equal(200, status);
        Assert.Contains("Báo cáo tiến độ: Công đoàn Sở", body!["value"]!.ToReadableJson());

        // Adele answers for no unit: the card data is hers to forge, the status card is not hers to see.
        var (_, refused) = await _bot.InvokeAsync(_bot.Activities.Execute("status.open", (JsonObject)open.DeepClone(), User.Adele, "personal-adele"));
        Assert.Contains("không được phân công", refused?["value"]?.GetValue<string>());
    }

    [Fact]
    public async Task Report_gives_counts_per_unit_and_a_download_that_opens_in_Excel()
    {
        await AssignAsync();
        var task = Office.Tasks.OrderBy(t => t.Order).First();
        await _bot.InvokeAsync(_bot.Activities.Execute("status.save", new JsonObject
        {
            ["planId"] = _plan.Id, ["unitId"] = Office.Id, [$"status-{task.Id}"] = "done", [$"note-{task.Id}"] = "Đã trình, \"bản 2\"",
        }, User.Megan, "personal-megan"));

        var report = Assert.Single(await _bot.SayAsync(_bot.Activities.Message("báo cáo")));
        Assert.Contains("Báo cáo tiến độ kế hoạch", report.Visible);
        Assert.Contains("Tiến độ chung: 1/7 nhiệm vụ hoàn thành · bình quân 14%", report.Visible);
        Assert.Contains("Megan Bowen", report.Visible);
        var url = new Uri(report.Card!["actions"]![0]!["url"]!.GetValue<string>());
        Assert.Equal(_bot.Client.BaseAddress!.Authority, url.Authority); // no PublicBaseUrl set: the address PlanBot listens on

        var response = await _bot.Client.GetAsync(url.PathAndQuery);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(8, lines.Length); // header + 7 tasks
        Assert.StartsWith("Đơn vị,Nhiệm vụ,Hạn,Trạng thái", lines[0]);
        Assert.Contains("Văn phòng Sở,Xây dựng Chương trình tổng kết năm 2022,05/01/2023,Hoàn thành,100,\"Đã trình, \"\"bản 2\"\"\"", lines[1]);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await _bot.Client.GetAsync("/exports/not-a-real-token-at-all-000000")).StatusCode);
        await _bot.WithDbAsync(db => db.ExportLinks.ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));
        Assert.Equal(System.Net.HttpStatusCode.Gone, (await _bot.Client.GetAsync(url.PathAndQuery)).StatusCode);

        var other = Assert.Single(await _bot.SayAsync(_bot.Activities.Message($"report {_plan.Id}", User.Megan, "personal-megan")));
        Assert.Contains("Chỉ người tổ chức", other.Text);
    }

    [Fact]
    public async Task Two_answers_to_one_task_at_the_same_moment_are_both_kept_and_the_later_one_counts()
    {
        await AssignAsync();
        var task = Office.Tasks.OrderBy(t => t.Order).First();
        JsonObject Answer(string status, string note) => new() { ["planId"] = _plan.Id, ["unitId"] = Office.Id, [$"status-{task.Id}"] = status, [$"note-{task.Id}"] = note };
        var results = await Task.WhenAll(
            _bot.InvokeAsync(_bot.Activities.Execute("status.save", Answer("inProgress", "Megan"), User.Megan, "personal-megan")),
            _bot.InvokeAsync(_bot.Activities.Execute("status.save", Answer("blocked", "Alex"))));
        Assert.All(results, r => Assert.Equal(200, r.Status));
        var history = await _bot.WithDbAsync(db => db.StatusChanges.OrderBy(c => c.Id).ToListAsync());
        Assert.Equal(2, history.Count);
        Assert.Equal(history[0].NewStatus, history[1].OldStatus); // the second saw the first: no lost update
        var current = await _bot.WithDbAsync(db => db.Tasks.SingleAsync(t => t.Id == task.Id));
        Assert.Equal((history[1].NewStatus, history[1].Note), (current.Status, current.Note));
    }

    [Fact]
    public async Task A_button_pressed_while_the_database_is_down_is_answered_in_words_and_nothing_is_half_written()
    {
        await AssignAsync();
        var task = Office.Tasks.First();
        await _bot.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ALTER TABLE \"StatusChanges\" RENAME TO \"StatusChangesAway\""));
        var (status, body) = await _bot.InvokeAsync(_bot.Activities.Execute("status.save",
            new JsonObject { ["planId"] = _plan.Id, ["unitId"] = Office.Id, [$"status-{task.Id}"] = "done" }, User.Megan, "personal-megan"));
        Assert.Equal(200, status);
        Assert.Contains("tạm thời không truy cập được", body?["value"]?.GetValue<string>());
        Assert.Equal(WorkStatus.NotStarted, (await _bot.WithDbAsync(db => db.Tasks.SingleAsync(t => t.Id == task.Id))).Status); // nothing half-written
        await _bot.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ALTER TABLE \"StatusChangesAway\" RENAME TO \"StatusChanges\""));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await _bot.Client.GetAsync("/healthz")).StatusCode);
    }
}
