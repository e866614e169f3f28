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
}
