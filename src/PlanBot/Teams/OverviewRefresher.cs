using System.Collections.Concurrent;

namespace PlanBot.Teams;

/// <summary>
/// Updates overview cards after status changes, at most about once a second per plan: answers that
/// arrive together (a unit saving many tasks, many units at once) become one update, and answering a
/// card never waits on the overview's conversation and its rate limit.
/// </summary>
public sealed class OverviewRefresher(TeamsMessenger messenger, TimeProvider clock) : BackgroundService
{
    private readonly ConcurrentDictionary<int, byte> _dirty = new();
    private readonly SemaphoreSlim _wake = new(0);

    public void MarkChanged(int planId)
    {
        if (_dirty.TryAdd(planId, 0)) _wake.Release();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _wake.WaitAsync(stoppingToken);
                await Task.Delay(TimeSpan.FromMilliseconds(300), clock, stoppingToken); // gather what comes together
            }
            catch (OperationCanceledException)
            {
                return;
            }
            foreach (var planId in _dirty.Keys.ToList())
            {
                _dirty.TryRemove(planId, out _);
                await messenger.UpdateOverviewAsync(planId, stoppingToken);
            }
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }
}
