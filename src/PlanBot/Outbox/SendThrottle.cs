using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using PlanBot.Core.Outbox;

namespace PlanBot.Outbox;

/// <summary>
/// Keeps PlanBot under Teams' documented rate limits: per conversation (7/1 s, 8/2 s, 60/30 s,
/// 1800/h) and per app and tenant (<see cref="SendOptions.TenantRequestsPerSecond"/>/s). Every request to
/// the Bot Connector (create conversation, send, update) holds a slot from here until it is answered.
/// Creating a person's 1:1 chat counts like a send to that chat (keyed by the person), not against one
/// limit shared by every create: that made a fan-out to people without a chat go at 2 creates a second.
/// </summary>
public sealed class SendThrottle(TimeProvider clock, IOptions<SendOptions> options)
{
    private readonly object _gate = new();
    private readonly SlidingWindowLimits _tenant = new([(options.Value.TenantRequestsPerSecond, TimeSpan.FromSeconds(1))]);
    private readonly ConcurrentDictionary<string, SlidingWindowLimits> _conversations = new(StringComparer.Ordinal);
    private DateTimeOffset _pausedUntil;

    /// <summary>
    /// The service answered "wait" (429, or 412/503 with Retry-After): no request of the tenant goes before the time it named.
    /// Teams counts per bot and tenant, so letting the other sends go on would only collect more 429s.
    /// </summary>
    public void PauseTenant(TimeSpan wait)
    {
        lock (_gate)
        {
            var until = clock.GetUtcNow() + wait;
            if (until > _pausedUntil) _pausedUntil = until;
        }
    }

    /// <summary>Waits for a slot; dispose the result when the request has been answered.</summary>
    public async Task<IDisposable> AcquireAsync(string conversationKey, CancellationToken ct)
    {
        var conversation = _conversations.GetOrAdd(conversationKey, _ => new SlidingWindowLimits(SlidingWindowLimits.TeamsPerConversation));
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = clock.GetUtcNow();
                wait = Max(Max(_tenant.Delay(now), conversation.Delay(now)), _pausedUntil - now);
                if (wait <= TimeSpan.Zero)
                {
                    _tenant.Record();
                    conversation.Record();
                    return new Slot(this, conversation);
                }
            }
            await Task.Delay(wait, clock, ct);
        }
    }

    private void Release(SlidingWindowLimits conversation)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            _tenant.Complete(now);
            conversation.Complete(now);
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private sealed class Slot(SendThrottle owner, SlidingWindowLimits conversation) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) owner.Release(conversation);
        }
    }
}

/// <summary>Settings of proactive sending (section "PlanBot:Sending").</summary>
public sealed class SendOptions
{
    /// <summary>Requests per second to the Bot Connector for the whole tenant; Teams allows 50 (older documents: 30).</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 50)]
    public int TenantRequestsPerSecond { get; set; } = 50;

    /// <summary>Sends in flight at once; enough to keep the rate up when the connector answers slowly.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 64)]
    public int Parallelism { get; set; } = 16;

    /// <summary>Attempts before a message is given up and reported to the organizer.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 20)]
    public int MaxAttempts { get; set; } = 6;

    /// <summary>How long a claimed message stays reserved for the process sending it; after a crash it is sent again once this passes.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 600)]
    public int LeaseSeconds { get; set; } = 30;

    /// <summary>
    /// How long an instance that stopped beating (it died) keeps the outbox's dispatch lease before another instance takes it
    /// over and sends what it had claimed: the failover time after a crash. The holder beats every sixth of it and stops
    /// sending half of it after a beat it could not make. Too short for a machine that stalls a second or more only pauses
    /// sending (or moves it to another instance); at most the sends in flight at that moment could then go twice.
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(1, 300)]
    public int DispatchLeaseSeconds { get; set; } = 6;

    /// <summary>
    /// How long one request to the Bot Connector (a send, a chat being opened) may wait for its answer before it is
    /// abandoned and the message retried. Its wait for a turn under the rate limits does not count: that is PlanBot's
    /// own queue, and counting it abandoned queued sends while the connector already had them. Shorter than the lease
    /// (which is renewed while messages wait their turn). Default: half the lease, at most 15 s.
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(1, 300)]
    public int? SendTimeoutSeconds { get; set; }

    public TimeSpan SendTimeout => TimeSpan.FromSeconds(SendTimeoutSeconds ?? Math.Clamp(LeaseSeconds / 2.0, 0.5, 15));
}
