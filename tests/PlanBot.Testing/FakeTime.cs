namespace PlanBot.Testing;

/// <summary>
/// Starts a PlanBot process with its wall clock set to a chosen moment (and running on from there), through
/// libfaketime: the process is unchanged, only what the system tells it the time is. Monotonic time (timers,
/// delays) is left real. The test command installs libfaketime.
/// </summary>
public static class FakeTime
{
    private const string Library = "/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1";

    public static Dictionary<string, string> At(DateTimeOffset moment)
    {
        if (!File.Exists(Library))
            throw new InvalidOperationException($"{Library} is missing: install the Debian package libfaketime (scripts/test.sh does).");
        return new()
        {
            ["LD_PRELOAD"] = Library,
            ["FAKETIME"] = "@" + moment.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
            ["TZ"] = "UTC",
            ["FAKETIME_DONT_FAKE_MONOTONIC"] = "1",
        };
    }

    /// <summary>
    /// The same for PlanBot in the test's own process: a clock that reads <paramref name="moment"/> now and runs on
    /// from there; timers and delays stay real, so background work keeps running.
    /// </summary>
    public static TimeProvider Clock(DateTimeOffset moment) => new ShiftedClock(moment - DateTimeOffset.UtcNow);

    private sealed class ShiftedClock(TimeSpan offset) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + offset;
    }
}
