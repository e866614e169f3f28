using PlanBot.Teams;

namespace PlanBot.Reports;

public static class ReportsSetup
{
    /// <summary>The report card and its expiring download links (CSV, .docx draft, .xlsx).</summary>
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddOptions<ReportOptions>().BindConfiguration("PlanBot").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PublicAddress>();
        services.AddSingleton<ExportLinks>();
        services.AddSingleton<ReportSource>();
        return services.AddBotSurface<ReportCommands>();
    }
}
