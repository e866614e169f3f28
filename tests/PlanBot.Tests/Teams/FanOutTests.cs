using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PlanBot.Core.Outbox;
using Xunit.Abstractions;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Teams;

/// <summary>Status requests to 200 people through a connector that enforces Teams' rate limits, with and without a crash in the middle.</summary>
public sealed class FanOutTests(ITestOutputHelper output)
{
    private static List<SentActivity> StatusCards(FakeBotConnector connector) =>
        connector.Messages.Where(m => m.IsStatusCard).ToList();

    [Fact]
    public async Task Two_hundred_people_each_get_exactly_one_card_within_the_rate_limits()
    {
        await using var bot = await BotHost.StartAsync();
        bot.Connector.Limits = new ConnectorLimits();
        var plan = await FanOutSeed.WriteAsync(bot.ConnectionString, bot.Connector.Url, people: 200, withoutConversation: 50);
        await bot.SayAsync(bot.Activities.Message($"yêu cầu báo cáo {plan.Id}"));

        await Eventually.Until(() => StatusCards(bot.Connector).Count >= 200, Eventually.LongTimeout,
            () => $"{StatusCards(bot.Connector).Count}/200 status cards, {bot.Connector.Throttled} throttled", TimeSpan.FromMilliseconds(100));
        // Exactly one each: counted once the outbox has nothing left to send and nothing is on its way.
        await bot.SettledAsync(Eventually.LongTimeout);
        var cards = StatusCards(bot.Connector);
        Assert.Equal(200, cards.Select(c => c.ConversationId).Distinct().Count());
        Assert.Equal(200, cards.Count);
        Assert.Equal(50, bot.Connector.Created.Count);
        Assert.Equal(0, bot.Connector.Throttled);
        Assert.All(await bot.WithDbAsync(db => db.Outbox.ToListAsync()), r => Assert.Equal(OutboxState.Sent, r.State));
    }

    /// <summary>
    /// Two status requests under Teams' limits: the second (its people named with <paramref name="laterPrefix"/>) asked for
    /// once 20 cards of the first have gone. Returns how many had gone when it was accepted.
    /// </summary>
    private static async Task<int> RequestTwoAsync(BotHost bot, int firstPeople, int laterPeople, string laterPrefix)
    {
        bot.Connector.Limits = new ConnectorLimits();
        var first = await FanOutSeed.WriteAsync(bot.ConnectionString, bot.Connector.Url, people: firstPeople);
        var later = await FanOutSeed.WriteAsync(bot.ConnectionString, bot.Connector.Url, people: laterPeople, prefix: laterPrefix);
        await bot.SayAsync(bot.Activities.Message($"yêu cầu báo cáo {first.Id}"));
        await Eventually.Until(() => StatusCards(bot.Connector).Count >= 20, Eventually.LongTimeout, () => $"{StatusCards(bot.Connector).Count}/{firstPeople} status cards");
        await bot.SayAsync(bot.Activities.Message($"yêu cầu báo cáo {later.Id}"));
        return StatusCards(bot.Connector).Count;
    }

    [Fact]
    public async Task The_summary_of_a_request_comes_when_its_cards_are_sent_not_after_a_larger_request_that_came_later()
    {
        await using var bot = await BotHost.StartAsync();
        await RequestTwoAsync(bot, 100, 400, "later-");

        // 500 cards at Teams' 50 a second: the first request's summary must not wait for the 400 asked for after it.
        var summary = await bot.Connector.WaitForAsync(m => m.ConversationId == "personal-alex" && m.Text.Contains("đến 100/100 người", StringComparison.Ordinal), Eventually.LongTimeout);
        var cardsBefore = bot.Connector.Sent.TakeWhile(s => s != summary).Count(s => s.IsStatusCard);
        Assert.InRange(cardsBefore, 100, 300);
        await bot.Connector.WaitForAsync(m => m.ConversationId == "personal-alex" && m.Text.Contains("đến 400/400 người", StringComparison.Ordinal), Eventually.LongTimeout);
    }

