using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PlanBot.Core.Plans;
using PlanBot.Tests.Support;
using PlanBot.Tests.Teams;

namespace PlanBot.Tests.Meetings;

/// <summary>
/// Mistaken bookings refused in words, through /api/messages on the local calendar: an old plan's date (the seed
/// plan is of 05/01/2023), a confirm pressed after its start, and a room whose numbers contradict the plan's venue
/// ("Phòng họp 05 - Tầng 2" for "phòng họp số 02, tầng 5"); rooms that match equally are offered to choose from.
/// </summary>
public sealed class BookingRefusalTests : IAsyncLifetime
{
    // Friday 04/12/2026, 22:00 in Hanoi: the next working day is Monday 07/12/2026.
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 15, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("planbot-refusal-").FullName;
    private BotHost _bot = null!;
    private Plan _plan = null!;

    public async Task InitializeAsync()
    {
        var rooms = Path.Combine(_folder, "rooms.json");
        await File.WriteAllTextAsync(rooms, """
            [
              { "email": "p05-t2@so.local", "name": "Phòng họp 05 - Tầng 2", "capacity": 40 },
              { "email": "p02-t5@so.local", "name": "Phòng họp 02 - Tầng 5", "capacity": 40 },
              { "email": "p03-a@so.local", "name": "Phòng họp 03 - Nhà A", "capacity": 30 },
              { "email": "p03-b@so.local", "name": "Phòng họp 03 - Nhà B", "capacity": 30 }
            ]
            """);
        _bot = await BotHost.StartAsync(new() { ["PlanBot:Calendar:RoomsFile"] = rooms, ["PlanBot:Calendar:OutboxFolder"] = Path.Combine(_folder, "ics") }, clock: FakeTime.Clock(Now));
        _plan = await SavePlanAsync(venue: null);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        try { Directory.Delete(_folder, true); } catch (IOException) { }
    }

    private async Task<Plan> SavePlanAsync(string? venue)
    {
        var understood = Assert.Single(await _bot.SayAsync(_bot.Activities.Message(File.ReadAllText(Repo.SeedPlan))));
        var save = new JsonObject { ["draftId"] = PlanConversationTests.DraftIdOf(understood) };
        if (venue is not null) save["venue"] = venue;
        await _bot.InvokeAsync(_bot.Activities.Execute("plan.save", save));
        return await _bot.WithDbAsync(db => db.Plans.Include(p => p.Units).OrderBy(p => p.Id).LastAsync());
    }

    private static string Text(JsonNode? node) => node?.ToReadableJson() ?? "";

    private Task<(int Status, JsonNode? Body)> FindRoomAsync(Plan plan, string date, string start = "08:00") =>
        _bot.InvokeAsync(_bot.Activities.Execute("meeting.time", new JsonObject { ["planId"] = plan.Id, ["date"] = date, ["start"] = start, ["hours"] = "4", ["seats"] = "10" }));

    private Task<(int Status, JsonNode? Body)> ConfirmAsync(string roomEmail, DateTime startUtc) =>
        _bot.InvokeAsync(_bot.Activities.Execute("meeting.book", new JsonObject
        {
            ["planId"] = _plan.Id, ["roomEmail"] = roomEmail, ["seats"] = "10",
            ["start"] = startUtc.Ticks.ToString(CultureInfo.InvariantCulture), ["end"] = startUtc.AddHours(4).Ticks.ToString(CultureInfo.InvariantCulture),
        }));

    [Fact]
    public async Task An_old_plans_time_card_offers_the_next_working_day()
    {
        var card = Assert.Single(await _bot.SayAsync(_bot.Activities.Message("đặt phòng")));
        var date = card.Card!["body"]!.AsArray().First(e => e!["id"]?.GetValue<string>() == "date")!["value"]!.GetValue<string>();
        Assert.Equal("2026-12-07", date); // Monday, not the plan's 05/01/2023, not Saturday
    }

