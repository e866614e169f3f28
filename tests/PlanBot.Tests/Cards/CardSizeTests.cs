using System.Text.Json.Nodes;
using PlanBot.Core.Cards;
using PlanBot.Core.Localization;
using PlanBot.Core.Plans;
using PlanBot.Teams;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Cards;

/// <summary>
/// Every card of a plan of 3, 40, 120 and 300 units (up to 2,000 tasks, one unit with 30+, long Vietnamese texts) stays
/// within 80 KB as Teams counts it, on every page, and still leads to every unit and task.
/// </summary>
public sealed class CardSizeTests
{
    private static readonly CardLibrary Library = new(Repo.Cards);
    private static readonly DateTimeOffset Later = new(2027, 2, 1, 1, 0, 0, TimeSpan.Zero);

    public static TheoryData<int, int, int> Sizes() => new() { { 3, 40, 30 }, { 40, 264, 30 }, { 120, 1000, 35 }, { 300, 2000, 35 } };

    /// <summary>The card as PlanBot sends it, measured the way the size budget measures it.</summary>
    private static int Bytes(JsonNode card) => MessageSizeBudget.MeasureCardMessage(card);

    private static List<JsonObject> Actions(JsonNode card, string verb) =>
        Descendants(card).OfType<JsonObject>().Where(o => o["verb"]?.GetValue<string>() == verb && o["type"]?.GetValue<string>() == "Action.Execute").ToList();

    private static IEnumerable<JsonNode> Descendants(JsonNode? node) => node switch
    {
        JsonObject o => new[] { (JsonNode)o }.Concat(o.SelectMany(kv => Descendants(kv.Value))),
        JsonArray a => a.SelectMany(Descendants),
        _ => [],
    };

    private static List<string> InputIds(JsonNode card) =>
        Descendants(card).OfType<JsonObject>().Where(o => o["type"]?.GetValue<string>() is { } type && type.StartsWith("Input.", StringComparison.Ordinal)).Select(o => o["id"]!.GetValue<string>()).ToList();

    [Theory]
    [MemberData(nameof(Sizes))]
    public void The_overview_fits_on_every_page_and_has_a_button_into_every_unit(int units, int tasks, int bigUnit)
    {
        var plan = LargePlans.Saved(units, tasks, bigUnit);
        var reached = new List<int>();
        var pages = 0;
        for (var page = 1; page <= 20; page++)
        {
            var card = Library.Render("plan-overview", OverviewCardData.Overview(plan, LargePlans.Members(plan), Texts.Vi, Later, page, "https://planbot.example.org/plans/7"));
            Assert.True(Bytes(card) <= MessageSizeBudget.LimitBytes, $"overview page {page} of {units} units is {Bytes(card)} bytes");
            Assert.Contains($"Tiến độ chung: {PlanProgress.Of(plan.Tasks).Done}/{tasks}", card.ToJsonString(Relaxed));
            reached.AddRange(Actions(card, "overview.unit").Select(a => a["data"]!["unitId"]!.AsInt()));
            pages++;
            if (Actions(card, "overview.page").All(a => a["data"]!["page"]!.AsInt() < page)) break;
        }
        Assert.Equal(plan.Units.Select(u => u.Id), reached);
        Assert.Equal((units + OverviewCardData.OverviewUnitsPerPage - 1) / OverviewCardData.OverviewUnitsPerPage, pages);
    }

