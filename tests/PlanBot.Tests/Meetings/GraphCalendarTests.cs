using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Kiota.Abstractions.Authentication;
using PlanBot.Core.Meetings;
using PlanBot.Core.Plans;
using PlanBot.Tests.Support;
using PlanBot.Tests.Teams;

namespace PlanBot.Tests.Meetings;

/// <summary>
/// Booking through the real Microsoft Graph SDK, pointed at a local server that plays Graph: the exact
/// requests PlanBot sends, throttling and errors, busy rooms, answers, updates and cancellation.
/// </summary>
public sealed class GraphCalendarTests : IAsyncLifetime
{
    private const string Organizer = "vanphong@contoso.vn";
    private FakeGraph _graph = null!;
    private BotHost _bot = null!;
    private Plan _plan = null!;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraph.StartAsync();
        _graph.Rooms.Add(new JsonObject { ["emailAddress"] = "phonghop02@contoso.vn", ["displayName"] = "Phòng họp 02 - Tầng 5", ["capacity"] = 40 });
        _graph.Rooms.Add(new JsonObject { ["emailAddress"] = "phonghop01@contoso.vn", ["displayName"] = "Phòng họp 01 - Tầng 5", ["capacity"] = "20" }); // old documents: a string
        _graph.KnownMailboxes.Add(Organizer);
        _bot = await BotHost.StartAsync(
            new() { ["PlanBot:Graph:TenantId"] = "tenant", ["PlanBot:Graph:ClientId"] = "client", ["PlanBot:Graph:ClientSecret"] = "not-a-secret", ["PlanBot:Graph:OrganizerMailbox"] = Organizer, ["PlanBot:Graph:BaseUrl"] = _graph.BaseUrl, ["PlanBot:Graph:TimeoutSeconds"] = "3",
                ["PlanBot:Calendar:RetryPendingAfterSeconds"] = "0" },
            // PlanBot's own Graph client (handlers, timeout), without the Entra token this machine cannot get.
            // The seed plan's meeting (05/01/2023) is still to come: Sunday 01/01/2023, 20:00 in Hanoi.
            clock: FakeTime.Clock(new DateTimeOffset(2023, 1, 1, 13, 0, 0, TimeSpan.Zero)),
            services: s => s.AddSingleton<IAuthenticationProvider>(new AnonymousAuthenticationProvider()));
        _bot.Connector.Members.AddRange([User.Alex.AsMember(), User.Megan.AsMember()]);
        var understood = Assert.Single(await _bot.SayAsync(_bot.Activities.Message(File.ReadAllText(Repo.SeedPlan))));
        await _bot.InvokeAsync(_bot.Activities.Execute("plan.save", new JsonObject { ["draftId"] = PlanConversationTests.DraftIdOf(understood) }));
        _plan = await _bot.WithDbAsync(db => db.Plans.Include(p => p.Units).SingleAsync());
        await _bot.SayAsync(_bot.Activities.Message("phân công"));
        await _bot.InvokeAsync(_bot.Activities.Execute("assign.save", new JsonObject { ["planId"] = _plan.Id, [$"responsible-{_plan.Units[0].Id}"] = "aad-megan" }));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _graph.DisposeAsync();
    }

    private async Task<JsonNode> ProposeAsync(string start = "08:00")
    {
        var (status, proposal) = await _bot.InvokeAsync(_bot.Activities.Execute("meeting.time", new JsonObject { ["planId"] = _plan.Id, ["date"] = "2023-01-05", ["start"] = start, ["hours"] = "4", ["seats"] = "30" }));
        Assert.True(proposal?["value"] is not null, $"{status} {proposal} graph: {string.Join(", ", _graph.Requests.Select(r => r.Method + " " + r.Path))}");
        return proposal!["value"]!;
    }

    private static JsonObject? Confirm(JsonNode proposal) =>
        proposal["body"]!.AsArray().FirstOrDefault(b => b!["type"]!.GetValue<string>() == "ActionSet")?["actions"]![0]!["data"]!.DeepClone().AsObject();

    private static string Text(JsonNode? node) => node?.ToReadableJson() ?? "";

    [Fact]
    public async Task Booking_sends_the_exact_requests_Graph_expects()
    {
        var proposal = await ProposeAsync();
        Assert.Contains("Phòng trống, đủ chỗ.", Text(proposal));
        var rooms = Assert.Single(_graph.Requests, r => r.Path.StartsWith("/v1.0/places/", StringComparison.Ordinal));
        Assert.Equal("GET", rooms.Method);
        var schedule = _graph.Requests.First(r => r.Path == $"/v1.0/users/{Organizer}/calendar/getSchedule");
        // The SDK writes the action's parameters as Graph declares them: "Schedules", "StartTime", "EndTime", "AvailabilityViewInterval".
        Assert.Equal("SE Asia Standard Time", schedule.Body!["StartTime"]!["timeZone"]!.GetValue<string>());
        Assert.Equal("2023-01-04T08:00:00", schedule.Body["StartTime"]!["dateTime"]!.GetValue<string>());
        Assert.Equal(30, schedule.Body["AvailabilityViewInterval"]!.GetValue<int>());
        Assert.Equal(["phonghop02@contoso.vn", "phonghop01@contoso.vn"], schedule.Body["Schedules"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Contains("outlook.timezone=\"SE Asia Standard Time\"", schedule.Headers["Prefer"]);

        var confirm = Confirm(proposal)!;
        confirm["extra"] = "lanhdao@contoso.vn, not an address";
        var (_, booked) = await _bot.InvokeAsync(_bot.Activities.Execute("meeting.book", confirm));
        Assert.Contains("Cuộc họp: Tổ chức Hội nghị", Text(booked));
        var create = Assert.Single(_graph.Requests, r => r.Method == "POST" && r.Path == $"/v1.0/users/{Organizer}/events");
        var e = create.Body!;
        Assert.Equal(_plan.Title, e["subject"]!.GetValue<string>());
        Assert.Equal("html", e["body"]!["contentType"]!.GetValue<string>());
        Assert.Contains("<p>Đánh giá khách quan", e["body"]!["content"]!.GetValue<string>());
        Assert.Equal(("2023-01-05T08:00:00", "SE Asia Standard Time"), (e["start"]!["dateTime"]!.GetValue<string>(), e["start"]!["timeZone"]!.GetValue<string>()));
        Assert.Equal("2023-01-05T12:00:00", e["end"]!["dateTime"]!.GetValue<string>());
        Assert.Equal(("Phòng họp 02 - Tầng 5", "phonghop02@contoso.vn"), (e["location"]!["displayName"]!.GetValue<string>(), e["location"]!["locationEmailAddress"]!.GetValue<string>()));
        var attendees = e["attendees"]!.AsArray();
        Assert.Contains(attendees, a => a!["type"]!.GetValue<string>() == "resource" && a["emailAddress"]!["address"]!.GetValue<string>() == "phonghop02@contoso.vn");
        Assert.Contains(attendees, a => a!["type"]!.GetValue<string>() == "required" && a["emailAddress"]!["address"]!.GetValue<string>() == "megan@example.org");
        Assert.Contains(attendees, a => a!["type"]!.GetValue<string>() == "required" && a["emailAddress"]!["address"]!.GetValue<string>() == "lanhdao@contoso.vn");
        Assert.Equal(4, attendees.Count); // the room, the organizer (Alex), Megan, the added address
        Assert.True(Guid.TryParse(e["transactionId"]!.GetValue<string>(), out _));
        var meeting = await _bot.WithDbAsync(db => db.Meetings.SingleAsync());
        Assert.Equal(("event-1", e["transactionId"]!.GetValue<string>()), (meeting.ExternalId, meeting.TransactionId.ToString()));
    }

    [Fact]
    public async Task Throttling_is_retried_after_Retry_After_and_a_retried_create_books_once()
    {
        var proposal = await ProposeAsync();
        _graph.Faults.Enqueue(429);
        _graph.Faults.Enqueue(503);
        var started = DateTime.UtcNow;
        var (_, booked) = await _bot.InvokeAsync(_bot.Activities.Execute("meeting.book", Confirm(proposal)!));
        Assert.Contains("Cuộc họp:", Text(booked));
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(1), "Retry-After was not honoured");
        Assert.Single(_graph.Events);

        // The same create sent again (as after a timeout): Graph drops it by transactionId.
        var first = _graph.Requests.Last(r => r.Method == "POST" && r.Path.EndsWith("/events", StringComparison.Ordinal));
        using var http = new HttpClient();
        await http.PostAsync($"{_graph.BaseUrl}/users/{Organizer}/events", new StringContent(first.Body!.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.Single(_graph.Events);
    }

    [Fact]
    public async Task An_event_created_whose_answer_was_lost_is_booked_once_when_Book_is_pressed_again()
    {
        var confirm = Confirm(await ProposeAsync())!;
        _graph.LoseCreateAnswers = 1;
        var (_, lost) = await _bot.InvokeAsync(_bot.Activities.Execute("meeting.book", confirm.DeepClone().AsObject()));
        Assert.Contains("Microsoft 365", lost?["value"]?.GetValue<string>()); // told in words; the event exists in Graph
        var orphan = Assert.Single(_graph.Events).Key;

        var (_, booked) = await _bot.InvokeAsync(_bot.Activities.Execute("meeting.book", confirm.DeepClone().AsObject()));
        Assert.Contains("Cuộc họp:", Text(booked)); // not "room busy" because of its own event
        Assert.Equal(orphan, Assert.Single(_graph.Events).Key);
        var meeting = await _bot.WithDbAsync(db => db.Meetings.SingleAsync());
        Assert.Equal((MeetingState.Booked, orphan), (meeting.State, meeting.ExternalId));
        var creates = _graph.Requests.Where(r => r.Method == "POST" && r.Path.EndsWith("/events", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, creates.Count);
        Assert.Single(creates.Select(c => c.Body!["transactionId"]!.GetValue<string>()).Distinct());
    }

    [Fact]
    public async Task An_event_created_whose_answer_was_lost_is_completed_by_the_recovery()
    {
        var start = new DateTime(2030, 1, 7, 1, 0, 0, DateTimeKind.Utc); // a meeting to come: the recovery leaves past ones alone
        var confirm = new JsonObject
        {
            ["planId"] = _plan.Id, ["roomEmail"] = "phonghop02@contoso.vn",
            ["start"] = start.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture), ["end"] = start.AddHours(4).Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        _graph.LoseCreateAnswers = 1;
        await _bot.InvokeAsync(_bot.Activities.Execute("meeting.book", confirm));
        var orphan = Assert.Single(_graph.Events).Key;

        await _bot.Services.GetRequiredService<PlanBot.Meetings.MeetingWorkflow>().RecoverAsync(CancellationToken.None);
        Assert.Equal(orphan, Assert.Single(_graph.Events).Key);
        var meeting = await _bot.WithDbAsync(db => db.Meetings.SingleAsync());
        Assert.Equal((MeetingState.Booked, orphan), (meeting.State, meeting.ExternalId));
        Assert.Equal(1, await _bot.WithDbAsync(db => db.Outbox.CountAsync(o => o.Kind == PlanBot.Core.Outbox.OutboxKind.Invitation && o.RecipientUserId == "aad-megan")));
        // The organizer, whose button got no booking, is sent the booking card.
        var told = await _bot.Connector.WaitForAsync(m => m.ConversationId == "personal-alex" && m.Visible.Contains("Đã đặt phòng và gửi giấy mời", StringComparison.Ordinal));
        Assert.NotNull(told);
    }

    [Fact]
    public async Task Graph_that_does_not_answer_is_explained_in_words_within_the_timeout()
    {
        _graph.SlowAnswers = 1; // the availability request hangs for a minute
        var started = DateTime.UtcNow;
        var (_, answer) = await _bot.InvokeAsync(_bot.Activities.Execute("meeting.time", new JsonObject { ["planId"] = _plan.Id, ["date"] = "2023-01-05", ["start"] = "08:00", ["hours"] = "4", ["seats"] = "30" }));
        Assert.Contains("Microsoft 365", Text(answer));
        Assert.InRange(DateTime.UtcNow - started, TimeSpan.FromSeconds(2.5), TimeSpan.FromSeconds(10));
        Assert.NotNull(Confirm(await ProposeAsync())); // the next request, answered at once, works
    }

    [Fact]
    public async Task Graph_that_keeps_failing_or_a_missing_mailbox_is_explained_in_words()
    {
        var proposal = await ProposeAsync();
        for (var i = 0; i < 4; i++) _graph.Faults.Enqueue(503); // the first try and the SDK's three retries
        var (_, unavailable) = await _bot.InvokeAsync(_bot.Activities.Execute("meeting.book", Confirm(proposal)!));
        Assert.Contains("Microsoft 365 đang quá tải", unavailable?["value"]?.GetValue<string>());
        while (_graph.Faults.TryDequeue(out _)) { }
        Assert.Equal(0, await _bot.WithDbAsync(db => db.Meetings.CountAsync(m => m.State != MeetingState.Pending))); // only the attempt, kept for a retry

        _graph.KnownMailboxes.Clear();
        _graph.KnownMailboxes.Add("someone-else@contoso.vn");
        var (_, missing) = await _bot.InvokeAsync(_bot.Activities.Execute("meeting.book", Confirm(proposal)!));
        Assert.Contains("không tìm thấy hộp thư", missing?["value"]?.GetValue<string>());
        Assert.DoesNotContain("Exception", missing?["value"]?.GetValue<string>());
    }

    [Fact]
    public async Task A_room_busy_in_Graph_offers_the_alternatives()
    {
        _graph.Events["other"] = new JsonObject
        {
            ["id"] = "other", ["start"] = new JsonObject { ["dateTime"] = "2023-01-05T07:00:00", ["timeZone"] = "SE Asia Standard Time" },
            ["end"] = new JsonObject { ["dateTime"] = "2023-01-05T10:00:00", ["timeZone"] = "SE Asia Standard Time" },
            ["attendees"] = new JsonArray(new JsonObject { ["type"] = "resource", ["emailAddress"] = new JsonObject { ["address"] = "phonghop02@contoso.vn" } }),
        };
        var proposal = Text(await ProposeAsync());
        Assert.Contains("Phòng đã có lịch vào giờ này.", proposal);
        Assert.Contains("Phòng họp 02 - Tầng 5 (40) · 10:00 – 14:00, 05/01/2023", proposal);
        Assert.DoesNotContain("Phòng họp 01 - Tầng 5 (20)", proposal); // 20 seats are not enough for 30
    }

    [Fact]
    public async Task Answers_are_read_from_the_event_and_moving_or_cancelling_updates_it()
    {
        await _bot.InvokeAsync(_bot.Activities.Execute("meeting.book", Confirm(await ProposeAsync())!));
        _graph.Answer("event-1", "megan@example.org", "declined");
        _graph.Answer("event-1", "phonghop02@contoso.vn", "accepted");
        var card = Assert.Single(await _bot.SayAsync(_bot.Activities.Message("cuộc họp")));
        Assert.Contains("Phòng họp 02 - Tầng 5 (Đồng ý)", card.Visible);
        Assert.Contains("Từ chối", card.Visible);

        await _bot.InvokeAsync(_bot.Activities.Execute("meeting.book", Confirm(await ProposeAsync("13:30"))!));
        var patch = Assert.Single(_graph.Requests, r => r.Method == "PATCH");
        Assert.Equal($"/v1.0/users/{Organizer}/events/event-1", patch.Path);
        Assert.Equal("2023-01-05T13:30:00", patch.Body!["start"]!["dateTime"]!.GetValue<string>());
        Assert.Single(_graph.Events);

        await _bot.SayAsync(_bot.Activities.Message("hủy cuộc họp"));
        var cancel = Assert.Single(_graph.Requests, r => r.Path.EndsWith("/cancel", StringComparison.Ordinal));
        Assert.Equal($"/v1.0/users/{Organizer}/events/event-1/cancel", cancel.Path);
        Assert.StartsWith("Hủy:", cancel.Body!["Comment"]!.GetValue<string>()); // the SDK writes action parameters as Graph declares them
    }
}
