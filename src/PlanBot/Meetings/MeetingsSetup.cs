using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using PlanBot.Outbox;
using PlanBot.Teams;

namespace PlanBot.Meetings;

public static class MeetingsSetup
{
    /// <summary>Booking the plan's room and inviting its people: on Microsoft Graph when its app credentials are configured, else on the local calendar.</summary>
    public static IServiceCollection AddMeetings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CalendarOptions>().BindConfiguration("PlanBot:Calendar");
        services.AddOptions<GraphOptions>().BindConfiguration("PlanBot:Graph").ValidateDataAnnotations()
            .Validate(o => !o.Configured || !string.IsNullOrWhiteSpace(o.OrganizerMailbox), "PlanBot__Graph__OrganizerMailbox is required when Graph is configured.")
            .ValidateOnStart();
        var graph = configuration.GetSection("PlanBot:Graph").Get<GraphOptions>() ?? new();
        if (graph.Configured)
        {
            services.AddSingleton<IAuthenticationProvider>(_ => GraphSignIn.AuthenticationProvider(graph));
            // The SDK's handlers (retry after Retry-After on 429/503/504, …) with a timeout per call, retries included: a
            // Graph that does not answer is told to the organizer in seconds, not after HttpClient's 100 s.
            services.AddSingleton(sp =>
            {
                var http = GraphClientFactory.Create();
                http.Timeout = TimeSpan.FromSeconds(graph.TimeoutSeconds);
                return new GraphServiceClient(http, sp.GetRequiredService<IAuthenticationProvider>(), graph.BaseUrl);
            });
            services.AddSingleton<ICalendarProvider, GraphCalendar>();
        }
        else
        {
            services.AddSingleton<ICalendarProvider, LocalCalendar>();
        }
        services.AddSingleton<MeetingWorkflow>();
        services.AddHostedService<MeetingRecoveryService>();
        services.AddSingleton<IOutboxCards, MeetingCards>();
        return services.AddBotSurface<MeetingCommands>();
    }
}
