using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using PlanBot.Core.Meetings;
using PlanBot.Core.Plans;
using PlanBot.Tests.Support;
using PlanBot.Tests.Teams;

namespace PlanBot.Tests.Meetings;

/// <summary>Booking with the embedded local calendar: the seed plan's room, invitations as .ics and cards, answers, conflicts, updates, cancellation.</summary>
public sealed class MeetingBookingTests : IAsyncLifetime
{
    private BotHost _bot = null!;
    private readonly string _outbox = Directory.CreateTempSubdirectory("planbot-ics-").FullName;
    private Plan _plan = null!;

    public async Task InitializeAsync()
    {
        // The seed plan's meeting (05/01/2023) is still to come: Sunday 01/01/2023, 20:00 in Hanoi.
        _bot = await BotHost.StartAsync(new() { ["PlanBot:Calendar:OutboxFolder"] = _outbox, ["PlanBot:Calendar:OrganizerEmail"] = "vanphong@so-khcn.local" },
            clock: FakeTime.Clock(new DateTimeOffset(2023, 1, 1, 13, 0, 0, TimeSpan.Zero)));
        _bot.Connector.Members.AddRange([User.Alex.AsMember(), User.Megan.AsMember()]);
        var understood = Assert.Single(await _bot.SayAsync(_bot.Activities.Message(File.ReadAllText(Repo.SeedPlan))));
        await _bot.InvokeAsync(_bot.Activities.Execute("plan.save", new JsonObject { ["draftId"] = PlanConversationTests.DraftIdOf(understood) }));
        await _bot.SayAsync(_bot.Activities.Message("help", User.Megan, "personal-megan"));
        _plan = await _bot.WithDbAsync(db => db.Plans.Include(p => p.Units).SingleAsync());
        await _bot.SayAsync(_bot.Activities.Message("phân công"));
        await _bot.InvokeAsync(_bot.Activities.Execute("assign.save", new JsonObject { ["planId"] = _plan.Id, [$"responsible-{_plan.Units[0].Id}"] = "aad-megan" }));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        Directory.Delete(_outbox, true);
    }

    private async Task<JsonNode> BookAsync(string date = "2023-01-05", string start = "08:00", string seats = "2")
    {
        var ask = Assert.Single(await _bot.SayAsync(_bot.Activities.Message("đặt phòng")));
        Assert.Contains("Thời gian cuộc họp", ask.Visible); // the plan says "Dự kiến": the time is asked first
        var (_, proposal) = await _bot.InvokeAsync(_bot.Activities.Execute("meeting.time", new JsonObject { ["planId"] = _plan.Id, ["date"] = date, ["start"] = start, ["hours"] = "4", ["seats"] = seats }));
        return proposal!["value"]!;
    }

    private static JsonObject ConfirmData(JsonNode proposal) =>
        proposal["body"]!.AsArray().First(b => b!["type"]!.GetValue<string>() == "ActionSet" && b["actions"]![0]!["verb"]?.GetValue<string>() == "meeting.book")!["actions"]![0]!["data"]!.AsObject();

