using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PlanBot.Core.Outbox;
using PlanBot.Data;

namespace PlanBot.Outbox;

/// <summary>
/// This instance's hold on the outbox (<see cref="OutboxDispatchLease"/>): only the holder sends proactive messages, so that
/// several instances on one database share the tenant's one budget under Teams' limits instead of each spending all of it
/// (two instances at 50 a second each drew 425–496 × 429 on a 300-person request). Interactive replies need no lease.
/// <para>
/// The holder beats every sixth of <see cref="SendOptions.DispatchLeaseSeconds"/> and counts itself the holder for half of it
/// after each beat began (<see cref="Held"/> turns false then, or at once when the lease is found taken; the dispatcher starts
/// no send without it). Another instance
/// takes the lease when it has seen the same beat for a whole lease: by then the holder has stopped sending for at least
/// half a lease, whatever the two clocks read (only their rates matter). Taking it over sets the messages the old holder had
/// claimed back to pending at once, instead of when their own 30 s leases run out.
/// </para>
/// </summary>
public sealed class DispatchLease(IDbContextFactory<PlanBotDb> dbFactory, OutboxSignal signal, IOptions<SendOptions> options, ILogger<DispatchLease> logger)
{
    // Elapsed real time, never the service's clock: the lease is about how long an instance has been silent, which a clock set
    // to another day (a test's, or libfaketime's) must not change.
    private static readonly TimeProvider Clock = TimeProvider.System;

    private CancellationTokenSource _holding = Lost();
    private (string? Owner, long Beat)? _seen;
    private long _seenSince;

    /// <summary>Who this instance is, in the lease and in the outbox rows it claims.</summary>
    public string Owner { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>Whether this instance may start sends now; false half a lease after its last beat, or once another took the lease.</summary>
    public bool Held => !Volatile.Read(ref _holding).IsCancellationRequested;

    private TimeSpan Lease => TimeSpan.FromSeconds(options.Value.DispatchLeaseSeconds);

    /// <summary>Beats (or contends) until stopped, then lets the lease go so that another instance takes it at once.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        var every = Lease / 6;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await BeatAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is InvalidOperationException || StorageFailure.Is(e))
            {
                // Without the database the lease lapses on its own (Held turns false half a lease after the last beat).
                OutboxLog.LeaseFailed(logger, e);
            }
            try
            {
                await Task.Delay(every, Clock, ct);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        await ReleaseAsync();
    }

    /// <summary>One beat: renew when holding; otherwise take the lease when it is free or its holder has stopped beating.</summary>
    internal async Task BeatAsync(CancellationToken ct)
    {
        var started = Clock.GetTimestamp();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var lease = db.OutboxDispatchLeases.Where(l => l.Name == OutboxDispatchLease.Outbox);
        if (Held)
        {
            if (await lease.Where(l => l.Owner == Owner).ExecuteUpdateAsync(s => s.SetProperty(l => l.Beat, l => l.Beat + 1), ct) == 1)
                Holding(started);
            else
            {
                OutboxLog.LeaseLost(logger);
                _holding.Cancel();
            }
            return;
        }

        var row = await lease.AsNoTracking().Select(l => new { l.Owner, l.Beat }).FirstOrDefaultAsync(ct);
        if (row is null) return; // the migration writes it
        var now = Clock.GetTimestamp();
        if (row.Owner is not null && row.Owner != Owner)
        {
            if (_seen != (row.Owner, row.Beat))
            {
                (_seen, _seenSince) = ((row.Owner, row.Beat), now);
                return;
            }
            if (Clock.GetElapsedTime(_seenSince, now) < Lease) return; // its holder may still be beating
        }
        // Free, ours from before a lapse, or its holder stopped beating a whole lease ago: take it, unless another did first.
        var taken = await lease.Where(l => l.Owner == row.Owner && l.Beat == row.Beat)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Owner, Owner).SetProperty(l => l.Beat, l => l.Beat + 1), ct);
        _seen = null;
        if (taken == 0) return;
        // What the previous holder had claimed and not finished goes out again now; it stopped sending half a lease ago at least.
        var returned = await db.Outbox.Where(m => m.State == OutboxState.Sending && m.LeaseOwner != Owner)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.State, OutboxState.Pending).SetProperty(m => m.LeaseOwner, (string?)null), ct);
        OutboxLog.LeaseTaken(logger, row.Owner ?? "nobody", returned);
        Holding(started);
        signal.Notify();
    }

    /// <summary>Held for half a lease from the start of the beat that renewed it (not its end: a slow beat leaves less).</summary>
    private void Holding(long beatStarted)
    {
        var left = Lease / 2 - Clock.GetElapsedTime(beatStarted);
        if (left <= TimeSpan.Zero) return;
        if (!Held) Volatile.Write(ref _holding, new CancellationTokenSource(Timeout.InfiniteTimeSpan, Clock));
        // CancelAfter replaces the timer: beats that keep coming keep the token alive.
        _holding.CancelAfter(left);
    }

    private async Task ReleaseAsync()
    {
        var held = Held;
        _holding.Cancel();
        if (!held) return;
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
            await db.OutboxDispatchLeases.Where(l => l.Name == OutboxDispatchLease.Outbox && l.Owner == Owner)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Owner, (string?)null), CancellationToken.None);
        }
        catch (Exception e) when (e is InvalidOperationException || StorageFailure.Is(e))
        {
            OutboxLog.LeaseFailed(logger, e); // another instance takes it over once the beat has stood still for a lease
        }
    }

    private static CancellationTokenSource Lost()
    {
        var lost = new CancellationTokenSource();
        lost.Cancel();
        return lost;
    }
}
