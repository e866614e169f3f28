using PlanBot.Teams;

namespace PlanBot.Reports;

public static class ReportsSetup
{
    /// <summary>The report card and its expiring CSV download links.</summary>
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddOptions<ReportOptions>().BindConfiguration("PlanBot").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PublicAddress>();
        services.AddSingleton<ExportLinks>();
        return services.AddBotSurface<ReportCommands>();
    }
}
