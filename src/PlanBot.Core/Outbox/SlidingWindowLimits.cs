namespace PlanBot.Core.Outbox;

/// <summary>
/// Exact sliding-window limits ("7 in any 1 s, 8 in any 2 s, 60 in any 30 s, 1800 in any hour"),
/// as Teams states them. Unlike segmented limiters it never lets a burst through at a window edge,
/// so the sender stays under what the service enforces and does not earn 429s.
/// </summary>
public sealed class SlidingWindowLimits(IReadOnlyList<(int Count, TimeSpan Window)> limits)
{
    private readonly Queue<DateTimeOffset> _sent = new();
    private readonly TimeSpan _longest = limits.Max(l => l.Window);

    /// <summary>How long to wait before one more request fits every window; zero when it fits now.</summary>
    public TimeSpan Delay(DateTimeOffset now)
    {
        while (_sent.Count > 0 && _sent.Peek() <= now - _longest) _sent.Dequeue();
        var wait = TimeSpan.Zero;
        var times = _sent.ToArray();
        foreach (var (count, window) in limits)
        {
            if (times.Length < count) continue;
            // The request count-th from the end must have left the window.
            var blocking = times[^count];
            var free = blocking + window - now;
            if (free > wait) wait = free;
        }
        return wait;
    }

    public void Record(DateTimeOffset at) => _sent.Enqueue(at);

    public static readonly (int, TimeSpan)[] TeamsPerConversation =
    [
        (7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30)), (1800, TimeSpan.FromHours(1)),
    ];
}
