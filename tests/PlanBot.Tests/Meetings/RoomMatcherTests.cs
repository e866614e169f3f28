using PlanBot.Core.Meetings;

namespace PlanBot.Tests.Meetings;

public sealed class RoomMatcherTests
{
    private static readonly Room[] Rooms =
    [
        new("p02@x", "Phòng họp 02 - Tầng 5", 40),
        new("p01@x", "Phòng họp 01 - Tầng 5", 20),
        new("ht@x", "Hội trường tầng 1", 150),
        new("p@x", "Phòng họp", 10),
    ];

    [Theory]
    [InlineData("Phòng họp số 02, tầng 5, Sở KH&CN, đường Lý Tự Trọng, phường Xương Giang, thành phố Bắc Giang", "p02@x")]
    [InlineData("tầng 5 – phòng hop so 2", "p02@x")]
    [InlineData("PHÒNG HỌP SỐ 01 TẦNG 5", "p01@x")]
    [InlineData("Hội trường, tầng 1, UBND", "ht@x")]
    [InlineData("Phòng họp của Sở", "p@x")]
    public void Finds_the_room_the_plan_names(string venue, string email) =>
        Assert.Equal(email, RoomMatcher.Find(venue, Rooms)?.Email);

    [Theory]
    [InlineData("Phòng họp số 03, tầng 5")]
    [InlineData("Nhà văn hóa thôn Hạ")]
    [InlineData("")]
    public void A_room_whose_number_differs_is_not_a_match(string venue) =>
        Assert.NotEqual("p02@x", RoomMatcher.Find(venue, Rooms)?.Email);

    [Theory]
    [InlineData("Phòng họp số 02, tầng 5", "p02t5@x")]
    [InlineData("phong hop so 5, tang 2", "p05t2@x")]
    [InlineData("Tầng 2 - Phòng họp 05", "p05t2@x")]
    [InlineData("Phòng họp số 02 tầng 05", "p02t5@x")]
    public void Numbers_bind_to_their_words_whatever_the_order_of_the_list(string venue, string email)
    {
        Room[] rooms = [new("p05t2@x", "Phòng họp 05 - Tầng 2", 40), new("p02t5@x", "Phòng họp 02 - Tầng 5", 40)];
        Assert.Equal(email, RoomMatcher.Find(venue, rooms)?.Email);
        Assert.Equal(email, RoomMatcher.Find(venue, rooms.Reverse())?.Email);
    }

    [Theory]
    [InlineData("Phòng họp số 02, tầng 3")] // the floor contradicts
    [InlineData("Hội trường B")] // the hall is A
    [InlineData("Phòng họp số 2, nhà C")]
    public void A_room_whose_numbers_contradict_the_venue_never_matches(string venue)
    {
        Room[] rooms = [new("p@x", "Phòng họp 02 - Tầng 5 - Nhà A", 40), new("h@x", "Hội trường A", 200)];
        Assert.Empty(RoomMatcher.Candidates(venue, rooms));
    }

    [Fact]
    public void Rooms_that_match_equally_are_all_returned_and_none_is_picked()
    {
        Room[] rooms = [new("a@x", "Phòng họp 02 - Nhà A", 40), new("b@x", "Phòng họp 02 - Nhà B", 40), new("c@x", "Phòng họp 03 - Nhà A", 40)];
        Assert.Equal(["a@x", "b@x"], RoomMatcher.Candidates("Phòng họp số 02, Sở KH&CN", rooms).Select(r => r.Email));
        Assert.Null(RoomMatcher.Find("Phòng họp số 02, Sở KH&CN", rooms));
        Assert.Equal("b@x", RoomMatcher.Find("Phòng họp số 02, nhà B", rooms)?.Email);
        Assert.Equal("b@x", RoomMatcher.Find("Phòng họp số 02, tòa nhà B", rooms)?.Email);
    }

    [Fact]
    public void Alternatives_offer_the_same_room_at_free_times_and_other_rooms_with_enough_seats()
    {
        var monday8 = new DateTime(2026, 11, 30, 1, 0, 0, DateTimeKind.Utc); // 08:00 local
        var wanted = new TimeRange(monday8, monday8.AddHours(4));
        var busy = new Dictionary<string, List<TimeRange>> { ["p02@x"] = [wanted], ["p01@x"] = [], ["ht@x"] = [wanted], ["p@x"] = [] };
        var alternatives = FreeSlots.Find(Rooms[0], wanted, 15, Rooms, r => busy[r.Email]);
        var same = alternatives.Where(a => a.SameRoom).ToList();
        Assert.NotEmpty(same);
        Assert.All(same, a => Assert.False(a.Time.Overlaps(wanted)));
        Assert.Equal(new DateTime(2026, 11, 30, 5, 0, 0, DateTimeKind.Utc), same[0].Time.Start); // 12:00 local, right after
        Assert.Equal(["p01@x"], alternatives.Where(a => !a.SameRoom).Select(a => a.Room.Email)); // the hall is busy, "Phòng họp" too small
    }
}
