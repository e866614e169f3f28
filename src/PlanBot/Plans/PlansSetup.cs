using PlanBot.Teams;

namespace PlanBot.Plans;

public static class PlansSetup
{
    /// <summary>Plans in (text, files) and out (the overview card, kept up to date in place).</summary>
    public static IServiceCollection AddPlans(this IServiceCollection services)
    {
        services.AddHttpClient(PlanFileDownloader.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(60)).AddStandardResilienceHandler(PlanFileDownloader.Retries);
        services.AddSingleton<PlanFileDownloader>();
        services.AddSingleton<PlanWorkflow>();
        services.AddSingleton<PlanAccess>();
        services.AddSingleton<PlanEditor>();
        services.AddSingleton<OverviewCard>();
        services.AddSingleton<UnderstoodCard>();
        services.AddSingleton<OverviewChanges>();
        services.AddHostedService<OverviewRefresher>();
        return services.AddBotSurface<PlanCommands>().AddBotSurface<PlanEditCommands>();
    }
}
