using PlanBot.Teams;

namespace PlanBot.Help;

public static class HelpSetup
{
    /// <summary>Welcome, help, language.</summary>
    public static IServiceCollection AddHelp(this IServiceCollection services) => services.AddBotSurface<HelpCommands>();
}