    [Fact]
    public async Task A_small_request_goes_out_beside_a_large_one_asked_for_before_it_not_after_it()
    {
        await using var bot = await BotHost.StartAsync();
        var sentWhenAsked = await RequestTwoAsync(bot, 400, 5, "small-");

        // 400 cards take 8 s at Teams' 50 a second; the 5 asked for after them go at the start of the next claim (of 64 rows;
        // the dispatcher takes one claim ahead, so up to 128 may be claimed already), not after the 400.
        await bot.Connector.WaitForAsync(m => m.ConversationId == "personal-alex" && m.Text.Contains("đến 5/5 người", StringComparison.Ordinal), Eventually.LongTimeout);
        var cards = StatusCards(bot.Connector);
        var lastSmall = cards.FindLastIndex(c => c.ConversationId.Contains("small-", StringComparison.Ordinal));
        output.WriteLine($"the small request's cards were cards {string.Join(", ", cards.Select((c, i) => (c, i)).Where(x => x.c.ConversationId.Contains("small-", StringComparison.Ordinal)).Select(x => x.i + 1))} of those sent; {sentWhenAsked} had gone when it was asked for");
        Assert.Equal(5, cards.Count(c => c.ConversationId.Contains("small-", StringComparison.Ordinal)));
        Assert.True(lastSmall < sentWhenAsked + 180, $"the small request's last card was card {lastSmall + 1} of those sent; {sentWhenAsked} had gone when it was asked for");
        await bot.Connector.WaitForAsync(m => m.ConversationId == "personal-alex" && m.Text.Contains("đến 400/400 người", StringComparison.Ordinal), Eventually.LongTimeout);
    }

