namespace PlanBot.Reminders;

/// <summary>Runs the reminder planner once a minute on the service's clock.</summary>
public sealed class ReminderService(ReminderPlanner planner, TimeProvider clock, ILogger<ReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await planner.RunAsync(clock.GetUtcNow(), stoppingToken);
            }
            catch (Exception e) when (e is System.Data.Common.DbException or Microsoft.EntityFrameworkCore.DbUpdateException or InvalidOperationException)
            {
                Log.RunFailed(logger, e);
            }
            try
            {
                await Task.Delay(TimeSpan.FromMinutes(1), clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
