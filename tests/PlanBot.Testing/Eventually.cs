using System.Diagnostics;

namespace PlanBot.Testing;

/// <summary>
/// The one way tests wait: until a condition holds, or fail after the timeout saying what was seen
/// (outbox rows, connector requests, …). Timeouts are sized for a loaded 2-core machine: a condition
/// that normally holds within a second gets <see cref="Timeout"/>; only a failing test waits that long.
/// </summary>
public static class Eventually
{
    /// <summary>For a condition that normally holds within a second or two.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// For a condition that normally takes several seconds (hundreds of sends, a process restart). Beside a build on a
    /// shared 2-core machine (load average 67) 600 reminders took over 120 s to send; only a failing test waits this long.
    /// </summary>
    public static readonly TimeSpan LongTimeout = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan DefaultPoll = TimeSpan.FromMilliseconds(50);

    public static Task Until(Func<bool> condition, TimeSpan timeout, Func<string> whatWasSeen, TimeSpan? poll = null) =>
        UntilAsync(() => Task.FromResult(condition()), timeout, () => Task.FromResult(whatWasSeen()), poll);

    public static Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, Func<string> whatWasSeen, TimeSpan? poll = null) =>
        UntilAsync(condition, timeout, () => Task.FromResult(whatWasSeen()), poll);

    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, Func<Task<string>> whatWasSeen, TimeSpan? poll = null) =>
        await UntilAsync(async () => await condition(), held => held, timeout, _ => whatWasSeen(), poll);

    /// <summary>Reads <paramref name="read"/> until <paramref name="holds"/> is true of the value, and returns that value.</summary>
    public static Task<T> Until<T>(Func<T> read, Func<T, bool> holds, TimeSpan timeout, Func<T, string> whatWasSeen, TimeSpan? poll = null) =>
        UntilAsync(() => Task.FromResult(read()), holds, timeout, last => Task.FromResult(whatWasSeen(last)), poll);

    public static Task<T> Until<T>(Func<T> read, Func<T, bool> holds, TimeSpan timeout, Func<T, Task<string>> whatWasSeen, TimeSpan? poll = null) =>
        UntilAsync(() => Task.FromResult(read()), holds, timeout, whatWasSeen, poll);

    public static Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> holds, TimeSpan timeout, Func<T, string> whatWasSeen, TimeSpan? poll = null) =>
        UntilAsync(read, holds, timeout, last => Task.FromResult(whatWasSeen(last)), poll);

    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> holds, TimeSpan timeout, Func<T, Task<string>> whatWasSeen, TimeSpan? poll = null)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (holds(value)) return value;
            if (watch.Elapsed >= timeout)
                throw new TimeoutException($"Waited {watch.Elapsed.TotalSeconds:0.#} s (timeout {timeout.TotalSeconds:0.#} s) and the condition did not hold. Seen: {await whatWasSeen(value)}");
            // Zero: poll as fast as reading allows (a test that must act right after a write).
            if ((poll ?? DefaultPoll) > TimeSpan.Zero) await Task.Delay(poll ?? DefaultPoll);
            else await Task.Yield();
        }
    }
}
