using PlanBot.Core.Conversation;

namespace PlanBot.Teams;

// What a feature offers in Teams. Each feature folder implements the ones it needs (e.g. Status/StatusCommands.cs)
// and registers them with AddBotSurface<T>(); the router hands each command and card verb to the one that owns it.

/// <summary>The typed commands a feature answers ("báo cáo 3", "việc của tôi").</summary>
public interface IBotCommands
{
    IReadOnlyCollection<CommandKind> Commands { get; }

    Task HandleAsync(BotTurn turn, Command command, CancellationToken ct);
}

/// <summary>The card buttons (verbs) a feature answers; the reply replaces the card or is a short message.</summary>
public interface ICardActions
{
    IReadOnlyCollection<string> Verbs { get; }

    Task<CardReply> HandleAsync(BotTurn turn, string verb, CardInput input, CancellationToken ct);
}

/// <summary>A message that carries a file; returns false when the file is not for this feature.</summary>
public interface IFileMessages
{
    Task<bool> TryHandleAsync(BotTurn turn, CancellationToken ct);
}

/// <summary>What PlanBot says when it is added to a conversation.</summary>
public interface IConversationWelcome
{
    Task WelcomeAsync(BotTurn turn, CancellationToken ct);
}

public static class BotSurfaceRegistration
{
    /// <summary>Registers a feature's Teams surface once, under every surface interface it implements.</summary>
    public static IServiceCollection AddBotSurface<T>(this IServiceCollection services) where T : class
    {
        services.AddSingleton<T>();
        if (typeof(IBotCommands).IsAssignableFrom(typeof(T))) services.AddSingleton(sp => (IBotCommands)sp.GetRequiredService<T>());
        if (typeof(ICardActions).IsAssignableFrom(typeof(T))) services.AddSingleton(sp => (ICardActions)sp.GetRequiredService<T>());
        if (typeof(IFileMessages).IsAssignableFrom(typeof(T))) services.AddSingleton(sp => (IFileMessages)sp.GetRequiredService<T>());
        if (typeof(IConversationWelcome).IsAssignableFrom(typeof(T))) services.AddSingleton(sp => (IConversationWelcome)sp.GetRequiredService<T>());
        return services;
    }
}
