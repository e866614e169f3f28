using System.Text.RegularExpressions;
using PlanBot.Core.Import;

namespace PlanBot.Core.Meetings;

/// <summary>
/// Finds the room a plan names: "Phòng họp số 02, tầng 5, Sở KH&amp;CN, đường …" matches a room called
/// "Phòng họp 02 - Tầng 5". Tolerant of diacritics, case, "số", punctuation, word order and leading
/// zeros; every word and number of the room's name must appear in the venue, and numbers must agree.
/// </summary>
public static partial class RoomMatcher
{
    public static Room? Find(string? venue, IEnumerable<Room> rooms)
    {
        if (string.IsNullOrWhiteSpace(venue)) return null;
        var venueWords = Words(venue);
        return rooms
            .Select(room => (room, words: Words(room.Name)))
            .Where(r => r.words.Count > 0 && r.words.All(venueWords.Contains))
            .OrderByDescending(r => r.words.Count) // the most specific name wins ("Phòng họp 02 - Tầng 5" over "Phòng họp")
            .Select(r => r.room)
            .FirstOrDefault();
    }

    /// <summary>Folded words without filler ("số", "phòng" kept), numbers without leading zeros.</summary>
    public static HashSet<string> Words(string text) =>
        Word().Matches(VietnameseText.Fold(text))
            .Select(m => m.Value.All(char.IsDigit) ? m.Value.TrimStart('0') is { Length: > 0 } n ? n : "0" : m.Value)
            .Where(w => w is not ("so" or "-" or "va"))
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"[a-z0-9]+")]
    private static partial Regex Word();
}
