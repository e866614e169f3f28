namespace PlanBot.Outbox;

public static class OutboxSetup
{
    /// <summary>Durable proactive sending: the outbox, its dispatcher and the Bot Connector's rate limits.</summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services)
    {
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<SendThrottle>();
        services.AddSingleton<DispatchLease>();
        services.AddOptions<SendOptions>().BindConfiguration("PlanBot:Sending").ValidateDataAnnotations()
            .Validate(o => o.SendTimeout.TotalSeconds < o.LeaseSeconds, "PlanBot__Sending__SendTimeoutSeconds must be shorter than PlanBot__Sending__LeaseSeconds.")
            .ValidateOnStart();
        services.AddSingleton<OutboxCards>();
        services.AddSingleton<IBatchReport, BatchReport>();
        services.AddHostedService<OutboxDispatcher>();
        return services;
    }
}
