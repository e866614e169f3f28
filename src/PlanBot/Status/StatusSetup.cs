using PlanBot.Outbox;
using PlanBot.Teams;

namespace PlanBot.Status;

public static class StatusSetup
{
    /// <summary>Status requests, the units' answers with their history, my tasks.</summary>
    public static IServiceCollection AddStatus(this IServiceCollection services)
    {
        services.AddSingleton<StatusWorkflow>();
        services.AddSingleton<StatusRequests>();
        services.AddSingleton<StatusCardRenderer>();
        services.AddSingleton<IOutboxCards, StatusRequestCards>();
        return services.AddBotSurface<StatusCommands>();
    }
}
