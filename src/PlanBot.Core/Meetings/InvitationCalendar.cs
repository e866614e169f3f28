using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using PlanBot.Core.Plans;

namespace PlanBot.Core.Meetings;

/// <summary>
/// The iCalendar (RFC 5545) invitation of a meeting: METHOD:REQUEST for a booking or an update (with
/// a higher SEQUENCE), METHOD:CANCEL for a cancellation; times in Asia/Ho_Chi_Minh with its VTIMEZONE.
/// </summary>
public static class InvitationCalendar
{
    public const string TimeZoneId = "Asia/Ho_Chi_Minh";

    public static string Write(Meeting meeting, string title, string description, string organizerEmail, string organizerName)
    {
        var calendar = new Calendar { Method = meeting.State == MeetingState.Cancelled ? "CANCEL" : "REQUEST" };
        // Ical.Net reads the zone's rules from this date up to today, so it must lie in the past: a fixed date
        // (Viet Nam has kept +07:00 since 1975) rather than the meeting's, which failed for meetings a year ahead.
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(TimeZoneId, new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc), false));
        var e = new CalendarEvent
        {
            Uid = meeting.Uid,
            Sequence = meeting.Sequence,
            Summary = title,
            Description = description,
            Location = meeting.RoomName,
            DtStart = Local(meeting.Start),
            DtEnd = Local(meeting.End),
            Status = meeting.State == MeetingState.Cancelled ? "CANCELLED" : "CONFIRMED",
            Organizer = new Organizer($"mailto:{organizerEmail}") { CommonName = organizerName },
        };
        e.Attendees.Add(new Attendee($"mailto:{meeting.RoomEmail}") { CommonName = meeting.RoomName, Type = "ROOM", Role = "NON-PARTICIPANT", ParticipationStatus = "NEEDS-ACTION" });
        foreach (var a in meeting.Attendees.Where(a => !string.IsNullOrEmpty(a.Email)))
            e.Attendees.Add(new Attendee($"mailto:{a.Email}") { CommonName = a.Name, Role = "REQ-PARTICIPANT", ParticipationStatus = "NEEDS-ACTION", Rsvp = true });
        calendar.Events.Add(e);
        return new CalendarSerializer().SerializeToString(calendar) ?? throw new InvalidOperationException("the invitation could not be written");
    }

    private static CalDateTime Local(DateTime utc) =>
        new(VietnamTime.Local(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc))), TimeZoneId);
}