    [Fact]
    public async Task The_seed_plans_room_is_booked_the_invitation_is_written_and_participants_answer()
    {
        var proposal = await BookAsync();
        var text = proposal.ToReadableJson();
        Assert.Contains("Phòng họp 02 - Tầng 5", text);
        Assert.Contains("08:00 – 12:00, 05/01/2023", text);
        Assert.Contains("Phòng trống, đủ chỗ.", text);

        var (_, booked) = await _bot.InvokeAsync(_bot.Activities.Execute("meeting.book", ConfirmData(proposal).DeepClone().AsObject()));
        Assert.Contains("Cuộc họp: Tổ chức Hội nghị", booked!["value"]!.ToReadableJson());
        // Said in words too, and the plan's own time (it said "Dự kiến") is now the booked one.
        Assert.Contains("Đã đặt phòng Phòng họp 02 - Tầng 5, bắt đầu 08:00 05/01/2023", booked["value"]!.ToReadableJson());
        var plan = await _bot.WithDbAsync(db => db.Plans.SingleAsync());
        Assert.Equal((new DateOnly(2023, 1, 5), new TimeOnly(8, 0), 240, false),
            (plan.EventStartDate, plan.EventStartTime, plan.EventDurationMinutes, plan.EventTentative));

        var ics = Directory.GetFiles(_outbox, "*-0-request.ics").Single();
        var calendar = Calendar.Load(await File.ReadAllTextAsync(ics))!;
        Assert.Equal("REQUEST", calendar.Method);
        Assert.Equal("Asia/Ho_Chi_Minh", calendar.TimeZones.Single().TzId);
        var e = calendar.Events.Single();
        Assert.Equal(_plan.Title, e.Summary);
        Assert.Equal("Phòng họp 02 - Tầng 5", e.Location);
        Assert.Equal(new DateTime(2023, 1, 5, 8, 0, 0), e.DtStart!.Value);
        Assert.Equal("Asia/Ho_Chi_Minh", e.DtStart.TzId);
        Assert.Equal(new DateTime(2023, 1, 5, 12, 0, 0), e.DtEnd!.Value);
        Assert.Equal(0, e.Sequence);
        Assert.Equal("mailto:vanphong@so-khcn.local", e.Organizer!.Value!.ToString());
        Assert.Contains(e.Attendees, a => a.Value!.ToString() == "mailto:phonghop02-tang5@so-khcn.local" && a.Type == "ROOM");
        Assert.Contains(e.Attendees, a => a.Value!.ToString() == "mailto:megan@example.org" && a.Role == "REQ-PARTICIPANT" && a.Rsvp);

        // Megan, assigned to a unit, gets the invitation card in her 1:1 chat and declines.
        await _bot.Connector.WaitForAsync(m => m.Method == "POST" && m.ConversationId == "personal-megan" && m.Visible.Contains("Giấy mời họp", StringComparison.Ordinal));
        var invitation = Assert.Single(_bot.Connector.Messages, m => m.ConversationId == "personal-megan" && m.Visible.Contains("Giấy mời họp", StringComparison.Ordinal));
        var meetingId = invitation.Card!["body"]!.AsArray().Last()!["actions"]![2]!["data"]!["meetingId"]!.GetValue<int>();
        var (_, answered) = await _bot.InvokeAsync(_bot.Activities.Execute("invite.respond", new JsonObject { ["meetingId"] = meetingId, ["response"] = "declined" }, User.Megan, "personal-megan"));
        Assert.Contains("Bạn đã trả lời: Từ chối.", answered!["value"]!.ToReadableJson());
        // Someone not invited cannot answer for the meeting.
        var (_, stranger) = await _bot.InvokeAsync(_bot.Activities.Execute("invite.respond", new JsonObject { ["meetingId"] = meetingId, ["response"] = "accepted" }, User.Adele, "personal-adele"));
        Assert.Contains("không gửi cho bạn", stranger?["value"]?.GetValue<string>());

        var meeting = Assert.Single(await _bot.SayAsync(_bot.Activities.Message("cuộc họp")));
        Assert.Contains("Megan Bowen", meeting.Visible);
        Assert.Contains("Phòng họp 02 - Tầng 5 (Đồng ý)", meeting.Visible); // a local room answers at once
        Assert.Contains("Từ chối", meeting.Visible);
        Assert.Contains("Chưa trả lời", meeting.Visible);
    }