    [Fact]
    public async Task Ninety_people_without_a_chat_get_one_card_and_one_chat_each_and_no_send_waits_into_a_retry()
    {
        // A request may take 10 s (a loaded test machine answers a cold request in up to ~4 s); the connector answers
        // every request in 150 ms, as Teams does, and enforces its limits.
        await using var bot = await BotHost.StartAsync(new() { ["PlanBot:Sending:LeaseSeconds"] = "20", ["PlanBot:Sending:SendTimeoutSeconds"] = "10" });
        bot.Connector.Limits = new ConnectorLimits();
        bot.Connector.AnswerDelay = TimeSpan.FromMilliseconds(150);
        var plan = await FanOutSeed.WriteAsync(bot.ConnectionString, bot.Connector.Url, people: 90, withoutConversation: 90);
        await bot.SayAsync(bot.Activities.Message($"yêu cầu báo cáo {plan.Id}"));

        await bot.SettledAsync(TimeSpan.FromSeconds(180));
        // No sleep for late duplicates: a row is Sent once the connector has answered its card, and a second send of a
        // card needs a second claim of its row, which counts an attempt (asserted below: every row sent at attempt 1).
        var rows = await bot.WithDbAsync(db => db.Outbox.AsNoTracking().ToListAsync());
        var perPerson = StatusCards(bot.Connector).GroupBy(c => c.ConversationId).ToDictionary(g => g.Key, g => g.Count());
        var creates = bot.Connector.CreatesPerMember;
        var figures = $"cards to {perPerson.Count}/90 people, {perPerson.Values.Sum(n => n - 1)} twice or more; chats created {creates.Values.Sum()} for {creates.Count} people; "
            + $"{rows.Count(r => r.Attempts > 1)} rows needed more than one attempt (most {rows.Max(r => r.Attempts)}), {rows.Count(r => r.State == OutboxState.Failed)} failed; "
            + $"429s {bot.Connector.Throttled}; errors: {string.Join(" | ", rows.Where(r => r.LastError is not null).Select(r => r.LastError).Distinct())}";
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "fan-out-no-chats.txt"), figures);

        Assert.True(perPerson.Count == 90 && perPerson.Values.All(n => n == 1), figures);
        Assert.True(creates.Count == 90 && creates.Values.All(n => n == 1), figures);
        Assert.True(rows.All(r => r.State == OutboxState.Sent && r.Attempts == 1), figures);
        Assert.Equal(0, bot.Connector.Throttled);
    }

    [Fact]
    public async Task Killed_in_the_middle_of_a_fan_out_and_restarted_nobody_is_missed()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        connector.Limits = new ConnectorLimits();
        var folder = Directory.CreateTempSubdirectory("planbot-kill-").FullName;
        var connection = TestDatabase.NewConnectionString(folder);
        var plan = await FanOutSeed.WriteAsync(connection, connector.Url, people: 200);
        var activities = new Activities(connector.Url);

        var first = await PlanBotProcess.StartAsync(connection);
        using (var http = new HttpClient { BaseAddress = first.Url })
            (await http.PostAsJsonAsync("/api/messages", activities.Message($"yêu cầu báo cáo {plan.Id}"))).EnsureSuccessStatusCode();
        await Eventually.Until(() => StatusCards(connector).Count >= 60, Eventually.LongTimeout,
            () => $"{StatusCards(connector).Count}/200 status cards before the kill; PlanBot printed:\n{first.Output}", TimeSpan.FromMilliseconds(5));
        first.Kill();
        var atKill = StatusCards(connector).Count;
        Assert.InRange(atKill, 60, 199);

        await using var second = await PlanBotProcess.StartAsync(connection);
        await using var db = TestDatabase.Open(connection);
        await Eventually.UntilAsync(async () => !await db.Outbox.AnyAsync(r => r.State != OutboxState.Sent), Eventually.LongTimeout,
            async () => $"outbox: {await OutboxSeen.InAsync(db)}\nPlanBot printed:\n{second.Output}", TimeSpan.FromMilliseconds(100));
        await connector.IdleAsync();
        output.WriteLine($"outbox: {await OutboxSeen.InAsync(db)}\nfirst printed:\n{first.Output}\nsecond printed:\n{second.Output}");

        var cards = StatusCards(connector);
        var perPerson = cards.GroupBy(c => c.ConversationId).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(200, perPerson.Count); // none lost
        var duplicated = cards.Count - 200;
        var timedOut = await db.Outbox.CountAsync(r => r.LastError != null && r.LastError.Contains("did not answer"));
        // A message the connector had received but whose success the killed process had not yet written
        // is sent again: at most the sends in flight at the moment of the kill (the dispatcher's parallelism).
        Assert.True(duplicated is >= 0 and <= 16, $"{duplicated} cards went twice; {timedOut} rows had a request time out");
        Assert.All(await db.Outbox.AsNoTracking().ToListAsync(), r => Assert.Equal(OutboxState.Sent, r.State));
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "fan-out-kill.txt"), $"cards at kill {atKill}, duplicated after restart {duplicated}, lost 0");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task Two_processes_on_one_database_send_each_card_exactly_once()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        connector.Limits = new ConnectorLimits();
        var folder = Directory.CreateTempSubdirectory("planbot-two-").FullName;
        var connection = TestDatabase.NewConnectionString(folder);
        var plan = await FanOutSeed.WriteAsync(connection, connector.Url, people: 200);
        var activities = new Activities(connector.Url);

        // Each process throttles itself: two instances share the tenant's 50/s by taking half each.
        // A long lease and send timeout: this test is about sharing the work, the kill test about short leases. With the usual
        // 30 s (15 s sends) a loaded 2-core machine answered a send too late, and a send given up on goes again (202 cards).
        var half = new Dictionary<string, string>
        {
            ["PlanBot__Sending__TenantRequestsPerSecond"] = "25", ["PlanBot__Sending__LeaseSeconds"] = "120", ["PlanBot__Sending__SendTimeoutSeconds"] = "60",
        };
        await using var first = await PlanBotProcess.StartAsync(connection, half);
        await using var second = await PlanBotProcess.StartAsync(connection, half);
        using (var http = new HttpClient { BaseAddress = first.Url })
            (await http.PostAsJsonAsync("/api/messages", activities.Message($"yêu cầu báo cáo {plan.Id}"))).EnsureSuccessStatusCode();

        await using var db = TestDatabase.Open(connection);
        await Eventually.UntilAsync(async () => !await db.Outbox.AnyAsync(r => r.State != OutboxState.Sent), Eventually.LongTimeout,
            async () => $"outbox: {await OutboxSeen.InAsync(db)}\nfirst printed:\n{first.Output}\nsecond printed:\n{second.Output}", TimeSpan.FromMilliseconds(100));
        // Every row sent, and every send that reached the connector answered: a card sent twice would be in by now.
        await connector.IdleAsync();
        output.WriteLine($"outbox: {await OutboxSeen.InAsync(db)}\nfirst printed:\n{first.Output}\nsecond printed:\n{second.Output}");

        var cards = StatusCards(connector);
        Assert.Equal(200, cards.Select(c => c.ConversationId).Distinct().Count());
        Assert.Equal(200, cards.Count);
        Assert.Equal(0, connector.Throttled);
        // No send abandoned by PlanBot or refused for the rate: a row tried twice may only be one whose first request the
        // connector never took in (CI once saw one such on a loaded machine: 200 cards, one row at 2 attempts, its reason
        // not kept; the retry's reason is logged and listed above now).
        var retried = await db.Outbox.AsNoTracking().Where(r => r.Attempts > 1).ToListAsync();
        Assert.All(retried, r => Assert.DoesNotMatch("did not answer|^429", r.LastError ?? ""));
        Assert.True(retried.Count <= 2, $"{retried.Count} rows needed more than one attempt:\n{OutboxSeen.Of(retried)}");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
