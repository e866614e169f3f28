using PlanBot.Core.Assignments;
using PlanBot.Core.Cards;
using PlanBot.Core.Status;
using PlanBot.Core.Import;
using PlanBot.Core.Localization;
using PlanBot.Core.Plans;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Cards;

/// <summary>Realistic data for every card template: the seed plan, in both languages, with mixed statuses.</summary>
public static class CardSamples
{
    public static readonly DateTimeOffset Now = LargePlans.SavedAt;

    public static PlanDocument SeedDocument() =>
        PlanImporter.FromText(File.ReadAllText(Repo.SeedPlan)).Plan ?? throw new InvalidOperationException("seed plan did not import");

    public static Plan SeedPlan(int id = 1)
    {
        var plan = Plan.FromDocument(SeedDocument(), "tenant", "user-1", "Alex", "conv-1", "http://localhost/", Now);
        plan.Id = id;
        var next = 100;
        foreach (var unit in plan.Units)
        {
            unit.Id = next++;
            foreach (var task in unit.Tasks) task.Id = next++;
        }
        var tasks = plan.Tasks.ToList();
        tasks[0].Status = WorkStatus.Done;
        tasks[0].Percent = 100;
        tasks[1].Status = WorkStatus.InProgress;
        tasks[1].Percent = 40;
        tasks[2].Status = WorkStatus.Blocked;
        tasks[2].Note = "Chưa có kinh phí khen thưởng";
        return plan;
    }

    public static List<UnitMember> Members(Plan plan) =>
    [
        new() { TenantId = "tenant", UnitKey = UnitMember.KeyOf(plan.Units[0].Name), UnitName = plan.Units[0].Name, UserId = "aad-alex", UserName = "Alex Wilber", Role = UnitRole.Responsible },
        new() { TenantId = "tenant", UnitKey = UnitMember.KeyOf(plan.Units[0].Name), UnitName = plan.Units[0].Name, UserId = "aad-megan", UserName = "Megan Bowen", Role = UnitRole.Deputy },
    ];

