using System.Text.RegularExpressions;
using PlanBot.Core.Import;

namespace PlanBot.Core.Meetings;

/// <summary>
/// Finds the room a plan names: "Phòng họp số 02, tầng 5, Sở KH&amp;CN, đường …" matches a room called
/// "Phòng họp 02 - Tầng 5". Tolerant of diacritics, case, "số", punctuation, word order and leading zeros.
/// Numbers bind to the word before them ("phòng/phòng họp N", "tầng M", "hội trường A", "nhà/tòa B"), so
/// "Phòng họp 05 - Tầng 2" is not "phòng họp 02, tầng 5"; every other word of the room's name must appear in
/// the venue; a room whose numbers contradict the venue's never matches, nor a room without a number when the
/// venue names the room's number. When several rooms match equally well, all of them are returned: the
/// organizer chooses.
/// </summary>
public static partial class RoomMatcher
{
    /// <summary>Numbers that say which room it is: a venue that names one rules out a room without it.</summary>
    private static readonly string[] Identifying = ["phong", "hoitruong"];

    /// <summary>The one room the venue names, or null when none does or several match equally.</summary>
    public static Room? Find(string? venue, IEnumerable<Room> rooms) => Candidates(venue, rooms) is [var only] ? only : null;

    /// <summary>The rooms that match the venue best (several when they tie); empty when none matches.</summary>
    public static IReadOnlyList<Room> Candidates(string? venue, IEnumerable<Room> rooms)
    {
        if (string.IsNullOrWhiteSpace(venue)) return [];
        var wanted = Parse(venue);
        var scored = rooms.Select(room => (room, score: Score(Describe(room), wanted))).Where(r => r.score > 0).ToList();
        if (scored.Count == 0) return [];
        var best = scored.Max(r => r.score);
        return scored.Where(r => r.score == best).Select(r => r.room).ToList();
    }

    /// <summary>0 when the room is not the venue; else higher for more agreeing numbers, then more words (the most specific name).</summary>
    private static int Score(Named room, Named venue)
    {
        if (room.Words.Count == 0 && room.Numbers.Count == 0) return 0;
        if (!room.Words.All(venue.Words.Contains)) return 0;
        var agreeing = 0;
        foreach (var (key, value) in room.Numbers)
        {
            if (!venue.Numbers.TryGetValue(key, out var named)) continue;
            if (named != value) return 0;
            agreeing++;
        }
        if (Identifying.Any(k => venue.Numbers.ContainsKey(k) && !room.Numbers.ContainsKey(k))) return 0;
        return 1 + agreeing * 100 + room.Words.Count;
    }

    /// <summary>The room's name, with its floor label when the name does not give the floor.</summary>
    private static Named Describe(Room room)
    {
        var named = Parse(room.Name);
        if (!named.Numbers.ContainsKey("tang") && room.Floor is { Length: > 0 } floor)
        {
            var label = Parse(floor);
            var value = label.Numbers.TryGetValue("tang", out var f) ? f : IdOf(VietnameseText.Fold(floor).Trim());
            if (value is not null) named.Numbers["tang"] = value;
        }
        return named;
    }

    /// <summary>The words of a name (folded, without filler) and its numbers, each bound to the word it belongs to.</summary>
    public sealed record Named(HashSet<string> Words, Dictionary<string, string> Numbers);

    public static Named Parse(string text)
    {
        var tokens = Word().Matches(VietnameseText.Fold(text)).Select(m => m.Value).ToList();
        var words = new HashSet<string>(StringComparer.Ordinal);
        var numbers = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var (key, skip) = Head(tokens, i);
            if (key is not null)
            {
                var j = i + skip + 1;
                while (j < tokens.Count && tokens[j] is "so" or "thu" or "hop")
                {
                    if (tokens[j] == "hop") words.Add("hop"); // a meeting room, not any room
                    j++;
                }
                if (j < tokens.Count && IdOf(tokens[j]) is { } id)
                {
                    // The word is in the number now: a venue without a floor does not rule out a room with one.
                    numbers.TryAdd(key, id);
                    i = j;
                }
                else
                {
                    for (var k = i; k <= i + skip; k++) words.Add(tokens[k]);
                    i = j - 1;
                }
                continue;
            }
            if (token is "so" or "va") continue;
            words.Add(token.All(char.IsAsciiDigit) ? IdOf(token) ?? token : token);
        }
        return new Named(words, numbers);
    }

    /// <summary>The word a number after it belongs to, and how many more tokens that word takes ("hoi truong", "toa nha").</summary>
    private static (string? Key, int Skip) Head(List<string> tokens, int i)
    {
        var next = i + 1 < tokens.Count ? tokens[i + 1] : "";
        return tokens[i] switch
        {
            "phong" when i == 0 || tokens[i - 1] != "van" => ("phong", 0), // "văn phòng" is an office, not a room
            "tang" or "lau" => ("tang", 0),
            "hoi" when next == "truong" => ("hoitruong", 1),
            "toa" when next == "nha" => ("nha", 1),
            "nha" or "toa" or "day" => ("nha", 0),
            _ => (null, 0),
        };
    }

    /// <summary>A room, floor or building number: digits (leading zeros dropped), one letter, or a letter with digits ("A1", "2B").</summary>
    private static string? IdOf(string token)
    {
        if (token.Length == 0 || token.Length > 6) return null;
        if (token.All(char.IsAsciiDigit)) return token.TrimStart('0') is { Length: > 0 } n ? n : "0";
        if (token.Length == 1 && char.IsAsciiLetter(token[0])) return token;
        return LetterNumber().IsMatch(token) ? token : null;
    }

    [GeneratedRegex(@"[a-z0-9]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^([a-z]{1,2}[0-9]{1,4}|[0-9]{1,4}[a-z])$")]
    private static partial Regex LetterNumber();
}
