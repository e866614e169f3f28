using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PlanBot.Core.Assignments;
using PlanBot.Core.Meetings;
using PlanBot.Core.Outbox;
using PlanBot.Core.Plans;
using PlanBot.Data;
using Xunit.Abstractions;

namespace PlanBot.Tests.Teams;

/// <summary>
/// PlanBot killed with SIGKILL in the middle of work, then started again on the same database: the work is done
/// once — nothing lost, nothing written twice; a message the connector received just before the kill may go again.
/// </summary>
public sealed class CrashTests(ITestOutputHelper output) : IAsyncDisposable
{
    // Monday 30/11/2026 08:00:20 in Asia/Ho_Chi_Minh: reminder time of every plan (08:00 by default).
    private static readonly DateTimeOffset ReminderTime = new(2026, 11, 30, 8, 0, 20, TimeSpan.FromHours(7));

    private readonly string _folder = Directory.CreateTempSubdirectory("planbot-crash-").FullName;

    public ValueTask DisposeAsync()
    {
        try { Directory.Delete(_folder, true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Killed_during_a_reminder_run_and_restarted_every_unit_is_reminded_once()
    {
        const int plans = 300;
        await using var connector = await FakeBotConnector.StartAsync();
        var connection = TestDatabase.NewConnectionString(_folder);
        await SeedPlansDueTodayAsync(connection, connector.Url, plans);
        const int slots = plans * 3; // two units and the plan's own "day planned" slot
        await using var db = TestDatabase.Open(connection);

        var first = await PlanBotProcess.StartAsync(connection, FakeTime.At(ReminderTime));
        await Eventually.UntilAsync(() => db.ReminderSlots.CountAsync(), written => written >= slots / 5, Eventually.LongTimeout,
            written => $"{written}/{slots} reminder slots written; PlanBot printed:\n{first.Output}", TimeSpan.FromMilliseconds(2));
        first.Kill();
        var slotsAtKill = await db.ReminderSlots.CountAsync();
        var cardsAtKill = connector.Messages.Count;
        Assert.InRange(slotsAtKill, 1, slots - 1); // killed in the middle of the run, not before or after it

        await using var second = await PlanBotProcess.StartAsync(connection, FakeTime.At(ReminderTime.AddSeconds(5)));
        await Eventually.UntilAsync(async () => await db.ReminderSlots.CountAsync() >= slots && !await db.Outbox.AnyAsync(r => r.State != OutboxState.Sent), Eventually.LongTimeout,
            async () => $"{await db.ReminderSlots.CountAsync()}/{slots} reminder slots; outbox: {await OutboxSeen.InAsync(db)}\nPlanBot printed:\n{second.Output}", TimeSpan.FromMilliseconds(200));
        await connector.IdleAsync();
        output.WriteLine($"outbox: {await OutboxSeen.InAsync(db)}\nfirst printed:\n{first.Output}\nsecond printed:\n{second.Output}");

        Assert.Equal(slots, await db.ReminderSlots.CountAsync());
        var rows = await db.Outbox.AsNoTracking().Where(r => r.Kind == OutboxKind.Reminder).ToListAsync();
        Assert.Equal(plans * 2, rows.Count); // one reminder per person and unit, written once
        Assert.All(rows, r => Assert.Equal(OutboxState.Sent, r.State));
        var perPerson = connector.Messages.GroupBy(m => m.ConversationId).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(plans * 2, perPerson.Count); // nobody missed
        var duplicated = connector.Messages.Count - plans * 2;
        Assert.InRange(duplicated, 0, 16); // at most the sends in flight at the kill (the dispatcher's parallelism)
        Assert.All(connector.Messages, m => Assert.Contains("Việc cần làm", m.Visible));
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "reminder-kill.txt"),
            $"slots at kill {slotsAtKill}/{slots}, cards at kill {cardsAtKill}, duplicated after restart {duplicated}, lost 0");
    }

    /// <summary>
    /// Killed after the attempt is stored and while Microsoft 365 has the booking but has not answered (with the local
    /// calendar that moment lasts a few milliseconds, and a loaded machine's polling missed it: the test waited 5 minutes
    /// for a state already gone). The restarted PlanBot makes the same attempt again, which Graph recognises.
    /// </summary>
    [Fact]
    public async Task Killed_before_the_calendar_answered_the_booking_and_restarted_the_meeting_is_booked_once_and_every_invitation_goes_out_once()
    {
        const int people = 300;
        await using var connector = await FakeBotConnector.StartAsync();
        await using var graph = await FakeGraph.StartAsync();
        graph.Rooms.Add(new System.Text.Json.Nodes.JsonObject { ["emailAddress"] = "phonghop02@contoso.vn", ["displayName"] = "Phòng họp 02 - Tầng 5", ["capacity"] = 40 });
        await using var entra = await FakeTokenIssuer.StartAsync(_folder);
        var connection = TestDatabase.NewConnectionString(_folder);
        var plan = await FanOutSeed.WriteAsync(connection, connector.Url, people);
        var settings = new Dictionary<string, string>
        {
            ["PlanBot__Graph__TenantId"] = "tenant", ["PlanBot__Graph__ClientId"] = "client", ["PlanBot__Graph__ClientSecret"] = "secret",
            ["PlanBot__Graph__OrganizerMailbox"] = "vanphong@contoso.vn", ["PlanBot__Graph__BaseUrl"] = graph.BaseUrl, ["PlanBot__Graph__TimeoutSeconds"] = "120",
            ["PlanBot__Graph__AuthorityHost"] = entra.AuthorityHost, ["SSL_CERT_FILE"] = entra.TrustBundle, ["PlanBot__Calendar__RetryPendingAfterSeconds"] = "1",
        };
        await using var db = TestDatabase.Open(connection);

        graph.CreateAnswerDelay = TimeSpan.FromMinutes(5);
        var first = await PlanBotProcess.StartAsync(connection, settings);
        var pressed = PressBookAsync(first, connector, plan, "phonghop02@contoso.vn");
        await Eventually.UntilAsync(() => Task.FromResult(graph.Events.Count == 1), Eventually.LongTimeout,
            () => $"Graph has no event; PlanBot printed:\n{first.Output}");
        Assert.Equal(MeetingState.Pending, (await db.Meetings.AsNoTracking().SingleAsync()).State);
        first.Kill();
        await Record.ExceptionAsync(() => pressed);
        graph.CreateAnswerDelay = TimeSpan.Zero;

        await using var second = await PlanBotProcess.StartAsync(connection, settings);
        await AssertInvitedOnceAsync(db, connector, people, second);
        Assert.Single(graph.Events); // the same attempt again, recognised by its transactionId: no second booking
        Assert.Equal(2, graph.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/events", StringComparison.Ordinal)));
    }

    /// <summary>Killed as the booking is stored, before all of its invitations are.</summary>
    [Fact]
    public async Task Killed_during_a_booking_and_restarted_the_meeting_is_booked_and_every_invitation_goes_out_once()
    {
        const int people = 300;
        await using var connector = await FakeBotConnector.StartAsync();
        var connection = TestDatabase.NewConnectionString(_folder);
        var plan = await FanOutSeed.WriteAsync(connection, connector.Url, people);
        var invitations = Path.Combine(_folder, "invitations");
        var settings = new Dictionary<string, string> { ["PlanBot__Calendar__OutboxFolder"] = invitations, ["PlanBot__Calendar__RetryPendingAfterSeconds"] = "1" };
        await using var db = TestDatabase.Open(connection);

        var first = await PlanBotProcess.StartAsync(connection, settings);
        var pressed = PressBookAsync(first, connector, plan, "phonghop02-tang5@so-khcn.local");
        await Eventually.UntilAsync(() => db.Meetings.AnyAsync(m => m.State == MeetingState.Booked), Eventually.LongTimeout,
            () => $"no meeting was booked; PlanBot printed:\n{first.Output}", poll: TimeSpan.Zero); // as close to the write as reading allows
        first.Kill();
        var answered = await Record.ExceptionAsync(() => pressed) is null;
        var rowsAtKill = await db.Outbox.CountAsync(r => r.Kind == OutboxKind.Invitation);
        var icsAtKill = Directory.Exists(invitations) ? Directory.GetFiles(invitations, "*.ics").Length : 0;
        Assert.True(rowsAtKill < people || icsAtKill == 0, $"the kill came after the booking's invitations were all written (answered: {answered}); it did not test the crash");

        await using var second = await PlanBotProcess.StartAsync(connection, settings);
        var meeting = await AssertInvitedOnceAsync(db, connector, people, second);
        var ics = Assert.Single(Directory.GetFiles(invitations)); // no half-written file beside it
        Assert.EndsWith($"{meeting.Uid}-0-request.ics", ics);
        Assert.Contains("BEGIN:VEVENT", File.ReadAllText(ics));
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "booking-kill-Booked.txt"),
            $"invitation cards written at kill {rowsAtKill}/{people}, .ics at kill {icsAtKill}, lost 0");
    }

