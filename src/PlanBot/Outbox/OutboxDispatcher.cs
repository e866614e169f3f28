using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PlanBot.Core.Outbox;
using PlanBot.Data;

namespace PlanBot.Outbox;

/// <summary>What happened to one send.</summary>
/// <param name="Throttled">
/// The service asked PlanBot to wait (429, or 412/503 with Retry-After): not a failure of the message, so it uses up none of
/// its attempts, and the whole tenant's sending pauses for <paramref name="RetryAfter"/>.
/// </param>
public sealed record SendOutcome(bool Sent, string? ConversationId = null, string? ActivityId = null, TimeSpan? RetryAfter = null, string? Error = null,
    bool Final = false, bool Throttled = false)
{
    public static SendOutcome Delivered(string conversationId, string? activityId) => new(true, conversationId, activityId);

    public static SendOutcome Retry(string error, TimeSpan? after = null) => new(false, RetryAfter: after, Error: error);

    public static SendOutcome Throttle(string error, TimeSpan after) => new(false, RetryAfter: after, Error: error, Throttled: true);

    public static SendOutcome GiveUp(SendFailure reason, string detail) => new(false, Error: SendFailures.Record(reason, detail), Final: true);
}

/// <summary>Sends proactive messages (implemented at the Teams edge).</summary>
public interface IProactiveSender
{
    /// <summary>Sends a prepared card to its recipient's 1:1 chat (opening it when there is none yet).</summary>
    Task<SendOutcome> SendAsync(OutgoingCard card, CancellationToken ct);

    Task PostTextAsync(string serviceUrl, string conversationId, string? tenantId, string text, CancellationToken ct);
}

/// <summary>Builds the organizer's summary of a finished batch (implemented with the card texts).</summary>
public interface IBatchReport
{
    string Summarize(OutboxBatch batch, IReadOnlyList<OutboxMessage> messages, IReadOnlyDictionary<string, string> names);
}