    public static IEnumerable<(string Name, string Template, object Data)> All()
    {
        foreach (var t in new[] { Texts.Vi, Texts.En })
        {
            yield return ($"welcome-{t.Language}", "welcome", CardData.Welcome(t));
            yield return ($"help-{t.Language}", "help", CardData.Help(t));
            yield return ($"notice-{t.Language}", "notice", CardData.Notice(t.PlanCancelled, ""));
            yield return ($"plan-understood-{t.Language}", "plan-understood", UnderstoodCardData.Understood(SeedDocument(), Guid.Parse("3f2c1d9e-0000-4000-8000-000000000001"), t));
            yield return ($"plan-overview-{t.Language}", "plan-overview", OverviewCardData.Overview(SeedPlan(), t, Now));
            yield return ($"plan-list-{t.Language}", "plan-list", OverviewCardData.PlanList([SeedPlan(1), SeedPlan(2)], t));
            yield return ($"plan-list-empty-{t.Language}", "plan-list", OverviewCardData.PlanList([], t));
            var plan = SeedPlan();
            yield return ($"plan-overview-assigned-{t.Language}", "plan-overview", OverviewCardData.Overview(plan, Members(plan), t, Now));
            var last = new StatusChange { TaskId = 101, UserId = "aad-alex", UserName = "Alex Wilber", At = Now, NewStatus = WorkStatus.InProgress };
            yield return ($"status-card-{t.Language}", "status-card", StatusCardData.StatusCard(plan, plan.Units[0], Members(plan), last, t, Now, "Đã ghi nhận 2 thay đổi."));
            yield return ($"status-card-fresh-{t.Language}", "status-card", StatusCardData.StatusCard(plan, plan.Units[1], [], null, t, Now));
            yield return ($"my-tasks-{t.Language}", "my-tasks", StatusCardData.MyTasks([(plan, plan.Units[0]), (plan, plan.Units[1])], 3, t, Now));
            yield return ($"assign-{t.Language}", "assign", AssignCardData.Assign(plan, Members(plan), [("aad-alex", "Alex Wilber"), ("aad-megan", "Megan Bowen"), ("aad-adele", "Adele Vance")], t));
        }
        yield return ("notice-with-text", "notice", CardData.Notice("Đã lưu", "Kế hoạch số 1"));
        // Past the event date every open task is overdue.
        yield return ("status-card-overdue", "status-card", StatusCardData.StatusCard(SeedPlan(), SeedPlan().Units[0], [], null, Texts.Vi, new DateTimeOffset(2023, 2, 1, 1, 0, 0, TimeSpan.Zero)));
        yield return ("my-tasks-overdue-all-shown", "my-tasks", StatusCardData.MyTasks([(SeedPlan(), SeedPlan().Units[0]), (SeedPlan(2), SeedPlan(2).Units[2])], 2, Texts.Vi, new DateTimeOffset(2023, 2, 1, 1, 0, 0, TimeSpan.Zero)));
        yield return ("assign-nobody-known", "assign", AssignCardData.Assign(SeedPlan(), [], [], Texts.Vi));
        var room = new PlanBot.Core.Meetings.Room("phonghop02@x.org", "Phòng họp 02 - Tầng 5", 40);
        var hall = new PlanBot.Core.Meetings.Room("hoitruong@x.org", "Hội trường tầng 1", 150);
        var slot = new PlanBot.Core.Meetings.TimeRange(new DateTime(2023, 1, 5, 1, 0, 0, DateTimeKind.Utc), new DateTime(2023, 1, 5, 5, 0, 0, DateTimeKind.Utc));
        var meeting = new PlanBot.Core.Meetings.Meeting
        {
            Id = 7, PlanId = 1, RoomEmail = room.Email, RoomName = room.Name, Start = slot.Start, End = slot.End, Uid = "u@planbot",
            Attendees = [new() { Name = "Alex Wilber", Response = PlanBot.Core.Meetings.AttendeeResponse.Accepted }, new() { Name = "Megan Bowen", Response = PlanBot.Core.Meetings.AttendeeResponse.Declined }, new() { Name = "Adele Vance" }],
        };
        foreach (var t in new[] { Texts.Vi, Texts.En })
        {
            yield return ($"meeting-time-{t.Language}", "meeting-time", MeetingCardData.AskTime(SeedPlan(), new DateOnly(2023, 1, 5), new TimeOnly(8, 0), 4, 12, t));
            yield return ($"meeting-proposal-free-{t.Language}", "meeting-proposal", MeetingCardData.Proposal(SeedPlan(), room, "Phòng họp số 02", slot, 12, true, [], t));
            yield return ($"meeting-proposal-busy-{t.Language}", "meeting-proposal", MeetingCardData.Proposal(SeedPlan(), room, "Phòng họp số 02", slot, 12, false,
                [new(room, new(slot.Start.AddHours(5), slot.End.AddHours(5)), true), new(hall, slot, false)], t));
            yield return ($"meeting-{t.Language}", "meeting", MeetingCardData.Booking(SeedPlan(), meeting, t));
            yield return ($"invitation-{t.Language}", "invitation", MeetingCardData.Invitation(SeedPlan(), meeting, "Alex Wilber", null, t));
        }
        yield return ("meeting-proposal-no-room", "meeting-proposal", MeetingCardData.Proposal(SeedPlan(), null, "Nhà văn hóa thôn Hạ", slot, 12, false, [new(hall, slot, false)], Texts.Vi));
        // Several rooms match the venue equally (issue 12): the organizer picks one.
        yield return ("meeting-proposal-ambiguous", "meeting-proposal", MeetingCardData.Proposal(SeedPlan(), null, "Phòng họp số 02", slot, 12, false,
            [new(room with { Email = "p02-a@x", Name = "Phòng họp 02 - Nhà A" }, slot, false), new(room with { Email = "p02-b@x", Name = "Phòng họp 02 - Nhà B" }, slot, false)], Texts.Vi, ambiguous: true));
        yield return ("invitation-answered", "invitation", MeetingCardData.Invitation(SeedPlan(), meeting, "Alex Wilber", PlanBot.Core.Meetings.AttendeeResponse.Declined, Texts.Vi));
        var cancelled = new PlanBot.Core.Meetings.Meeting { Id = 8, PlanId = 1, RoomEmail = room.Email, RoomName = room.Name, Start = slot.Start, End = slot.End, Uid = "v@planbot", State = PlanBot.Core.Meetings.MeetingState.Cancelled };
        yield return ("meeting-cancelled", "meeting", MeetingCardData.Booking(SeedPlan(), cancelled, Texts.Vi));
        yield return ("meeting-finished-later", "meeting", MeetingCardData.Booking(SeedPlan(), meeting, Texts.Vi, Texts.Vi.MeetingBooked));
        yield return ("invitation-cancelled", "invitation", MeetingCardData.Invitation(SeedPlan(), cancelled, "Alex Wilber", null, Texts.Vi));
        var late = SeedPlan();
        yield return ("report-vi", "report", ReportCards.Data(late, Members(late), Texts.Vi, Now, new Uri("https://planbot.example.org/exports/abc"), Now.AddHours(24)));
        yield return ("report-en", "report", ReportCards.Data(late, [], Texts.En, Now, new Uri("https://planbot.example.org/exports/abc"), Now.AddHours(24)));
        yield return ("escalation-vi", "escalation", ReminderCardData.Escalation(late, Members(late), Texts.Vi, new DateTimeOffset(2023, 2, 1, 1, 0, 0, TimeSpan.Zero)));
        yield return ("escalation-en", "escalation", ReminderCardData.Escalation(late, Members(late), Texts.En, new DateTimeOffset(2023, 2, 1, 1, 0, 0, TimeSpan.Zero)));
        // A plan with no event details and no participants: the optional blocks disappear.
        var bare = SeedDocument() with { Event = null, Venue = null, Participants = [], Recipients = [], Signer = null, Number = null };
        yield return ("plan-understood-bare", "plan-understood", UnderstoodCardData.Understood(bare, Guid.Empty, Texts.Vi));
        // The editing card: a draft's unit with "not understood" lines, a saved plan's unit on its second page, a plan without units.
        var unread = SeedDocument() with { NotUnderstood = ["Các phòng chuyên môn phối hợp thực hiện.", "Thời gian: theo thông báo sau."] };
        foreach (var t in new[] { Texts.Vi, Texts.En })
            yield return ($"plan-edit-draft-{t.Language}", "plan-edit", PlanEditCardData.Build(unread.Title, EditableUnit.Of(unread), unread.NotUnderstood, 0, 0, "3f2c1d9e-0000-4000-8000-000000000001", 0, t));
        var many = SeedPlan();
        for (var i = 0; i < 14; i++) many.Units[1].Tasks.Add(new PlanTask { Description = $"Nhiệm vụ bổ sung {i + 1}", Order = 100 + i, DueDate = i % 2 == 0 ? new DateOnly(2023, 1, 3) : null });
        yield return ("plan-edit-plan-page-2", "plan-edit", PlanEditCardData.Build(many.Title, EditableUnit.Of(many), [], 1, 1, "", many.Id, Texts.Vi, Texts.Vi.EditSaved(2)));
        var empty = SeedDocument() with { Units = [] };
        yield return ("plan-edit-no-units", "plan-edit", PlanEditCardData.Build(empty.Title, EditableUnit.Of(empty), [], 0, 0, "3f2c1d9e-0000-4000-8000-000000000001", 0, Texts.Vi));
        foreach (var sample in Large()) yield return sample;
    }