    [Fact]
    public async Task Find_a_room_for_a_date_that_has_passed_is_refused_in_words()
    {
        var (status, answer) = await FindRoomAsync(_plan, "2023-01-05");
        Assert.Equal(200, status);
        var text = answer?["value"]?.GetValue<string>() ?? Text(answer);
        Assert.DoesNotContain("Phòng trống", text);
        Assert.Contains("đã qua", text);
        Assert.Contains("22:00 04/12/2026", text);
        // Earlier the same evening is refused too; Monday morning is proposed.
        Assert.Contains("đã qua", Text((await FindRoomAsync(_plan, "04/12/2026", "21:30")).Body));
        Assert.Contains("Phòng trống, đủ chỗ.", Text((await FindRoomAsync(_plan, "2026-12-07")).Body));
    }

    [Fact]
    public async Task A_confirm_for_a_start_that_has_passed_books_nothing_and_invites_nobody()
    {
        var (_, twoYearsAgo) = await ConfirmAsync("p02-t5@so.local", new DateTime(2023, 1, 5, 1, 0, 0, DateTimeKind.Utc));
        Assert.Contains("đã qua", twoYearsAgo?["value"]?.GetValue<string>());
        var (_, thisMorning) = await ConfirmAsync("p02-t5@so.local", new DateTime(2026, 12, 4, 1, 0, 0, DateTimeKind.Utc)); // 08:00 today, pressed at 22:00
        Assert.Contains("đã qua", thisMorning?["value"]?.GetValue<string>());
        Assert.Equal(0, await _bot.WithDbAsync(db => db.Meetings.CountAsync()));
        Assert.Equal(0, await _bot.WithDbAsync(db => db.Outbox.CountAsync(o => o.Kind == PlanBot.Core.Outbox.OutboxKind.Invitation)));
        Assert.False(Directory.Exists(Path.Combine(_folder, "ics")) && Directory.EnumerateFiles(Path.Combine(_folder, "ics")).Any());

        var (_, monday) = await ConfirmAsync("p02-t5@so.local", new DateTime(2026, 12, 7, 1, 0, 0, DateTimeKind.Utc));
        Assert.Contains("Cuộc họp:", Text(monday));
    }

    [Fact]
    public async Task A_room_whose_numbers_contradict_the_venue_is_not_picked_even_when_listed_first()
    {
        // The seed plan: "Phòng họp số 02, tầng 5, Sở KH&CN, …"; "Phòng họp 05 - Tầng 2" comes first in the list.
        var (_, proposal) = await FindRoomAsync(_plan, "2026-12-07");
        var text = Text(proposal);
        Assert.Contains("Phòng họp 02 - Tầng 5", text);
        Assert.Contains("Phòng trống, đủ chỗ.", text);
        var confirm = proposal!["value"]!["body"]!.AsArray().First(b => b!["type"]!.GetValue<string>() == "ActionSet")!["actions"]![0]!["data"]!;
        Assert.Equal("p02-t5@so.local", confirm["roomEmail"]!.GetValue<string>());
        Assert.DoesNotContain("p05-t2@so.local", text);
    }

    [Fact]
    public async Task When_two_rooms_match_the_venue_equally_the_proposal_asks_which()
    {
        var plan = await SavePlanAsync("Phòng họp số 03, Sở KH&CN");
        var (_, proposal) = await FindRoomAsync(plan, "2026-12-07");
        var text = Text(proposal);
        Assert.Contains("Có nhiều phòng cùng khớp với", text);
        Assert.DoesNotContain("Đặt phòng và gửi giấy mời", text); // nothing chosen for the organizer
        var picks = proposal!["value"]!["body"]!.AsArray().Where(b => b!["type"]!.GetValue<string>() == "ColumnSet")
            .Select(c => c!["columns"]![1]!["items"]![0]!["actions"]![0]!["data"]!["roomEmail"]!.GetValue<string>()).ToList();
        Assert.Equal(["p03-a@so.local", "p03-b@so.local"], picks.Order());
    }
}