/// <summary>
/// Sends what the outbox holds: claims due rows with a lease, sends them in parallel within the rate
/// limits, records each outcome at once, retries 429/5xx after Retry-After or with backoff, gives up on
/// final errors, and tells the organizer how each batch went. Rows whose lease ran out (the process died
/// mid-send) are sent again.
/// </summary>
public sealed class OutboxDispatcher(
    IDbContextFactory<PlanBotDb> dbFactory,
    IProactiveSender sender,
    OutboxCards cards,
    IBatchReport report,
    OutboxSignal signal,
    SendThrottle throttle,
    DispatchLease dispatchLease,
    TimeProvider clock,
    IOptions<SendOptions> options,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly string _owner = dispatchLease.Owner;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var stopLeasing = new CancellationTokenSource();
        var leasing = dispatchLease.RunAsync(stopLeasing.Token);
        try
        {
            await DispatchAsync(stoppingToken);
        }
        finally
        {
            // The lease is let go only once nothing is being sent, so the next holder never sends beside this one.
            await stopLeasing.CancelAsync();
            await leasing;
        }
    }

    private async Task DispatchAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!dispatchLease.Held)
                {
                    // Another instance dispatches; this one looks again when the lease may have become free.
                    await signal.WaitAsync(TimeSpan.FromSeconds(1), stoppingToken);
                    continue;
                }
                var claimed = await ClaimAsync(ClaimSize(options.Value), [], stoppingToken);
                if (claimed.Count == 0)
                {
                    // Short: a request written by another instance is seen this soon (its signal reaches only that instance).
                    await signal.WaitAsync(IdlePoll, stoppingToken);
                    continue;
                }
                var batches = await SendAsync(claimed, stoppingToken);
                await ReportFinishedAsync(batches, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (IsStorageFailure(e))
            {
                OutboxLog.DispatchFailed(logger, e);
                await Task.Delay(TimeSpan.FromSeconds(2), clock, stoppingToken);
            }
        }
    }

    private static readonly TimeSpan IdlePoll = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Sends a claim and every claim after it while there is more to send. The next claim is taken as soon as the last
    /// message of the one before has started, not when all have been answered: waiting for a claim's last answers left
    /// the rate limits' budget unused at every claim (a fan-out to 1,000 people went at about 44 a second instead of 50).
    /// Returns the batches not reported yet; those finished are reported at each claim, so a small request's summary
    /// does not wait for a large fan-out beside it.
    /// </summary>
    private async Task<List<string>> SendAsync(List<OutboxMessage> first, CancellationToken stoppingToken)
    {
        // Claimed and not yet finished, with their batch: their leases are renewed while they wait their turn.
        var held = new ConcurrentDictionary<long, string>();
        var batches = new HashSet<string>(StringComparer.Ordinal);
        using var sending = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var renewing = RenewLeasesAsync(held, sending.Token);
        try
        {
            await Parallel.ForEachAsync(ClaimsAsync(first, held, batches, stoppingToken),
                new ParallelOptions { MaxDegreeOfParallelism = options.Value.Parallelism, CancellationToken = stoppingToken },
                async (message, ct) =>
                {
                    try
                    {
                        await SendOneAsync(message, ct);
                    }
                    finally
                    {
                        held.TryRemove(message.Id, out _);
                    }
                });
        }
        finally
        {
            await sending.CancelAsync();
            await renewing;
        }
        return [.. batches];
    }

    private async IAsyncEnumerable<OutboxMessage> ClaimsAsync(List<OutboxMessage> claim, ConcurrentDictionary<long, string> held, HashSet<string> batches,
        [EnumeratorCancellation] CancellationToken ct)
    {
        while (claim.Count > 0)
        {
            foreach (var message in claim)
            {
                held[message.Id] = message.BatchId;
                batches.Add(message.BatchId);
            }
            foreach (var message in claim) yield return message;
            var sendingNow = held.Values.ToHashSet(StringComparer.Ordinal);
            var finished = batches.Where(b => !sendingNow.Contains(b)).ToList();
            if (finished.Count > 0 && await TryReportAsync(finished, ct)) batches.ExceptWith(finished);
            // Without the dispatch lease no more is claimed; what is claimed goes back unsent (SendOneAsync).
            claim = dispatchLease.Held ? await NextClaimAsync([.. held.Keys], ct) : [];
        }
    }

    /// <summary>Reports batches between claims; when the database fails they are reported after the last claim.</summary>
    private async Task<bool> TryReportAsync(List<string> batchIds, CancellationToken ct)
    {
        try
        {
            await ReportFinishedAsync(batchIds, ct);
            return true;
        }
        catch (Exception e) when (IsStorageFailure(e))
        {
            OutboxLog.DispatchFailed(logger, e);
            return false;
        }
    }

    /// <summary>The next claim, or none when the database fails: what was started is finished, and the loop tries again.</summary>
    private async Task<List<OutboxMessage>> NextClaimAsync(List<long> held, CancellationToken ct)
    {
        try
        {
            return await ClaimAsync(ClaimSize(options.Value), held, ct);
        }
        catch (Exception e) when (IsStorageFailure(e))
        {
            OutboxLog.DispatchFailed(logger, e);
            return [];
        }
    }

    /// <summary>
    /// No more than can be sent well within the lease at the allowed rate: a claim that outlived its lease
    /// would be taken over by another instance and sent twice.
    /// </summary>
    internal static int ClaimSize(SendOptions o) =>
        Math.Max(1, Math.Min(o.Parallelism * 4, o.TenantRequestsPerSecond * o.LeaseSeconds / 3));

    /// <param name="held">This process's messages still being sent: never taken back, even if a lease ran out on the way.</param>
    private async Task<List<OutboxMessage>> ClaimAsync(int count, List<long> held, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var expired = db.Outbox.Where(m => m.State == OutboxState.Sending && m.LeaseUntil < now && !held.Contains(m.Id));
        // Idle polls only read: writes happen when there is something to take.
        if (await expired.AnyAsync(ct))
            await expired
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.State, OutboxState.Pending).SetProperty(m => m.LeaseOwner, (string?)null), ct);
        var ids = await DueAsync(db, now, count, ct);
        if (ids.Count == 0) return [];
        var lease = now.AddSeconds(options.Value.LeaseSeconds);
        await db.Outbox.Where(m => ids.Contains(m.Id) && m.State == OutboxState.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.State, OutboxState.Sending).SetProperty(m => m.LeaseOwner, _owner).SetProperty(m => m.LeaseUntil, lease), ct);
        var order = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        var claimed = await db.Outbox.AsNoTracking().Where(m => ids.Contains(m.Id) && m.LeaseOwner == _owner && m.State == OutboxState.Sending).ToListAsync(ct);
        return [.. claimed.OrderBy(m => order[m.Id])];
    }

    /// <summary>
    /// The due rows to claim, shared among the requests waiting (the oldest few, oldest first): five cards asked for while a
    /// province's thousand go out wait for one claim, not for the thousand. What a request leaves of its share goes to the oldest.
    /// </summary>
    private static async Task<List<long>> DueAsync(PlanBotDb db, DateTime now, int count, CancellationToken ct)
    {
        var due = db.Outbox.Where(m => m.State == OutboxState.Pending && m.NextAttemptAt <= now);
        var batches = await due.GroupBy(m => m.BatchId).Select(g => new { BatchId = g.Key, First = g.Min(m => m.Id) })
            .OrderBy(b => b.First).Take(BatchesPerClaim).Select(b => b.BatchId).ToListAsync(ct);
        if (batches.Count == 0) return []; // an idle poll: one query, as before
        var shares = new List<List<long>>();
        if (batches.Count > 1)
        {
            var share = Math.Max(1, count / batches.Count);
            foreach (var batch in batches)
                shares.Add(await due.Where(m => m.BatchId == batch).OrderBy(m => m.Id).Select(m => m.Id).Take(share).ToListAsync(ct));
        }
        // Taken in turns, so a small request's few go at the start of the claim, not after the large one's share.
        var ids = shares.SelectMany(share => share.Select((id, rank) => (id, rank))).OrderBy(x => x.rank).Select(x => x.id).ToList();
        if (ids.Count < count)
            ids.AddRange(await due.Where(m => !ids.Contains(m.Id)).OrderBy(m => m.Id).Select(m => m.Id).Take(count - ids.Count).ToListAsync(ct));
        return ids;
    }

    private const int BatchesPerClaim = 8;

    /// <summary>
    /// Keeps the claim's leases from running out while its messages wait their turn under the rate limits (which is
    /// not timed): renewed every third of the lease until the claim is done. Only a process that stops renewing — it
    /// died or lost its database — lets another instance take its messages.
    /// </summary>
    private async Task RenewLeasesAsync(ConcurrentDictionary<long, string> held, CancellationToken ct)
    {
        var every = TimeSpan.FromSeconds(options.Value.LeaseSeconds / 3.0);
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(every, clock, ct);
                var until = clock.GetUtcNow().UtcDateTime.AddSeconds(options.Value.LeaseSeconds);
                var ids = held.Keys.ToList();
                if (ids.Count == 0) continue;
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                await db.Outbox.Where(m => ids.Contains(m.Id) && m.LeaseOwner == _owner && m.State == OutboxState.Sending)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseUntil, until), ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (IsStorageFailure(e))
            {
                // Tried again at the next beat; if the database stays away the leases run out and the rows go again later.
                OutboxLog.RenewFailed(logger, e);
            }
        }
    }

    private async Task SendOneAsync(OutboxMessage message, CancellationToken ct)
    {
        if (!dispatchLease.Held)
        {
            // A beat was missed (a stalled machine) or another instance took the lease: this one starts no more sends, and the
            // message goes back unsent. Sends already under way are left to finish: cancelling a request the connector may have
            // taken in would only send its card twice (a reminder run lost its lease on a machine at load 55, and 27 went twice).
            await using var back = await dbFactory.CreateDbContextAsync(CancellationToken.None);
            await back.Outbox.Where(m => m.Id == message.Id && m.LeaseOwner == _owner && m.State == OutboxState.Sending)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.State, OutboxState.Pending).SetProperty(m => m.LeaseOwner, (string?)null), CancellationToken.None);
            return;
        }

        // Renew the lease right before sending: a message whose lease ran out while it waited its turn
        // may have been taken by another instance, and must not be sent by this one too.
        var renewed = clock.GetUtcNow().UtcDateTime.AddSeconds(options.Value.LeaseSeconds);
        await using (var lease = await dbFactory.CreateDbContextAsync(ct))
        {
            var held = await lease.Outbox.Where(m => m.Id == message.Id && m.LeaseOwner == _owner && m.State == OutboxState.Sending)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseUntil, renewed), ct);
            if (held == 0) return;
        }

        // No timeout here: the sender times each request to the connector, not its wait for a turn under the rate limits.
        SendOutcome outcome;
        try
        {
            var (card, giveUp) = await cards.PrepareAsync(message, ct);
            outcome = giveUp ?? await sender.SendAsync(card!, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            OutboxLog.SendCrashed(logger, e, message.Id);
            outcome = SendOutcome.Retry(e.GetType().Name);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var attempts = message.Attempts + 1;
        await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
        var row = db.Outbox.Where(m => m.Id == message.Id && m.LeaseOwner == _owner);
        if (outcome.Sent)
        {
            await row.ExecuteUpdateAsync(s => s.SetProperty(m => m.State, OutboxState.Sent).SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.SentAt, now).SetProperty(m => m.ConversationId, outcome.ConversationId).SetProperty(m => m.ActivityId, outcome.ActivityId)
                .SetProperty(m => m.LeaseOwner, (string?)null), CancellationToken.None);
        }
        else if (outcome.Throttled)
        {
            // Teams counts its limits per bot and tenant, so a 429 speaks for every send of the tenant, not for this one: all of
            // them wait. Attempts stay as they were: giving a message up because the service asked PlanBot to wait lost cards
            // (with two instances on 100 requests a second, 3–22 of 300 people, "429 TooManyRequests" after 6 attempts).
            var wait = outcome.RetryAfter ?? TimeSpan.FromSeconds(1);
            throttle.PauseTenant(wait);
            OutboxLog.Throttled(logger, message.Id, outcome.Error, wait.TotalSeconds);
            await row.ExecuteUpdateAsync(s => s.SetProperty(m => m.State, OutboxState.Pending).SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.Throttled, message.Throttled + 1).SetProperty(m => m.NextAttemptAt, now + wait)
                .SetProperty(m => m.LastError, outcome.Error).SetProperty(m => m.LeaseOwner, (string?)null), CancellationToken.None);
        }
        else if (outcome.Final || attempts - message.Throttled >= options.Value.MaxAttempts)
        {
            OutboxLog.GaveUp(logger, message.Id, attempts, outcome.Error);
            await row.ExecuteUpdateAsync(s => s.SetProperty(m => m.State, OutboxState.Failed).SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.LastError, outcome.Error).SetProperty(m => m.LeaseOwner, (string?)null), CancellationToken.None);
        }
        else
        {
            var wait = outcome.RetryAfter ?? Backoff(attempts);
            OutboxLog.WillRetry(logger, message.Id, attempts, outcome.Error, wait.TotalSeconds);
            await row.ExecuteUpdateAsync(s => s.SetProperty(m => m.State, OutboxState.Pending).SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.NextAttemptAt, now + wait).SetProperty(m => m.LastError, outcome.Error).SetProperty(m => m.LeaseOwner, (string?)null), CancellationToken.None);
        }
    }

    /// <summary>The database failed (or EF found it in a state it cannot use): the dispatcher waits and tries again.</summary>
    private static bool IsStorageFailure(Exception e) => e is InvalidOperationException || StorageFailure.Is(e);

    /// <summary>Exponential backoff with jitter: about 1, 2, 4, 8… seconds.</summary>
    private static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromMilliseconds(Math.Min(60_000, 1000 * Math.Pow(2, attempts - 1)) * (0.8 + Random.Shared.NextDouble() * 0.4));

    private async Task ReportFinishedAsync(IReadOnlyList<string> batchIds, CancellationToken ct)
    {
        foreach (var batchId in batchIds)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            if (await db.Outbox.AnyAsync(m => m.BatchId == batchId && (m.State == OutboxState.Pending || m.State == OutboxState.Sending), ct)) continue;
            var now = clock.GetUtcNow().UtcDateTime;
            // Claim the report first, so that two processes (or a retry) never report twice.
            if (await db.OutboxBatches.Where(b => b.BatchId == batchId && b.ReportedAt == null).ExecuteUpdateAsync(s => s.SetProperty(b => b.ReportedAt, now), ct) == 0) continue;
            var batch = await db.OutboxBatches.AsNoTracking().FirstAsync(b => b.BatchId == batchId, ct);
            var messages = await db.Outbox.AsNoTracking().Where(m => m.BatchId == batchId).ToListAsync(ct);
            var ids = messages.Select(m => m.RecipientUserId).Distinct().ToList();
            var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.UserId)).ToDictionaryAsync(u => u.UserId, u => u.Name, ct);
            try
            {
                await sender.PostTextAsync(batch.ServiceUrl, batch.ConversationId, batch.TenantId, report.Summarize(batch, messages, names), ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                OutboxLog.ReportFailed(logger, e, batchId);
            }
        }
    }
}