    /// <summary>The large states: plans of 40 and 120 units (264 and 1,000 tasks), pages, coordinated tasks, hundreds of lines not understood.</summary>
    public static IEnumerable<(string Name, string Template, object Data)> Large()
    {
        var later = new DateTimeOffset(2027, 2, 1, 1, 0, 0, TimeSpan.Zero); // past every due date: tasks overdue
        var draft = Guid.Parse("3f2c1d9e-0000-4000-8000-000000000002");
        var withNotes = SeedDocument() with { NotUnderstood = ["3. Các phòng, đơn vị thuộc Sở phối hợp triển khai thực hiện tốt các nội dung.", "Ghi chú | (trống) | 12/2022"] };
        yield return ("plan-understood-not-understood", "plan-understood", UnderstoodCardData.Understood(withNotes, draft, Texts.Vi));
        yield return ("plan-understood-40-units", "plan-understood", UnderstoodCardData.Understood(LargePlans.Document(40, 264, 30, notUnderstood: 12), draft, Texts.Vi));
        yield return ("plan-understood-120-units-en", "plan-understood", UnderstoodCardData.Understood(LargePlans.Document(120, 1000, 35, notUnderstood: 300), draft, Texts.En));
        var forty = LargePlans.Saved(40, 264, 30);
        var big = LargePlans.Saved(120, 1000, 35);
        yield return ("plan-overview-40-units", "plan-overview", OverviewCardData.Overview(forty, LargePlans.Members(forty), Texts.Vi, later, 1, "https://planbot.example.org/plans/7?sig=abc"));
        yield return ("plan-overview-40-units-last-page-en", "plan-overview", OverviewCardData.Overview(forty, LargePlans.Members(forty), Texts.En, later, 2));
        yield return ("plan-overview-120-units-middle-page", "plan-overview", OverviewCardData.Overview(big, LargePlans.Members(big), Texts.Vi, later, 3));
        yield return ("unit-detail-seed", "unit-detail", StatusCardData.UnitDetail(SeedPlan(), SeedPlan().Units[0], Members(SeedPlan()), Texts.Vi, Now));
        yield return ("unit-detail-30-tasks-page-2-en", "unit-detail", StatusCardData.UnitDetail(forty, forty.Units[1], LargePlans.Members(forty), Texts.En, later, 2, 2));
        var lead = forty.Units[0];
        var coordinated = lead.Tasks.Take(4).Select(task => new CoordinatedTask(lead, task)).ToList();
        yield return ("status-card-30-tasks-page-1", "status-card", StatusCardData.StatusCard(forty, forty.Units[1], LargePlans.Members(forty), null, Texts.Vi, later, "", 1, coordinated));
        yield return ("status-card-30-tasks-last-page-coordinating-en", "status-card", StatusCardData.StatusCard(forty, forty.Units[1], LargePlans.Members(forty), null, Texts.En, later, "", 4, coordinated));
        yield return ("report-120-units", "report", ReportCards.Data(big, LargePlans.Members(big), Texts.Vi, later, new Uri("https://planbot.example.org/exports/abc"), later.AddHours(24)));
        var people = Enumerable.Range(0, 60).Select(i => (LargePlans.Person(i).Id, LargePlans.Person(i).Name)).ToList();
        yield return ("assign-120-units-page-2", "assign", AssignCardData.Assign(big, LargePlans.Members(big).Take(10).ToList(), people, Texts.Vi, 2));
        yield return ("escalation-120-units", "escalation", ReminderCardData.Escalation(big, LargePlans.Members(big), Texts.Vi, later));
    }
}
