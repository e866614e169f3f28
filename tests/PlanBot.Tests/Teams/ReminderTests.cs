using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using PlanBot.Core.Assignments;
using PlanBot.Core.Outbox;
using PlanBot.Core.Plans;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Teams;

/// <summary>Reminders on a fake clock: the right cards at 08:00 Asia/Ho_Chi_Minh on working days, once per slot, across a restart.</summary>
public sealed class ReminderTests : IAsyncDisposable
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private readonly string _folder = Directory.CreateTempSubdirectory("planbot-remind-").FullName;
    private readonly string _connection;

    public ReminderTests() => _connection = TestDatabase.NewConnectionString(_folder);

    private string Connection => _connection;

    // Monday 30/11/2026.
    private static DateTimeOffset Local(int day, int month, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, Vietnam);

    private async Task<Plan> SeedAsync(string serviceUrl)
    {
        await using var db = TestDatabase.Open(Connection);
        await db.Database.MigrateAsync();
        PlanUnit Unit(string name, int order, DateOnly due) => new() { Name = name, Order = order, Tasks = [new PlanTask { Description = $"Việc của {name}", DueDate = due }] };
        var plan = new Plan
        {
            TenantId = Activities.Tenant, Title = "Kế hoạch có hạn", OrganizerId = User.Alex.AadObjectId, OrganizerName = User.Alex.Name,
            ConversationId = "personal-alex", ServiceUrl = serviceUrl, CreatedAt = Local(20, 11, 9).ToUniversalTime(),
            Units =
            [
                Unit("Phòng A", 0, new DateOnly(2026, 12, 3)),  // due in 3 days
                Unit("Phòng B", 1, new DateOnly(2026, 11, 30)), // due today
                Unit("Phòng C", 2, new DateOnly(2026, 11, 27)), // 3 days overdue
                Unit("Phòng D", 3, new DateOnly(2026, 12, 10)), // not yet
            ],
        };
        db.Plans.Add(plan);
        db.Users.Add(new KnownUser { UserId = User.Alex.AadObjectId, ChannelAccountId = User.Alex.Id, Name = User.Alex.Name, TenantId = Activities.Tenant, ServiceUrl = serviceUrl, PersonalConversationId = "personal-alex" });
        foreach (var (unit, i) in plan.Units.Select((u, i) => (u, i)))
        {
            db.Users.Add(new KnownUser { UserId = $"aad-{i}", ChannelAccountId = $"29:{i}", Name = $"Người {unit.Name}", TenantId = Activities.Tenant, ServiceUrl = serviceUrl, PersonalConversationId = $"personal-{unit.Name[^1]}" });
            db.UnitMembers.Add(new UnitMember { TenantId = Activities.Tenant, UnitKey = UnitMember.KeyOf(unit.Name), UnitName = unit.Name, UserId = $"aad-{i}", UserName = $"Người {unit.Name}" });
        }
        await db.SaveChangesAsync();
        return plan;
    }

    /// <summary>
    /// The test's clock; it also tells when the reminder service has finished a run: after each run the service
    /// waits one minute on this clock, so a one-minute timer made at a moment means the run at that moment is over.
    /// </summary>
    private sealed class ReminderClock(DateTimeOffset start) : FakeTimeProvider(start)
    {
        private readonly ConcurrentQueue<DateTimeOffset> _minuteWaits = new();

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            if (dueTime == TimeSpan.FromMinutes(1)) _minuteWaits.Enqueue(GetUtcNow());
            return base.CreateTimer(callback, state, dueTime, period);
        }

        public Task RunFinishedAsync() =>
            Eventually.Until(() => _minuteWaits.Any(t => t >= GetUtcNow()), Eventually.Timeout,
                () => $"no reminder run finished at {GetUtcNow():dd/MM HH:mm} (fake clock); the service last waited from {(_minuteWaits.IsEmpty ? "never" : $"{_minuteWaits.Max():dd/MM HH:mm}")}");
    }

    /// <summary>
    /// Moves the clock to <paramref name="to"/> (a whole minute) a minute at a time, each step once the reminder service's
    /// run at the step before is over; returns when the run at <paramref name="to"/> is over and what it wrote has been sent.
    /// </summary>
    private static async Task TickAsync(ReminderClock clock, BotHost bot, DateTimeOffset to)
    {
        await clock.RunFinishedAsync();
        if (clock.GetUtcNow() < to.AddMinutes(-2))
        {
            clock.SetUtcNow(to.AddMinutes(-2));
            await clock.RunFinishedAsync();
        }
        while (clock.GetUtcNow() < to)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            await clock.RunFinishedAsync();
        }
        await bot.SettledAsync();
    }

    private static async Task<List<SentActivity>> CardsAsync(BotHost bot, int atLeast)
    {
        await Eventually.Until(() => bot.Connector.Messages.Count(m => m.Card is not null) >= atLeast, Eventually.Timeout,
            () => $"fewer than {atLeast} cards; connector requests: {bot.Connector.Seen()}");
        await bot.SettledAsync(); // what the run wrote has all gone out: no card comes after this
        return bot.Connector.Messages.Where(m => m.Card is not null).ToList();
    }

    [Fact]
    public async Task Reminders_go_out_at_eight_local_on_working_days_once_per_slot_even_after_a_restart()
    {
        var clock = new ReminderClock(Local(30, 11, 7, 30));
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:PlanBot"] = Connection };
        await using (var bot = await BotHost.StartAsync(settings, clock))
        {
            await SeedAsync(bot.Connector.Url);
            await TickAsync(clock, bot, Local(30, 11, 7, 59));
            Assert.Empty(bot.Connector.Messages);

            await TickAsync(clock, bot, Local(30, 11, 8, 0));
            var cards = await CardsAsync(bot, 4);
            Assert.Equal(4, cards.Count);
            Assert.Contains("Nhắc việc: còn 3 ngày đến hạn.", Assert.Single(cards, c => c.ConversationId == "personal-A").Visible);
            Assert.Contains("Nhắc việc: hôm nay đến hạn.", Assert.Single(cards, c => c.ConversationId == "personal-B").Visible);
            Assert.Contains("Nhắc việc: đã quá hạn 3 ngày.", Assert.Single(cards, c => c.ConversationId == "personal-C").Visible);
            var digest = Assert.Single(cards, c => c.ConversationId == "personal-alex");
            Assert.Contains("Đơn vị chậm tiến độ", digest.Visible);
            Assert.Contains("Phòng C", digest.Visible);
            Assert.DoesNotContain("Phòng A", digest.Visible);
        }

        // Restarted later that morning: nothing is sent twice.
        clock.SetUtcNow(Local(30, 11, 9, 0));
        await using (var bot = await BotHost.StartAsync(settings, clock))
        {
            // The same Teams service, reached at this test's new local address.
            await bot.WithDbAsync(db => db.Users.ExecuteUpdateAsync(s => s.SetProperty(u => u.ServiceUrl, bot.Connector.Url)));
            await TickAsync(clock, bot, Local(30, 11, 9, 1));
            Assert.Empty(bot.Connector.Messages);

            // Saturday: no reminders, even though tasks are overdue.
            await TickAsync(clock, bot, Local(5, 12, 8, 0));
            Assert.Empty(bot.Connector.Messages);

            // Monday 7/12 at night, the service having been down all day: nothing at night.
            await TickAsync(clock, bot, Local(7, 12, 20, 0));
            Assert.Empty(bot.Connector.Messages);

            // Tuesday 8/12 08:00: A, B, C overdue, D due in 2 days (not a reminder day); digest to the organizer.
            await TickAsync(clock, bot, Local(8, 12, 8, 0));
            var cards = await CardsAsync(bot, 4);
            Assert.Equal(["personal-A", "personal-B", "personal-C", "personal-alex"], cards.Select(c => c.ConversationId).Order(StringComparer.Ordinal));
        }
        await using var db = TestDatabase.Open(Connection);
        Assert.Equal(8, await db.Outbox.CountAsync(m => m.State == OutboxState.Sent));
    }

    [Fact]
    public async Task The_organizer_pauses_reminders_changes_the_schedule_and_reminds_one_unit_now()
    {
        var clock = new ReminderClock(Local(30, 11, 7, 0));
        await using var bot = await BotHost.StartAsync(new() { ["ConnectionStrings:PlanBot"] = Connection }, clock);
        var plan = await SeedAsync(bot.Connector.Url);

        var paused = Assert.Single(await bot.SayAsync(bot.Activities.Message($"nhắc việc tắt {plan.Id}")));
        Assert.Contains("Đã tạm dừng nhắc việc", paused.Text);
        await TickAsync(clock, bot, Local(30, 11, 8, 0));
        Assert.Single(bot.Connector.Messages); // only the answer above

        var changed = Assert.Single(await bot.SayAsync(bot.Activities.Message($"nhắc việc 10,1 lúc 9:30 kế hoạch {plan.Id}")));
        Assert.Contains("trước hạn 10,1 ngày, lúc 09:30", changed.Text);
        var bad = Assert.Single(await bot.SayAsync(bot.Activities.Message($"nhắc việc 3 lúc 23:00 kế hoạch {plan.Id}")));
        Assert.Contains("không hợp lệ", bad.Text);

        var now = Assert.Single(await bot.SayAsync(bot.Activities.Message($"nhắc ngay 4 kế hoạch {plan.Id}")), m => m.ConversationId == "personal-alex");
        Assert.Contains("Đã gửi nhắc việc cho Phòng D (1 người)", now.Text);
        var cards = await CardsAsync(bot, 1);
        Assert.Contains(cards, c => c.ConversationId == "personal-D");

        var other = Assert.Single(await bot.SayAsync(bot.Activities.Message($"nhắc việc bật {plan.Id}", User.Megan, "personal-megan")));
        Assert.Contains("Chỉ người tổ chức", other.Text);
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }
}
