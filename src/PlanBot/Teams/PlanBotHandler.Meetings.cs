using System.Globalization;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using PlanBot.Core.Cards;
using PlanBot.Core.Localization;
using PlanBot.Core.Meetings;
using PlanBot.Core.Plans;
using PlanBot.Meetings;

namespace PlanBot.Teams;

/// <summary>Booking the plan's meeting room, inviting the participants, their answers, cancelling.</summary>
public sealed partial class PlanBotHandler
{
    private async Task StartBookingAsync(ITurnContext turn, int? planId, Texts texts, CancellationToken ct)
    {
        var plan = await OrganizersPlanAsync(turn, planId, texts, ct);
        if (plan is null) return;
        var request = await meetings.DefaultRequestAsync(plan, ct);
        if (meetings.AsksTime(plan))
        {
            await turn.SendActivityAsync(TeamsTurn.CardMessage(cards.Render("meeting-time", MeetingCardData.AskTime(plan, request.Date, request.Start, request.Hours, request.Seats, texts))), ct);
            return;
        }
        await turn.SendActivityAsync(TeamsTurn.CardMessage(await ProposalCardAsync(plan, request, texts, ct)), ct);
    }

    private async Task<CardReply> MeetingTimeAsync(ITurnContext turn, JObject data, Texts texts, CancellationToken ct)
    {
        var caller = turn.Caller();
        var plan = PlanIdOf(data) is { } id ? await plans.FindPlanAsync(id, caller.TenantId, ct) : null;
        if (plan is null) return Refuse("meeting.time", caller, "no such plan", texts);
        if (plan.OrganizerId != caller.UserId) return Refuse("meeting.time", caller, "not the organizer", texts, texts.OnlyOrganizer);
        var date = Field(data, "date") is { } d && DateOnly.TryParseExact(d, ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : (DateOnly?)null;
        var start = Field(data, "start") is { } s && TimeOnly.TryParseExact(s, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : (TimeOnly?)null;
        var hours = Number(data["hours"]);
        var seats = Number(data["seats"]);
        if (date is null || start is null || hours is not (>= 0.5 and <= 10) || seats is not (>= 1 and <= 2000)) return CardReply.Text(texts.MeetingBadInput);
        var request = new MeetingRequest(date.Value, start.Value, hours.Value, (int)seats.Value);
        if (meetings.HasStarted(request.Time)) return CardReply.Text(texts.MeetingStartPassed(meetings.Now));
        return CardReply.Of(await ProposalCardAsync(plan, request, texts, ct));
    }

    private async Task<CardReply> BookMeetingAsync(ITurnContext turn, JObject data, Texts texts, CancellationToken ct)
    {
        var caller = turn.Caller();
        var plan = PlanIdOf(data) is { } id ? await plans.FindPlanAsync(id, caller.TenantId, ct) : null;
        if (plan is null) return Refuse("meeting.book", caller, "no such plan", texts);
        if (plan.OrganizerId != caller.UserId) return Refuse("meeting.book", caller, "not the organizer", texts, texts.OnlyOrganizer);
        if (Field(data, "roomEmail") is not { Length: > 0 } roomEmail || Ticks(data["start"]) is not { } start || Ticks(data["end"]) is not { } end || end <= start || end - start > TimeSpan.FromHours(10))
            return Refuse("meeting.book", caller, "room or time malformed", texts);

        var extra = Split(Field(data, "extra")).Where(e => System.Net.Mail.MailAddress.TryCreate(e, out _)).ToList();
        var result = await meetings.BookAsync(plan, roomEmail, new TimeRange(start, end), extra, ct);
        if (result.Meeting is { } meeting)
            return CardReply.Of(cards.Render("meeting", MeetingCardData.Booking(plan, meeting, texts)));
        switch (result.Failure)
        {
            case CalendarFailure.MailboxNotFound when result.Meeting is null && !await RoomExistsAsync(roomEmail, ct):
                return Refuse("meeting.book", caller, "unknown room", texts);
            case CalendarFailure.StartPassed:
                return CardReply.Text(texts.MeetingStartPassed(meetings.Now));
            case not CalendarFailure.RoomBusy:
                return CardReply.Text(FailureText(result.Failure, texts));
        }
        // Taken meanwhile: show the alternatives from now.
        var seats = (int)(Number(data["seats"]) ?? 1);
        var request = new MeetingRequest(DateOnly.FromDateTime(VietnamTime.Local(new DateTimeOffset(start, TimeSpan.Zero))), TimeOnly.FromDateTime(VietnamTime.Local(new DateTimeOffset(start, TimeSpan.Zero))), (end - start).TotalHours, seats);
        await turn.SendActivityAsync(texts.MeetingRoomBusyNow, cancellationToken: ct);
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

    private static async Task CalendarSafeAsync(ITurnContext turn, Func<Task> work, Texts texts, CancellationToken ct)
    {
        try
        {
            await work();
        }
        catch (CalendarException e)
        {
            await turn.SendActivityAsync(FailureText(e.Failure, texts), cancellationToken: ct);
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

    private async Task ShowMeetingAsync(ITurnContext turn, int? planId, Texts texts, CancellationToken ct)
    {
        var plan = await PlanForAsync(turn, planId, texts, ct);
        if (plan is null) return;
        var meeting = await meetings.CurrentAsync(plan.Id, ct);
        if (meeting is null) await turn.SendActivityAsync(texts.MeetingNone, cancellationToken: ct);
        else await turn.SendActivityAsync(TeamsTurn.CardMessage(cards.Render("meeting", MeetingCardData.Booking(plan, meeting, texts))), ct);
    }

    private async Task<string> CancelMeetingAsync(ITurnContext turn, int? planId, Texts texts, CancellationToken ct)
    {
        var plan = await PlanForAsync(turn, planId, texts, ct, reply: false);
        if (plan is null) return planId is { } n ? string.Format(CultureInfo.InvariantCulture, texts.PlanNotFound, n) : texts.NoPlanHere;
        if (plan.OrganizerId != turn.Caller().UserId) return texts.OnlyOrganizer;
        var cancelled = await meetings.CancelAsync(plan, ct);
        return cancelled.Failure != CalendarFailure.None ? FailureText(cancelled.Failure, texts) : cancelled.Meeting is null ? texts.MeetingNone : texts.MeetingCancelled;
    }

    private async Task<CardReply> RespondToInvitationAsync(ITurnContext turn, JObject data, Texts texts, CancellationToken ct)
    {
        var caller = turn.Caller();
        AttendeeResponse? response = Field(data, "response") switch { "accepted" => AttendeeResponse.Accepted, "tentative" => AttendeeResponse.Tentative, "declined" => AttendeeResponse.Declined, _ => null };
        if (IntOf(data["meetingId"]) is not { } meetingId || response is null) return Refuse("invite.respond", caller, "meeting or answer malformed", texts);
        var (meeting, invited) = await meetings.RespondAsync(meetingId, caller.UserId, response.Value, ct);
        if (!invited || meeting is null) return Refuse("invite.respond", caller, "not invited", texts, texts.InvitationNotYours);
        var plan = await plans.FindPlanAsync(meeting.PlanId, caller.TenantId, ct);
        if (plan is null) return Refuse("invite.respond", caller, "plan of another tenant", texts);
        return CardReply.Of(cards.Render("invitation", MeetingCardData.Invitation(plan, meeting, plan.OrganizerName ?? "", meeting.State == MeetingState.Booked ? response : null, texts)));
    }

    private async Task<System.Text.Json.Nodes.JsonNode> ProposalCardAsync(Plan plan, MeetingRequest request, Texts texts, CancellationToken ct)
    {
        var proposal = await meetings.ProposeAsync(plan, request, ct);
        return cards.Render("meeting-proposal", MeetingCardData.Proposal(plan, proposal.Room, proposal.Venue, proposal.Time, proposal.Seats, proposal.Free, proposal.Alternatives, texts, proposal.Ambiguous));
    }

    private static double? Number(JToken? token) =>
        token is JValue { Value: not null } v && double.TryParse(Convert.ToString(v.Value, CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) ? n : null;

    private static DateTime? Ticks(JToken? token) =>
        token is JValue { Value: not null } v && long.TryParse(Convert.ToString(v.Value, CultureInfo.InvariantCulture), NumberStyles.None, CultureInfo.InvariantCulture, out var t)
            && t > DateTime.MinValue.Ticks && t < DateTime.MaxValue.Ticks ? new DateTime(t, DateTimeKind.Utc) : null;
}