    [Fact]
    public void A_large_overview_shows_the_most_urgent_tasks_not_every_task_and_links_the_plan_page()
    {
        var plan = LargePlans.Saved(40, 264, 30);
        var card = Library.Render("plan-overview", OverviewCardData.Overview(plan, LargePlans.Members(plan), Texts.Vi, Later, 1, "https://planbot.example.org/plans/7"));
        var text = card.ToJsonString(Relaxed);
        Assert.Contains("Cần chú ý", text);
        Assert.Contains("Vướng mắc: Chưa được bố trí kinh phí", text);
        Assert.Contains("… và ", text);
        Assert.DoesNotContain(plan.Units[1].Tasks[1].Description, text); // an in-progress task, not urgent: not on the card
        Assert.Contains("quá hạn", text);
        Assert.Equal("https://planbot.example.org/plans/7", Descendants(card).OfType<JsonObject>().Single(o => o["type"]?.GetValue<string>() == "Action.OpenUrl")["url"]!.GetValue<string>());
        var withoutLink = Library.Render("plan-overview", OverviewCardData.Overview(plan, LargePlans.Members(plan), Texts.Vi, Later));
        Assert.DoesNotContain(Descendants(withoutLink).OfType<JsonObject>(), o => o["type"]?.GetValue<string>() == "Action.OpenUrl");
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void The_understanding_card_fits_and_counts_every_task_and_unit(int units, int tasks, int bigUnit)
    {
        var doc = LargePlans.Document(units, tasks, bigUnit, notUnderstood: 300);
        var card = new PlanBot.Plans.UnderstoodCard(Library).Render(doc, Guid.NewGuid(), Texts.Vi);
        Assert.True(Bytes(card) <= MessageSizeBudget.LimitBytes, $"understanding card of {units} units is {Bytes(card)} bytes");
        var text = card.ToJsonString(Relaxed);
        Assert.Contains($"{tasks} nhiệm vụ, {units} đơn vị", text);
        // Every unit named with its count, up to the 120 units of a province's departments and districts; past that (a
        // province's communes) the card names those that fit and counts the rest.
        var named = doc.Units.Count(u => text.Contains($"\"{u.Unit}\"", StringComparison.Ordinal));
        if (units <= 120) Assert.Equal(units, named);
        else Assert.Contains($"… và {units - named} đơn vị khác: sau khi lưu, trang kế hoạch có đủ mọi đơn vị.", text);
        Assert.True(named >= Math.Min(units, 120), $"{named} of {units} units named");
        Assert.Contains($"{doc.Units[1].Tasks.Count} nhiệm vụ", text);
        Assert.Contains("Chưa hiểu", text);
        Assert.Contains($"… và {300 - UnderstoodCardData.NotUnderstoodShown} dòng khác", text);
        Assert.Contains("Phối hợp: ", text);
        Assert.Contains(Descendants(card).OfType<JsonObject>(), o => o["type"]?.GetValue<string>() == "Action.ToggleVisibility" && o["targetElements"]?[0]?.GetValue<string>() == "unit-1");
    }

    [Fact]
    public void Units_with_long_names_keep_the_understanding_card_within_the_budget()
    {
        var doc = LargePlans.Document(300, 2000, 35, notUnderstood: 300);
        const string longName = ", các phòng, ban chuyên môn và các đơn vị sự nghiệp trực thuộc, Ủy ban nhân dân các xã, phường, thị trấn trên địa bàn";
        doc = doc with { Units = [.. doc.Units.Select(u => u with { Unit = u.Unit + longName + longName })] };
        Assert.True(Bytes(Library.Render("plan-understood", UnderstoodCardData.Understood(doc, Guid.NewGuid(), Texts.Vi))) > MessageSizeBudget.LimitBytes,
            "with its first 20 units open the card is over the budget: this test shows how it fits anyway");
        var card = new PlanBot.Plans.UnderstoodCard(Library).Render(doc, Guid.NewGuid(), Texts.Vi);
        Assert.True(Bytes(card) <= MessageSizeBudget.LimitBytes, $"understanding card of 300 long-named units is {Bytes(card)} bytes");
        Assert.Contains("2000 nhiệm vụ, 300 đơn vị", card.ToJsonString(Relaxed));
        Assert.Contains(Descendants(card).OfType<JsonObject>(), o => o["type"]?.GetValue<string>() == "Action.ToggleVisibility"); // some units still open
        Assert.Matches(@"… và \d+ đơn vị khác: sau khi lưu, trang kế hoạch có đủ mọi đơn vị\.", card.ToJsonString(Relaxed));
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void The_status_card_of_the_largest_unit_is_paged_and_every_page_fits(int units, int tasks, int bigUnit)
    {
        var plan = LargePlans.Saved(units, tasks, bigUnit);
        var unit = plan.Units.MaxBy(u => u.Tasks.Count)!;
        var lead = plan.Units[0];
        var coordinated = lead.Tasks.Take(3).Select(task => new CoordinatedTask(lead, task)).ToList();
        var inputs = new List<string>();
        var pageCount = (unit.Tasks.Count + coordinated.Count + StatusCardData.TasksPerPage - 1) / StatusCardData.TasksPerPage;
        for (var page = 1; page <= pageCount; page++)
        {
            var card = Library.Render("status-card", StatusCardData.StatusCard(plan, unit, LargePlans.Members(plan), null, Texts.Vi, Later, "", page, coordinated));
            Assert.True(Bytes(card) <= MessageSizeBudget.LimitBytes, $"status card page {page} is {Bytes(card)} bytes");
            inputs.AddRange(InputIds(card));
            Assert.Equal(page, card["actions"]![0]!["data"]!["page"]!.AsInt());
            var next = Actions(card, "status.page").Select(a => a["data"]!["page"]!.AsInt()).ToList();
            Assert.Equal(page == pageCount ? [page - 1] : page == 1 ? [2] : [page - 1, page + 1], next);
        }
        // Every task of the unit answered on exactly one page; the coordinated ones on none.
        Assert.Equal(unit.Tasks.SelectMany(t => new[] { $"status-{t.Id}", $"percent-{t.Id}", $"note-{t.Id}" }).Order(), inputs.Order());
        var last = Library.Render("status-card", StatusCardData.StatusCard(plan, unit, LargePlans.Members(plan), null, Texts.Vi, Later, "", pageCount, coordinated)).ToJsonString(Relaxed);
        Assert.Contains($"Phối hợp · chủ trì: {lead.Name}", last);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void The_report_fits_with_one_line_per_unit_or_the_rest_in_the_export(int units, int tasks, int bigUnit)
    {
        var plan = LargePlans.Saved(units, tasks, bigUnit);
        var card = Library.Render("report", ReportCards.Data(plan, LargePlans.Members(plan), Texts.Vi, Later, new Uri("https://planbot.example.org/exports/x"), Later.AddDays(1)));
        Assert.True(Bytes(card) <= MessageSizeBudget.LimitBytes, $"report of {units} units is {Bytes(card)} bytes");
        var text = card.ToJsonString(Relaxed);
        if (units <= ReportCardData.ReportUnitsShown) Assert.All(plan.Units, u => Assert.Contains(u.Name, text));
        else Assert.Contains($"… và {units - ReportCardData.ReportUnitsShown} đơn vị khác: xem đầy đủ trong tệp CSV.", text);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void The_assignment_card_is_paged_and_saving_a_page_names_only_its_units(int units, int tasks, int bigUnit)
    {
        var plan = LargePlans.Saved(units, tasks, bigUnit);
        var people = Enumerable.Range(0, 300).Select(i => (LargePlans.Person(i).Id, LargePlans.Person(i).Name)).ToList();
        var members = LargePlans.Members(plan);
        var covered = new List<int>();
        for (var page = 1; page <= 200; page++)
        {
            var card = Library.Render("assign", AssignCardData.Assign(plan, members, people, Texts.Vi, page));
            Assert.True(Bytes(card) <= MessageSizeBudget.LimitBytes, $"assignment page {page} is {Bytes(card)} bytes");
            var save = card["actions"]![0]!["data"]!;
            var ids = save["unitIds"]!.GetValue<string>().Split(',').Select(int.Parse).ToList();
            Assert.Equal(ids.Select(id => $"emails-{id}"), InputIds(card).Where(i => i.StartsWith("emails-", StringComparison.Ordinal)));
            covered.AddRange(ids);
            if (Actions(card, "assign.page").All(a => a["data"]!["page"]!.AsInt() < page)) break;
        }
        Assert.Equal(plan.Units.Select(u => u.Id), covered);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void The_escalation_digest_and_the_unit_detail_fit(int units, int tasks, int bigUnit)
    {
        var plan = LargePlans.Saved(units, tasks, bigUnit);
        var escalation = Library.Render("escalation", ReminderCardData.Escalation(plan, LargePlans.Members(plan), Texts.Vi, Later));
        Assert.True(Bytes(escalation) <= MessageSizeBudget.LimitBytes, $"escalation of {units} units is {Bytes(escalation)} bytes");
        var unit = plan.Units.MaxBy(u => u.Tasks.Count)!;
        var detail = Library.Render("unit-detail", StatusCardData.UnitDetail(plan, unit, LargePlans.Members(plan), Texts.Vi, Later, 2));
        Assert.True(Bytes(detail) <= MessageSizeBudget.LimitBytes, $"unit detail is {Bytes(detail)} bytes");
        Assert.Contains($"{StatusCardData.TasksPerPage + 1}. {LargePlans.TaskText(1, StatusCardData.TasksPerPage)[..40]}", detail.ToJsonString(Relaxed));
    }

    /// <summary>A province's meeting invites hundreds: found by the crash test, whose 300-person booking card was 161 KB.</summary>
    [Theory]
    [InlineData(3)]
    [InlineData(300)]
    [InlineData(1000)]
    public void The_meeting_card_of_a_meeting_with_hundreds_of_attendees_fits(int people)
    {
        var plan = LargePlans.Saved(40, 264, 30);
        var meeting = new PlanBot.Core.Meetings.Meeting
        {
            Id = 1, PlanId = plan.Id, RoomEmail = "hoitruong@x.org", RoomName = "Hội trường tầng 1", Start = new DateTime(2027, 1, 5, 1, 0, 0, DateTimeKind.Utc),
            End = new DateTime(2027, 1, 5, 5, 0, 0, DateTimeKind.Utc), Uid = "u@planbot",
            Attendees = [.. Enumerable.Range(0, people).Select(i => new PlanBot.Core.Meetings.MeetingAttendee
            {
                Name = $"Nguyễn Thị Người Dự Họp Số {i}, Phòng Kế hoạch - Tài chính", Response = i % 7 == 0 ? PlanBot.Core.Meetings.AttendeeResponse.Declined : PlanBot.Core.Meetings.AttendeeResponse.None,
            })],
        };
        var card = Library.Render("meeting", MeetingCardData.Booking(plan, meeting, Texts.Vi, Texts.Vi.MeetingBooked));
        Assert.True(Bytes(card) <= MessageSizeBudget.LimitBytes, $"meeting card of {people} attendees is {Bytes(card)} bytes");
        var text = card.ToJsonString(Relaxed);
        Assert.Contains("Từ chối", text); // those who answered come first
        if (people > MeetingCardData.AttendeesShown) Assert.Contains($"{people - MeetingCardData.AttendeesShown} người khác", text);
    }

    private static readonly System.Text.Json.JsonSerializerOptions Relaxed = CardJson.Relaxed;
}

internal static class JsonNumbers
{
    /// <summary>A whole number as either engine writes it (PlanBot's binder gives a long, the official one a double).</summary>
    public static int AsInt(this JsonNode node) => (int)decimal.Parse(node.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture);
}
