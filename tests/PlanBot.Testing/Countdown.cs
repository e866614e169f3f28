namespace PlanBot.Testing;

/// <summary>The fakes' "the next N requests" faults: takes one from a counter that never goes below zero, safely across threads.</summary>
internal static class Countdown
{
    public static bool TakeOne(ref int counter)
    {
        int left;
        do
        {
            left = Volatile.Read(ref counter);
            if (left <= 0) return false;
        }
        while (Interlocked.CompareExchange(ref counter, left - 1, left) != left);
        return true;
    }
}
