namespace PlanBot.Meetings;

/// <summary>
/// At start, every ten minutes, and when a pending booking attempt becomes due, completes the bookings and
/// invitations that a crash or a lost answer interrupted (<see cref="MeetingWorkflow.RecoverAsync"/>): a restarted
/// instance finishes its own, a running one those of an instance that did not come back.
/// </summary>
public sealed class MeetingRecoveryService(MeetingWorkflow meetings, TimeProvider clock, ILogger<MeetingRecoveryService> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = Every;
            try
            {
                if (await meetings.RecoverAsync(stoppingToken) is { } due)
                    wait = TimeSpan.FromTicks(Math.Clamp((due - clock.GetUtcNow().UtcDateTime).Ticks + TimeSpan.TicksPerSecond, TimeSpan.TicksPerSecond, Every.Ticks));
            }
            catch (Exception e) when (e is System.Data.Common.DbException or Microsoft.EntityFrameworkCore.DbUpdateException or InvalidOperationException or IOException or CalendarException)
            {
                Log.RecoveryFailed(logger, e);
            }
            try
            {
                await Task.Delay(wait, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