    [Fact]
    public async Task The_same_room_is_never_booked_twice_and_a_busy_room_offers_alternatives()
    {
        var proposal = await BookAsync();
        var confirm = ConfirmData(proposal);
        await _bot.InvokeAsync(_bot.Activities.Execute("meeting.book", confirm.DeepClone().AsObject()));

        // A second plan wants the same room at the same time.
        var understood = Assert.Single(await _bot.SayAsync(_bot.Activities.Message(File.ReadAllText(Repo.SeedPlan))));
        await _bot.InvokeAsync(_bot.Activities.Execute("plan.save", new JsonObject { ["draftId"] = PlanConversationTests.DraftIdOf(understood) }));
        var second = await _bot.WithDbAsync(db => db.Plans.OrderBy(p => p.Id).LastAsync());
        var (_, busy) = await _bot.InvokeAsync(_bot.Activities.Execute("meeting.time", new JsonObject { ["planId"] = second.Id, ["date"] = "2023-01-05", ["start"] = "09:00", ["hours"] = "2", ["seats"] = "2" }));
        var text = busy!["value"]!.ToReadableJson();
        Assert.Contains("Phòng đã có lịch vào giờ này.", text);
        Assert.Contains("Phòng họp 02 - Tầng 5 (40) · 12:00 – 14:00, 05/01/2023", text); // the same room right after
        Assert.Contains("Phòng họp 01 - Tầng 5 (20) · 09:00 – 11:00, 05/01/2023", text); // another free room

        // Forcing the taken slot (the card data is the client's): refused, nothing booked twice.
        var forced = confirm.DeepClone().AsObject();
        forced["planId"] = second.Id;
        await _bot.InvokeAsync(_bot.Activities.Execute("meeting.book", forced));
        var booked = await _bot.WithDbAsync(db => db.Meetings.Where(m => m.State == MeetingState.Booked).ToListAsync());
        Assert.Single(booked);
        Assert.Contains(_bot.Connector.Messages, m => m.Text.Contains("vừa có người đặt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Moving_the_meeting_updates_it_with_a_higher_sequence_and_cancelling_sends_a_cancel()
    {
        await _bot.InvokeAsync(_bot.Activities.Execute("meeting.book", ConfirmData(await BookAsync()).DeepClone().AsObject()));
        await _bot.InvokeAsync(_bot.Activities.Execute("meeting.book", ConfirmData(await BookAsync(start: "13:30")).DeepClone().AsObject()));
        var meetings = await _bot.WithDbAsync(db => db.Meetings.ToListAsync());
        var meeting = Assert.Single(meetings);
        Assert.Equal(1, meeting.Sequence);
        var update = Calendar.Load(await File.ReadAllTextAsync(Directory.GetFiles(_outbox, "*-1-request.ics").Single()))!.Events.Single();
        Assert.Equal((meeting.Uid, 1, new DateTime(2023, 1, 5, 13, 30, 0)), (update.Uid, update.Sequence, update.DtStart!.Value));

        var replies = await _bot.SayAsync(_bot.Activities.Message("hủy cuộc họp"));
        Assert.Contains(replies, m => m.ConversationId == "personal-alex" && m.Text.Contains("Đã hủy cuộc họp", StringComparison.Ordinal));
        var cancel = Calendar.Load(await File.ReadAllTextAsync(Directory.GetFiles(_outbox, "*-2-cancel.ics").Single()))!;
        Assert.Equal("CANCEL", cancel.Method);
        Assert.Equal((meeting.Uid, 2, "CANCELLED"), (cancel.Events.Single().Uid, cancel.Events.Single().Sequence, cancel.Events.Single().Status));
        await _bot.Connector.WaitForAsync(m => m.Method == "POST" && m.ConversationId == "personal-megan" && m.Visible.Contains("Cuộc họp này đã bị hủy", StringComparison.Ordinal));
        Assert.Contains(_bot.Connector.Messages, m => m.ConversationId == "personal-megan" && m.Visible.Contains("Cuộc họp này đã bị hủy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_the_organizer_books_and_bad_times_are_refused()
    {
        var other = Assert.Single(await _bot.SayAsync(_bot.Activities.Message($"đặt phòng {_plan.Id}", User.Megan, "personal-megan")));
        Assert.Contains("Chỉ người tổ chức", other.Text);
        var (_, bad) = await _bot.InvokeAsync(_bot.Activities.Execute("meeting.time", new JsonObject { ["planId"] = _plan.Id, ["date"] = "2023-02-30", ["start"] = "08:00", ["hours"] = "4", ["seats"] = "2" }));
        Assert.Contains("không hợp lệ", bad?["value"]?.GetValue<string>());
        var (_, forged) = await _bot.InvokeAsync(_bot.Activities.Execute("meeting.book", new JsonObject { ["planId"] = _plan.Id, ["roomEmail"] = "nosuchroom@x", ["start"] = "1", ["end"] = "2" }));
        Assert.Contains("không còn hợp lệ", forged?["value"]?.GetValue<string>());
        Assert.Equal(0, await _bot.WithDbAsync(db => db.Meetings.CountAsync()));
    }

    [Fact]
    public async Task Invitations_that_went_out_are_not_sent_again_by_the_recovery()
    {
        var start = new DateTime(2030, 1, 7, 1, 0, 0, DateTimeKind.Utc); // a meeting to come: the recovery looks at those
        var (_, booked) = await _bot.InvokeAsync(_bot.Activities.Execute("meeting.book", new JsonObject
        {
            ["planId"] = _plan.Id, ["roomEmail"] = "phonghop02-tang5@so-khcn.local",
            ["start"] = start.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture), ["end"] = start.AddHours(2).Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        Assert.Contains("Cuộc họp:", booked!["value"]!.ToReadableJson());
        File.Delete(Directory.GetFiles(_outbox, "*.ics").Single()); // taken from the folder by whatever mails it
        var cards = await _bot.WithDbAsync(db => db.Outbox.CountAsync(o => o.Kind == PlanBot.Core.Outbox.OutboxKind.Invitation));
        Assert.True(cards > 0);

        await _bot.Services.GetRequiredService<PlanBot.Meetings.MeetingWorkflow>().RecoverAsync(CancellationToken.None);
        Assert.Empty(Directory.GetFiles(_outbox, "*.ics"));
        Assert.Equal(cards, await _bot.WithDbAsync(db => db.Outbox.CountAsync(o => o.Kind == PlanBot.Core.Outbox.OutboxKind.Invitation)));
    }

    [Fact]
    public async Task Eight_instances_booking_one_room_at_one_time_give_one_booking()
    {
        // Each calendar as a separate instance would have it: its own object, only the database shared.
        var calendars = Enumerable.Range(0, 8).Select(_ => ActivatorUtilities.CreateInstance<PlanBot.Meetings.LocalCalendar>(_bot.Services)).ToList();
        var start = new DateTime(2031, 3, 3, 1, 0, 0, DateTimeKind.Utc);
        var text = new PlanBot.Meetings.MeetingText("Họp", "<p>Nội dung</p>", "vanphong@so-khcn.local", "Văn phòng Sở");
        var results = await Task.WhenAll(calendars.Select((calendar, i) => Task.Run(() => calendar.SaveAsync(new PlanBot.Core.Meetings.Meeting
        {
            PlanId = _plan.Id, RoomEmail = "phonghop02@so-khcn.local", RoomName = "Phòng họp 02", Start = start.AddMinutes(i), End = start.AddHours(2),
            State = PlanBot.Core.Meetings.MeetingState.Booked, Uid = $"race-{i}@planbot", TransactionId = Guid.NewGuid(),
        }, text, CancellationToken.None))));
        Assert.Single(results, r => r.Failure == PlanBot.Meetings.CalendarFailure.None);
        Assert.Equal(7, results.Count(r => r.Failure == PlanBot.Meetings.CalendarFailure.RoomBusy));
        Assert.Equal(1, await _bot.WithDbAsync(db => db.Meetings.CountAsync(m => m.RoomEmail == "phonghop02@so-khcn.local" && m.Start >= start.AddMinutes(-1))));
    }
}
