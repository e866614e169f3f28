using System.Collections.Concurrent;

namespace PlanBot.Plans;

/// <summary>
/// The plans whose overview card no longer shows what the database holds. The workflows that change a plan's tasks
/// or people mark it here, as part of the change; <see cref="OverviewRefresher"/> takes the marks and updates the cards.
/// No dependencies, so any workflow may take it without a cycle (the refresher itself reads assignments).
/// </summary>
public sealed class OverviewChanges : IDisposable
{
    private readonly ConcurrentDictionary<int, byte> _dirty = new();
    private readonly SemaphoreSlim _wake = new(0);

    public void Mark(int planId)
    {
        if (_dirty.TryAdd(planId, 0)) _wake.Release();
    }

    /// <summary>Waits until a plan is marked.</summary>
    public Task WaitAsync(CancellationToken ct) => _wake.WaitAsync(ct);

    /// <summary>The marked plans, unmarked: a plan marked again while its card is updated is updated once more.</summary>
    public IReadOnlyList<int> TakeAll()
    {
        var taken = new List<int>();
        foreach (var planId in _dirty.Keys)
            if (_dirty.TryRemove(planId, out _)) taken.Add(planId);
        return taken;
    }

    public void Dispose() => _wake.Dispose();
}
