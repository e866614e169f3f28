using PlanBot.Core.Outbox;

namespace PlanBot.Tests.Support;

public sealed class SlidingWindowLimitsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_full_window_waits_until_the_oldest_answer_leaves_it()
    {
        var limits = new SlidingWindowLimits([(2, TimeSpan.FromSeconds(1))]);
        limits.Record();
        limits.Complete(T0);
        limits.Record();
        limits.Complete(T0.AddMilliseconds(300));
        Assert.Equal(TimeSpan.FromMilliseconds(900), limits.Delay(T0.AddMilliseconds(100)));
        Assert.Equal(TimeSpan.Zero, limits.Delay(T0.AddSeconds(1)));
    }

    [Fact]
    public void A_request_in_flight_keeps_its_place_however_long_it_takes()
    {
        var limits = new SlidingWindowLimits([(1, TimeSpan.FromSeconds(1))]);
        limits.Record();
        // Five seconds later it is still not answered: the window is still full.
        Assert.Equal(SlidingWindowLimits.BusyPoll, limits.Delay(T0.AddSeconds(5)));
        limits.Complete(T0.AddSeconds(5));
        Assert.Equal(TimeSpan.FromSeconds(1), limits.Delay(T0.AddSeconds(5)));
    }

    [Fact]
    public void Every_window_must_have_room()
    {
        var limits = new SlidingWindowLimits(SlidingWindowLimits.TeamsPerConversation);
        for (var i = 0; i < 7; i++)
        {
            limits.Record();
            limits.Complete(T0.AddMilliseconds(i * 10));
        }
        Assert.True(limits.Delay(T0.AddMilliseconds(100)) > TimeSpan.Zero); // 7 in 1 s
        limits.Record();
        limits.Complete(T0.AddSeconds(1.05));
        Assert.True(limits.Delay(T0.AddSeconds(1.1)) > TimeSpan.Zero); // 8 in 2 s
        Assert.Equal(TimeSpan.Zero, limits.Delay(T0.AddSeconds(2.01)));
    }
}
