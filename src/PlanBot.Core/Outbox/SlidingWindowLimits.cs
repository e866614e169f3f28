namespace PlanBot.Core.Outbox;

/// <summary>
/// Exact sliding-window limits ("7 in any 1 s, 8 in any 2 s, 60 in any 30 s, 1800 in any hour"),
/// as Teams states them. Unlike segmented limiters it never lets a burst through at a window edge.
/// A request holds its place from the moment it is allowed until it is answered: the service sees it
/// somewhere in between, so counting it until the answer keeps PlanBot under the service's count.
/// </summary>
public sealed class SlidingWindowLimits(IReadOnlyList<(int Count, TimeSpan Window)> limits)
{
    // When answered requests were answered; requests still in flight count as happening now.
    private readonly List<DateTimeOffset> _times = [];
    private readonly TimeSpan _longest = limits.Max(l => l.Window);
    private int _inFlight;

    /// <summary>While every slot of a window is held by requests in flight, look again this soon.</summary>
    public static readonly TimeSpan BusyPoll = TimeSpan.FromMilliseconds(20);

    /// <summary>How long to wait before one more request fits every window; zero when it fits now.</summary>
    public TimeSpan Delay(DateTimeOffset now)
    {
        _times.RemoveAll(t => t <= now - _longest);
        var wait = TimeSpan.Zero;
        foreach (var (count, window) in limits)
        {
            if (_times.Count + _inFlight < count) continue;
            // The count-th latest request must leave the window before one more fits; those in flight are the latest.
            var free = _inFlight >= count ? BusyPoll : _times[^(count - _inFlight)] + window - now;
            if (free > wait) wait = free;
        }
        return wait;
    }

    /// <summary>Counts a request that is being sent.</summary>
    public void Record() => _inFlight++;

    /// <summary>The request was answered: it now counts from <paramref name="answered"/>.</summary>
    public void Complete(DateTimeOffset answered)
    {
        _inFlight--;
        Insert(answered);
    }

    private void Insert(DateTimeOffset at)
    {
        var i = _times.Count;
        while (i > 0 && _times[i - 1] > at) i--;
        _times.Insert(i, at);
    }

    public static readonly (int, TimeSpan)[] TeamsPerConversation =
    [
        (7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30)), (1800, TimeSpan.FromHours(1)),
    ];
}
