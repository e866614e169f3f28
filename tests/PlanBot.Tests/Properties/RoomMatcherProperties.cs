using FsCheck;
using FsCheck.Fluent;
using PlanBot.Core.Import;
using PlanBot.Core.Meetings;

namespace PlanBot.Tests.Properties;

/// <summary>
/// Room lists with the numbers permuted (room and floor swapped, one of them changed), written in different ways,
/// in any order, and venues with or without diacritics, "số", punctuation: the room whose number and floor both
/// agree wins; a room that contradicts the venue is never a candidate.
/// </summary>
public sealed class RoomMatcherProperties
{
    private sealed record Case(int Room, int Floor, bool TargetListed, List<Room> Rooms, string Venue)
    {
        public override string ToString() => $"venue \"{Venue}\"; rooms: {string.Join(" | ", Rooms.Select(r => r.Name))}";
    }

    private static readonly string[] RoomNames = ["Phòng họp {0:00} - Tầng {1}", "Phòng họp {0} - Tầng {1}", "Phòng họp số {0} tầng {1}", "Tầng {1} - Phòng họp {0:00}", "PHÒNG HỌP {0:000} – TẦNG {1:00}"];
    private static readonly string[] Venues = ["Phòng họp số {0:00}, tầng {1}, Sở KH&CN, đường Lý Tự Trọng", "tầng {1} – phòng họp {0}", "PHÒNG HỌP SỐ {0} TẦNG {1}", "Phòng họp {0:00}; Tầng {1:00}; UBND tỉnh", "phòng họp số {0}. tầng thứ {1}", "Tại phòng họp {0}, tầng {1} (trụ sở)"];

    private static Gen<Case> Cases() =>
        from room in Gen.Choose(1, 30)
        from floor in Gen.Choose(1, 12)
        from otherRoom in Gen.Choose(1, 30).Where(r => r != room)
        from otherFloor in Gen.Choose(1, 12).Where(f => f != floor)
        from names in Gen.ArrayOf(Gen.Elements(RoomNames), 5)
        from listed in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from venueFormat in Gen.Elements(Venues)
        from fold in Gen.Elements(false, true)
        from order in Gen.Choose(0, 1000)
        let all = new List<(int R, int F)> { (room, floor), (floor, room), (room, otherFloor), (otherRoom, floor), (otherRoom, otherFloor) }
            .Where((p, i) => i == 0 ? listed : p != (room, floor)).Distinct().ToList()
        let rooms = all.Select((p, i) => new Room($"r{p.R}-f{p.F}@x", string.Format(System.Globalization.CultureInfo.InvariantCulture, names[i], p.R, p.F), 40))
            .OrderBy(r => (r.Email.GetHashCode(StringComparison.Ordinal) ^ order) & 0xffff).ToList()
        let venue = string.Format(System.Globalization.CultureInfo.InvariantCulture, venueFormat, room, floor)
        select new Case(room, floor, listed, rooms, fold ? VietnameseText.Fold(venue) : venue);

    [Fact]
    public void The_room_whose_number_and_floor_agree_wins_and_a_contradicting_one_never_matches() =>
        PropertyRuns.Check("room matcher", 2000, Cases(), c =>
        {
            var target = $"r{c.Room}-f{c.Floor}@x";
            var candidates = RoomMatcher.Candidates(c.Venue, c.Rooms);
            // Every other room in the list contradicts the venue's room or floor.
            return c.TargetListed ? candidates is [var only] && only.Email == target : candidates.Count == 0;
        });
}
