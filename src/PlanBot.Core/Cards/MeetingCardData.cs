using System.Globalization;
using PlanBot.Core.Localization;
using PlanBot.Core.Meetings;
using PlanBot.Core.Plans;

namespace PlanBot.Core.Cards;

/// <summary>View data of the meeting cards: asking the time, proposing a room, the booking, the invitation.</summary>
public static class MeetingCardData
{
    public static object AskTime(Plan plan, DateOnly date, TimeOnly start, double hours, int seats, Texts t) => new
    {
        t,
        planId = plan.Id,
        title = plan.Title,
        date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        start = start.ToString("HH:mm", CultureInfo.InvariantCulture),
        hours = hours.ToString(CultureInfo.InvariantCulture),
        seats = seats.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary><paramref name="ambiguous"/>: several rooms match the venue equally; the alternatives are those rooms.</summary>
    public static object Proposal(Plan plan, Room? room, string venue, TimeRange time, int seats, bool free, IReadOnlyList<Alternative> alternatives, Texts t, bool ambiguous = false)
    {
        var status = ambiguous ? t.ProposalAmbiguous(venue)
            : room is null ? t.ProposalNoRoom(venue)
            : room.Capacity < seats ? t.ProposalSmall(room.Capacity, seats)
            : free ? t.ProposalFree : t.ProposalBusy;
        var bookable = room is not null && free && room.Capacity >= seats;
        return new
        {
            t,
            planId = plan.Id,
            title = plan.Title,
            room = room?.Name ?? venue,
            time = Format(time),
            seats = seats.ToString(CultureInfo.InvariantCulture),
            status,
            statusColor = bookable ? "Good" : "Attention",
            bookable,
            roomEmail = room?.Email ?? "",
            start = Ticks(time.Start),
            end = Ticks(time.End),
            alternatives = alternatives.Select(a => new
            {
                text = $"{a.Room.Name} ({a.Room.Capacity}) · {Format(a.Time)}",
                roomEmail = a.Room.Email,
                start = Ticks(a.Time.Start),
                end = Ticks(a.Time.End),
            }),
        };
    }

    /// <summary>The organizer's card of the booking; <paramref name="notice"/> says what just happened (e.g. a booking finished later).</summary>
    public static object Booking(Plan plan, Meeting meeting, Texts t, string notice = "") => new
    {
        t,
        notice,
        planId = plan.Id,
        title = plan.Title,
        room = meeting.RoomName,
        time = Format(meeting.Time),
        cancelled = meeting.State == MeetingState.Cancelled,
        roomAnswer = t.Response(meeting.RoomResponse),
        // A meeting of a province-sized plan invites hundreds: the answers are counted, the people who answered come
        // first, and the list stops at AttendeesShown so the card stays within Teams' message size.
        responses = string.Join(" · ", meeting.Attendees.GroupBy(a => a.Response).OrderBy(g => g.Key).Select(g => $"{t.Response(g.Key)}: {g.Count()}")),
        attendees = meeting.Attendees.OrderBy(a => a.Response == AttendeeResponse.None).ThenBy(a => a.Name).Take(AttendeesShown).Select(a => new
        {
            name = a.Name,
            response = t.Response(a.Response),
            color = a.Response switch { AttendeeResponse.Accepted => "Good", AttendeeResponse.Declined => "Attention", AttendeeResponse.Tentative => "Warning", _ => "Default" },
        }),
        moreAttendees = meeting.Attendees.Count > AttendeesShown ? t.MeetingMoreAttendees(meeting.Attendees.Count - AttendeesShown) : "",
    };

    public const int AttendeesShown = 40;

    public static object Invitation(Plan plan, Meeting meeting, string organizer, AttendeeResponse? answered, Texts t) => new
    {
        t,
        meetingId = meeting.Id,
        title = plan.Title,
        room = meeting.RoomName,
        time = Format(meeting.Time),
        organizer,
        cancelled = meeting.State == MeetingState.Cancelled,
        answered = answered is { } r && r != AttendeeResponse.None ? t.InvitationAnswered(t.Response(r)) : "",
    };

    public static string Format(TimeRange time)
    {
        var start = VietnamTime.Local(new DateTimeOffset(DateTime.SpecifyKind(time.Start, DateTimeKind.Utc)));
        var end = VietnamTime.Local(new DateTimeOffset(DateTime.SpecifyKind(time.End, DateTimeKind.Utc)));
        return string.Create(CultureInfo.InvariantCulture, $"{start:HH:mm} – {end:HH:mm}, {start:dd/MM/yyyy}");
    }

    private static string Ticks(DateTime utc) => utc.Ticks.ToString(CultureInfo.InvariantCulture);
}
