using PlanBot.Core.Plans;
using PlanBot.Core.Reminders;

namespace PlanBot.Core.Meetings;

/// <summary>Where a meeting can go when the planned room is busy or too small.</summary>
public sealed record Alternative(Room Room, TimeRange Time, bool SameRoom);

/// <summary>
/// Alternatives for a meeting: the same room at the nearest free times that day and on the next
/// working days (within 07:30–17:30 local), and other rooms with enough seats free at the planned time.
/// </summary>
public static class FreeSlots
{
    private static readonly TimeOnly DayStart = new(7, 30);
    private static readonly TimeOnly DayEnd = new(17, 30);

    public static List<Alternative> Find(Room planned, TimeRange wanted, int seats, IReadOnlyList<Room> rooms,
        Func<Room, IReadOnlyList<TimeRange>> busy, int sameRoomCount = 3, int otherRoomCount = 3, DateTime? notBefore = null)
    {
        var earliest = notBefore ?? DateTime.MinValue;
        var result = new List<Alternative>();
        if (planned.Capacity >= seats)
        {
            var local = VietnamTime.Local(new DateTimeOffset(wanted.Start, TimeSpan.Zero));
            var day = DateOnly.FromDateTime(local);
            for (var d = 0; d < 8 && result.Count < sameRoomCount; d++, day = day.AddDays(1))
            {
                if (!ReminderRules.IsWorkingDay(day)) continue;
                foreach (var slot in SlotsOfDay(day, wanted.Length).OrderBy(s => Math.Abs((s.Start - wanted.Start).Ticks)))
                {
                    if (result.Count >= sameRoomCount) break;
                    if (slot == wanted || slot.Start <= earliest || busy(planned).Any(b => b.Overlaps(slot))) continue;
                    if (d == 0 || result.All(r => DateOnly.FromDateTime(r.Time.Start) != DateOnly.FromDateTime(slot.Start))) result.Add(new Alternative(planned, slot, true));
                }
            }
        }
        if (wanted.Start <= earliest) return result;
        result.AddRange(rooms.Where(r => r.Email != planned.Email && r.Capacity >= seats && !busy(r).Any(b => b.Overlaps(wanted)))
            .OrderBy(r => r.Capacity).Take(otherRoomCount).Select(r => new Alternative(r, wanted, false)));
        return result;
    }

    /// <summary>Half-hourly starts within the working day that leave room for the meeting's length.</summary>
    private static IEnumerable<TimeRange> SlotsOfDay(DateOnly day, TimeSpan length)
    {
        for (var t = DayStart; t.Add(length) <= DayEnd && t.Add(length) > t; t = t.AddMinutes(30))
        {
            var start = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(t), VietnamTime.Zone);
            yield return new TimeRange(start, start + length);
        }
    }
}
