using System.Globalization;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.EntityFrameworkCore;
using PlanBot.Core.Plans;
using PlanBot.Tests.Support;
using PlanBot.Tests.Teams;

namespace PlanBot.Tests.Properties;

/// <summary>
/// Booking times on a clock the test sets, around the day boundary of Asia/Ho_Chi_Minh (UTC 16:59/17:00 is local
/// midnight): Tìm phòng never proposes a time — the asked one or an alternative — that starts before now, and the
/// confirm never books one.
/// </summary>
public sealed class BookingTimeProperties : IAsyncLifetime
{
    private readonly SettableClock _clock = new(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));
    private BotHost _bot = null!;
    private int _planId;

    private sealed class SettableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private sealed record Case(DateTimeOffset Now, DateOnly Date, TimeOnly Start, double Hours, long ConfirmOffsetMinutes)
    {
        public override string ToString() => $"now {Now:u} (local {VietnamTime.Format(Now)}); asked {Date:yyyy-MM-dd} {Start:HH:mm} for {Hours} h; confirm at now{ConfirmOffsetMinutes:+#;-#;+0} min";
    }

    public async Task InitializeAsync()
    {
        _bot = await BotHost.StartAsync(clock: _clock);
        var understood = Assert.Single(await _bot.SayAsync(_bot.Activities.Message(File.ReadAllText(Repo.SeedPlan))));
        await _bot.InvokeAsync(_bot.Activities.Execute("plan.save", new JsonObject { ["draftId"] = PlanConversationTests.DraftIdOf(understood) }));
        _planId = await _bot.WithDbAsync(db => db.Plans.Select(p => p.Id).SingleAsync());
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private static Gen<Case> Cases() =>
        from day in Gen.Choose(0, 60)
        from minute in Gen.Frequency((3, Gen.Elements(16 * 60 + 59, 17 * 60, 16 * 60 + 30, 17 * 60 + 1)), (2, Gen.Choose(0, 24 * 60 - 1)))
        let now = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero).AddDays(day).AddMinutes(minute)
        let local = VietnamTime.Local(now)
        from dayOffset in Gen.Choose(-1, 1)
        from startOffset in Gen.Choose(-90, 90)
        from hours in Gen.Elements(0.5, 2.0, 4.0, 10.0)
        from confirm in Gen.Choose(-120, 120)
        let start = local.AddMinutes(startOffset)
        select new Case(now, DateOnly.FromDateTime(local).AddDays(dayOffset), new TimeOnly(start.Hour, start.Minute / 30 * 30), hours, confirm);

    private static string Text(JsonNode? node) => node?.ToReadableJson() ?? "";

    private static IEnumerable<DateTime> Starts(JsonNode card) =>
        card.ToJsonString().Split("\"start\":\"").Skip(1).Select(s => new DateTime(long.Parse(s[..s.IndexOf('"', StringComparison.Ordinal)], CultureInfo.InvariantCulture), DateTimeKind.Utc));

    [Fact]
    public void Nothing_is_proposed_or_booked_that_starts_before_now() =>
        PropertyRuns.Check("booking times", 80, Cases(), c => PropertyRuns.Run(async () =>
        {
            _clock.Now = c.Now;
            var now = c.Now.UtcDateTime;
            var asked = TimeZoneInfo.ConvertTimeToUtc(c.Date.ToDateTime(c.Start), VietnamTime.Zone);
            var (_, answer) = await _bot.InvokeAsync(_bot.Activities.Execute("meeting.time", new JsonObject
            {
                ["planId"] = _planId, ["date"] = c.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["start"] = c.Start.ToString("HH:mm", CultureInfo.InvariantCulture),
                ["hours"] = c.Hours.ToString(CultureInfo.InvariantCulture), ["seats"] = "10",
            }));
            if (asked <= now) Assert.Contains("đã qua", Text(answer));
            else Assert.All(Starts(answer!["value"]!), s => Assert.True(s > now, $"proposed {s:u} at {now:u}"));

            var start = now.AddMinutes(c.ConfirmOffsetMinutes);
            var before = await _bot.WithDbAsync(db => db.Meetings.CountAsync());
            var (_, booked) = await _bot.InvokeAsync(_bot.Activities.Execute("meeting.book", new JsonObject
            {
                ["planId"] = _planId, ["roomEmail"] = "phonghop02-tang5@so-khcn.local", ["seats"] = "10",
                ["start"] = start.Ticks.ToString(CultureInfo.InvariantCulture), ["end"] = start.AddHours(1).Ticks.ToString(CultureInfo.InvariantCulture),
            }));
            if (start <= now)
            {
                Assert.Contains("đã qua", Text(booked));
                Assert.Equal(before, await _bot.WithDbAsync(db => db.Meetings.CountAsync()));
            }
            return true;
        }), c => c.ToString());
}
