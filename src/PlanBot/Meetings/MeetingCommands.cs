using System.Globalization;
using System.Text.Json.Nodes;
using PlanBot.Core.Cards;
using PlanBot.Core.Conversation;
using PlanBot.Core.Localization;
using PlanBot.Core.Meetings;
using PlanBot.Core.Plans;
using PlanBot.Plans;
using PlanBot.Teams;

namespace PlanBot.Meetings;

/// <summary>Booking the plan's meeting room, inviting the participants, their answers, cancelling.</summary>
public sealed class MeetingCommands(CardLibrary cards, PlanAccess access, PlanWorkflow plans, MeetingWorkflow meetings) : IBotCommands, ICardActions
{
    public IReadOnlyCollection<CommandKind> Commands { get; } = [CommandKind.BookRoom, CommandKind.ShowMeeting, CommandKind.CancelMeeting];

    public IReadOnlyCollection<string> Verbs { get; } = ["meeting.time", "meeting.book", "meeting.cancel", "invite.respond"];

    public async Task HandleAsync(BotTurn turn, Command command, CancellationToken ct)
    {
        switch (command.Kind)
        {
            case CommandKind.BookRoom:
                await CalendarSafeAsync(turn, () => StartBookingAsync(turn, command.PlanId, ct), ct);
                break;
            case CommandKind.ShowMeeting:
                await CalendarSafeAsync(turn, () => ShowMeetingAsync(turn, command.PlanId, ct), ct);
                break;
            default:
                await turn.SendTextAsync(await CancelMeetingAsync(turn, command.PlanId, ct), ct);
                break;
        }
    }

    public async Task<CardReply> HandleAsync(BotTurn turn, string verb, CardInput input, CancellationToken ct)
    {
        switch (verb)
        {
            case "meeting.time":
                return await CalendarSafeAsync(() => MeetingTimeAsync(turn, input, ct), turn.Texts);
            case "meeting.book":
                return await CalendarSafeAsync(() => BookMeetingAsync(turn, input, ct), turn.Texts);
            case "meeting.cancel":
                if (input.Id("planId") is not { } planId) return turn.Refuse(verb, "plan id missing or malformed");
                return CardReply.Text(await CancelMeetingAsync(turn, planId, ct));
            default:
                return await RespondToInvitationAsync(turn, input, ct);
        }
    }

    private async Task StartBookingAsync(BotTurn turn, int? planId, CancellationToken ct)
    {
        var plan = await access.ForCommandAsync(turn, planId, PlanUse.Organize, ct);
        if (plan is null) return;
        var request = await meetings.DefaultRequestAsync(plan, ct);
        // Booking again moves the meeting: the time is asked, starting from the booked one.
        if (meetings.AsksTime(plan) || await meetings.CurrentAsync(plan.Id, ct) is { State: MeetingState.Booked })
        {
            await turn.SendCardAsync(cards.Render("meeting-time", MeetingCardData.AskTime(plan, request.Date, request.Start, request.Hours, request.Seats, turn.Texts)), ct);
            return;
        }
        await turn.SendCardAsync(await ProposalCardAsync(plan, request, turn.Texts, ct), ct);
    }