internal static partial class OutboxLog
{
    [LoggerMessage(2000, LogLevel.Error, "Outbox dispatch failed; retrying shortly.")]
    public static partial void DispatchFailed(ILogger logger, Exception exception);

    [LoggerMessage(2001, LogLevel.Error, "Sending outbox message {MessageId} threw.")]
    public static partial void SendCrashed(ILogger logger, Exception exception, long messageId);

    [LoggerMessage(2002, LogLevel.Warning, "Gave up outbox message {MessageId} after {Attempts} attempts: {Reason}.")]
    public static partial void GaveUp(ILogger logger, long messageId, int attempts, string? reason);

    [LoggerMessage(2003, LogLevel.Warning, "Could not post the summary of batch {BatchId}.")]
    public static partial void ReportFailed(ILogger logger, Exception exception, string batchId);

    [LoggerMessage(2004, LogLevel.Warning, "Could not renew the leases of the messages being sent.")]
    public static partial void RenewFailed(ILogger logger, Exception exception);

    [LoggerMessage(2006, LogLevel.Warning, "The Bot Connector asked PlanBot to wait ({Reason}) at outbox message {MessageId}: every send of the tenant waits {Seconds:0.#} s; the message keeps its attempts.")]
    public static partial void Throttled(ILogger logger, long messageId, string? reason, double seconds);

    [LoggerMessage(2007, LogLevel.Information, "This instance now dispatches the outbox (taken from {Previous}; {Returned} messages it had claimed are pending again).")]
    public static partial void LeaseTaken(ILogger logger, string previous, int returned);

    [LoggerMessage(2008, LogLevel.Warning, "Another instance took the outbox's dispatch lease: this one stops sending.")]
    public static partial void LeaseLost(ILogger logger);

    [LoggerMessage(2009, LogLevel.Warning, "Could not beat the outbox's dispatch lease.")]
    public static partial void LeaseFailed(ILogger logger, Exception exception);

    [LoggerMessage(2005, LogLevel.Warning, "Outbox message {MessageId} was not sent (attempt {Attempts}): {Reason}; trying again in {Seconds:0.#} s.")]
    public static partial void WillRetry(ILogger logger, long messageId, int attempts, string? reason, double seconds);
}
