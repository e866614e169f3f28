namespace PlanBot.Meetings;

/// <summary>
/// At start and then every ten minutes, completes the invitations of bookings that a crash interrupted
/// (<see cref="MeetingWorkflow.RecoverAsync"/>): a restarted instance finishes its own, a running one those of an
/// instance that did not come back.
/// </summary>
public sealed class MeetingRecoveryService(MeetingWorkflow meetings, TimeProvider clock, ILogger<MeetingRecoveryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await meetings.RecoverAsync(stoppingToken);
            }
            catch (Exception e) when (e is System.Data.Common.DbException or Microsoft.EntityFrameworkCore.DbUpdateException or InvalidOperationException or IOException or CalendarException)
            {
                MeetingLog.RecoveryFailed(logger, e);
            }
            try
            {
                await Task.Delay(TimeSpan.FromMinutes(10), clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}

internal static partial class MeetingLog
{
    [LoggerMessage(4000, LogLevel.Error, "Completing interrupted meeting invitations failed; trying again in ten minutes.")]
    public static partial void RecoveryFailed(ILogger logger, Exception exception);
}