    private async Task<CardReply> MeetingTimeAsync(BotTurn turn, CardInput input, CancellationToken ct)
    {
        var found = await access.ForCardAsync(turn, input, PlanUse.Organize, ct);
        if (found.Plan is not { } plan) return found.Refuse(turn, "meeting.time");
        var date = input.Text("date") is { } d && DateOnly.TryParseExact(d, ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : (DateOnly?)null;
        var start = input.Text("start") is { } s && TimeOnly.TryParseExact(s, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : (TimeOnly?)null;
        var hours = input.Number("hours");
        var seats = input.Number("seats");
        if (date is null || start is null || hours is not (>= 0.5 and <= 10) || seats is not (>= 1 and <= 2000)) return CardReply.Text(turn.Texts.MeetingBadInput);
        var request = new MeetingRequest(date.Value, start.Value, hours.Value, (int)seats.Value);
        if (meetings.HasStarted(request.Time)) return CardReply.Text(turn.Texts.MeetingStartPassed(meetings.Now));
        return CardReply.Of(await ProposalCardAsync(plan, request, turn.Texts, ct));
    }

    private async Task<CardReply> BookMeetingAsync(BotTurn turn, CardInput input, CancellationToken ct)
    {
        var texts = turn.Texts;
        var found = await access.ForCardAsync(turn, input, PlanUse.Organize, ct);
        if (found.Plan is not { } plan) return found.Refuse(turn, "meeting.book");
        if (input.Text("roomEmail") is not { Length: > 0 } roomEmail || input.UtcTicks("start") is not { } start || input.UtcTicks("end") is not { } end || end <= start || end - start > TimeSpan.FromHours(10))
            return turn.Refuse("meeting.book", "room or time malformed");

        var extra = input.List("extra").Where(e => System.Net.Mail.MailAddress.TryCreate(e, out _)).ToList();
        var result = await meetings.BookAsync(plan, roomEmail, new TimeRange(start, end), extra, ct);
        if (result.Meeting is { } meeting)
        {
            // Said on the card that replaces the proposal: no second message while Teams waits for the invoke's answer.
            var said = texts.MeetingBookedSaid(meeting.RoomName, VietnamTime.Format(new DateTimeOffset(meeting.Start, TimeSpan.Zero)), meeting.Attendees.Count);
            return CardReply.Of(cards.Render("meeting", MeetingCardData.Booking(plan, meeting, texts, said)));
        }
        switch (result.Failure)
        {
            case CalendarFailure.MailboxNotFound when !await RoomExistsAsync(roomEmail, ct):
                return turn.Refuse("meeting.book", "unknown room");
            case CalendarFailure.StartPassed:
                return CardReply.Text(texts.MeetingStartPassed(meetings.Now));
            case not CalendarFailure.RoomBusy:
                return CardReply.Text(FailureText(result.Failure, texts));
        }
        // Taken meanwhile: show the alternatives from now.
        var seats = (int)(input.Number("seats") ?? 1);
        var local = VietnamTime.Local(new DateTimeOffset(start, TimeSpan.Zero));
        var request = new MeetingRequest(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), (end - start).TotalHours, seats);
        await turn.SendTextAsync(texts.MeetingRoomBusyNow, ct);
        return CardReply.Of(await ProposalCardAsync(plan, request, texts, ct));
    }

    /// <summary>Runs calendar work; a calendar that cannot be read is explained to the organizer, not thrown.</summary>
    private static async Task<CardReply> CalendarSafeAsync(Func<Task<CardReply>> work, Texts texts)
    {
        try
        {
            return await work();
        }
        catch (CalendarException e)
        {
            return CardReply.Text(FailureText(e.Failure, texts));
        }
    }

    private static async Task CalendarSafeAsync(BotTurn turn, Func<Task> work, CancellationToken ct)
    {
        try
        {
            await work();
        }
        catch (CalendarException e)
        {
            await turn.SendTextAsync(FailureText(e.Failure, turn.Texts), ct);
        }
    }

    private static string FailureText(CalendarFailure failure, Texts texts) => failure switch
    {
        CalendarFailure.PermissionMissing => texts.MeetingFailedPermission,
        CalendarFailure.MailboxNotFound => texts.MeetingFailedMailbox,
        CalendarFailure.RoomBusy => texts.MeetingRoomBusyNow,
        CalendarFailure.SignInFailed => texts.MeetingFailedSignIn,
        _ => texts.MeetingFailedUnavailable,
    };

    private async Task<bool> RoomExistsAsync(string roomEmail, CancellationToken ct) =>
        (await meetings.RoomsAsync(ct)).Any(r => string.Equals(r.Email, roomEmail, StringComparison.OrdinalIgnoreCase));

    private async Task ShowMeetingAsync(BotTurn turn, int? planId, CancellationToken ct)
    {
        var plan = await access.ForCommandAsync(turn, planId, PlanUse.Look, ct);
        if (plan is null) return;
        var meeting = await meetings.CurrentAsync(plan.Id, ct);
        if (meeting is null) await turn.SendTextAsync(turn.Texts.MeetingNone, ct);
        else await turn.SendCardAsync(cards.Render("meeting", MeetingCardData.Booking(plan, meeting, turn.Texts)), ct);
    }

    private async Task<string> CancelMeetingAsync(BotTurn turn, int? planId, CancellationToken ct)
    {
        var found = await access.FindAsync(turn, planId, PlanUse.Organize, ct);
        if (found.Plan is not { } plan) return found.Refusal;
        var cancelled = await meetings.CancelAsync(plan, ct);
        return cancelled.Failure != CalendarFailure.None ? FailureText(cancelled.Failure, turn.Texts) : cancelled.Meeting is null ? turn.Texts.MeetingNone : turn.Texts.MeetingCancelled;
    }

    private async Task<CardReply> RespondToInvitationAsync(BotTurn turn, CardInput input, CancellationToken ct)
    {
        var caller = turn.Caller;
        AttendeeResponse? response = input.Text("response") switch { "accepted" => AttendeeResponse.Accepted, "tentative" => AttendeeResponse.Tentative, "declined" => AttendeeResponse.Declined, _ => null };
        if (input.Id("meetingId") is not { } meetingId || response is null) return turn.Refuse("invite.respond", "meeting or answer malformed");
        var (meeting, invited) = await meetings.RespondAsync(meetingId, caller.UserId, response.Value, ct);
        if (!invited || meeting is null) return turn.Refuse("invite.respond", "not invited", turn.Texts.InvitationNotYours);
        var plan = await plans.FindPlanAsync(meeting.PlanId, caller.TenantId, ct);
        if (plan is null) return turn.Refuse("invite.respond", "plan of another tenant");
        return CardReply.Of(cards.Render("invitation", MeetingCardData.Invitation(plan, meeting, plan.OrganizerName ?? "", meeting.State == MeetingState.Booked ? response : null, turn.Texts)));
    }

    private async Task<JsonNode> ProposalCardAsync(Plan plan, MeetingRequest request, Texts texts, CancellationToken ct)
    {
        var proposal = await meetings.ProposeAsync(plan, request, ct);
        return cards.Render("meeting-proposal", MeetingCardData.Proposal(plan, proposal.Room, proposal.Venue, proposal.Time, proposal.Seats, proposal.Free, proposal.Alternatives, texts, proposal.Ambiguous));
    }
}
