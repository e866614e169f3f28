using PlanBot.Outbox;
using PlanBot.Teams;

namespace PlanBot.Reminders;

public static class RemindersSetup
{
    /// <summary>Reminders before due dates, the organizer's overdue digest, and the commands that steer them.</summary>
    public static IServiceCollection AddReminders(this IServiceCollection services)
    {
        services.AddSingleton<ReminderPlanner>();
        services.AddHostedService<ReminderService>();
        services.AddSingleton<IOutboxCards, ReminderCards>();
        return services.AddBotSurface<ReminderCommands>();
    }
}