    /// <summary>Presses Book on the plan's meeting card (Saturday 5/1/2030 08:00–12:00 in Ho Chi Minh City); its answer never comes: the process is killed.</summary>
    private static Task<HttpResponseMessage> PressBookAsync(PlanBotProcess bot, FakeBotConnector connector, Plan plan, string roomEmail)
    {
        var start = new DateTime(2030, 1, 5, 1, 0, 0, DateTimeKind.Utc);
        var book = new Activities(connector.Url).Execute("meeting.book", new System.Text.Json.Nodes.JsonObject
        {
            ["planId"] = plan.Id, ["roomEmail"] = roomEmail, ["start"] = start.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["end"] = start.AddHours(4).Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var http = new HttpClient { BaseAddress = bot.Url, Timeout = Timeout.InfiniteTimeSpan };
        return http.PostAsJsonAsync("/api/messages", book);
    }

    /// <summary>After the restart: the meeting booked, every attendee's invitation sent (one may go twice: in flight at the kill), the organizer told.</summary>
    private async Task<Meeting> AssertInvitedOnceAsync(PlanBotDb db, FakeBotConnector connector, int people, PlanBotProcess second)
    {
        await Eventually.UntilAsync(() => db.Outbox.CountAsync(r => r.Kind == OutboxKind.Invitation && r.State == OutboxState.Sent), sent => sent >= people, Eventually.LongTimeout,
            async sent => $"{sent}/{people} invitations sent; outbox: {await OutboxSeen.InAsync(db)}\nPlanBot printed:\n{second.Output}", TimeSpan.FromMilliseconds(200));
        await connector.IdleAsync();
        output.WriteLine($"outbox: {await OutboxSeen.InAsync(db)}\nsecond printed:\n{second.Output}");

        var meeting = Assert.Single(await db.Meetings.AsNoTracking().ToListAsync());
        Assert.Equal(MeetingState.Booked, meeting.State);
        var rows = await db.Outbox.AsNoTracking().Where(r => r.Kind == OutboxKind.Invitation).ToListAsync();
        Assert.Equal(people, rows.Count);
        Assert.All(rows, r => Assert.Equal(OutboxState.Sent, r.State));
        var cards = connector.Messages.Where(m => m.Card is not null && m.ConversationId != "personal-alex").ToList();
        Assert.Equal(people, cards.Select(c => c.ConversationId).Distinct().Count()); // nobody missed
        Assert.InRange(cards.Count - people, 0, 16);
        // The organizer never got the answer to the button: the booking card comes to their chat.
        var told = await connector.WaitForAsync(m => m.ConversationId == "personal-alex" && m.Visible.Contains("Đã đặt phòng và gửi giấy mời", StringComparison.Ordinal));
        Assert.Contains("Phòng họp 02 - Tầng 5", told.Visible);
        return meeting;
    }

    /// <summary>Plans whose two units each have one person and one task due today, so every unit is reminded today.</summary>
    private static async Task SeedPlansDueTodayAsync(string connection, string serviceUrl, int count)
    {
        await using var db = TestDatabase.Open(connection);
        await db.Database.MigrateAsync();
        var today = DateOnly.FromDateTime(ReminderTime.DateTime);
        for (var p = 0; p < count; p++)
        {
            var plan = new Plan
            {
                TenantId = Activities.Tenant, Title = $"Kế hoạch {p}", OrganizerId = User.Alex.AadObjectId, OrganizerName = User.Alex.Name,
                ConversationId = "personal-alex", ServiceUrl = serviceUrl, CreatedAt = ReminderTime.AddDays(-10),
                Units = new[] { "A", "B" }.Select((u, i) => new PlanUnit
                {
                    Name = $"Phòng {u}{p}", Order = i, Tasks = [new PlanTask { Description = $"Việc cần làm của phòng {u}{p}", DueDate = today }],
                }).ToList(),
            };
            db.Plans.Add(plan);
            foreach (var (unit, u) in plan.Units.Select((unit, u) => (unit, u)))
            {
                var id = $"aad-{p}-{u}"; // Teams' ids are ASCII (the SDK puts the conversation id in a header)
                db.Users.Add(new KnownUser { UserId = id, ChannelAccountId = $"29:{p}-{u}", Name = unit.Name, TenantId = Activities.Tenant, ServiceUrl = serviceUrl, PersonalConversationId = $"personal-{p}-{u}" });
                db.UnitMembers.Add(new UnitMember { TenantId = Activities.Tenant, UnitKey = UnitMember.KeyOf(unit.Name), UnitName = unit.Name, UserId = id, UserName = unit.Name });
            }
        }
        await db.SaveChangesAsync();
    }
}
