using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PlanBot.Core.Cards;
using PlanBot.Core.Localization;
using PlanBot.Data;
using PlanBot.Outbox;
using PlanBot.People;

namespace PlanBot.Teams;

/// <summary>Options of the Teams endpoint that are PlanBot's own (section "PlanBot").</summary>
public sealed class BotOptions
{
    /// <summary>Allows anonymous mode on a non-loopback address. Dangerous: anyone who reaches the port can act as any user.</summary>
    public bool AllowAnonymousOnNetwork { get; set; }

    /// <summary>Folder of the card templates; defaults to cards/ next to the executable.</summary>
    public string? CardsPath { get; set; }
}

public static class BotSetup
{
    /// <summary>
    /// The Teams edge: the Bot Framework adapter with token validation, the turn's middleware (log scope, throttle,
    /// typing), the router to the features' commands and card verbs, and the messenger that sends what the outbox holds.
    /// </summary>
    public static IServiceCollection AddTeamsBot(this IServiceCollection services, IConfiguration configuration)
    {
        var credentials = BotCredentials.From(configuration);
        services.AddSingleton(credentials);
        services.AddOptions<BotOptions>().BindConfiguration("PlanBot");
        services.AddSingleton(TimeProvider.System);
        services.AddHttpClient();

        services.AddSingleton(sp =>
        {
            var path = sp.GetRequiredService<IOptions<BotOptions>>().Value.CardsPath;
            return new CardLibrary(string.IsNullOrWhiteSpace(path) ? Path.Combine(AppContext.BaseDirectory, "cards") : path);
        });
        services.AddSingleton<PeopleDirectory>();
        services.AddSingleton<BotRouter>();
        services.AddSingleton<TeamsMessenger>();
        services.AddSingleton<IProactiveSender>(sp => sp.GetRequiredService<TeamsMessenger>());

        services.AddSingleton<BotFrameworkAuthentication>(sp =>
            new SharedContractsAuthentication(configuration, sp.GetRequiredService<IHttpClientFactory>(),
                sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()));
        // CloudAdapter has two public constructors: build it explicitly.
        services.AddSingleton(sp =>
        {
            var adapter = new CloudAdapter(sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<CloudAdapter>>());
            var logger = sp.GetRequiredService<ILogger<TeamsBot>>();
            adapter.Use(new TurnLogScope(logger));
            adapter.Use(new MessageSizeBudget(logger, sp.GetRequiredService<UserPreferences>()));
            adapter.Use(new ThrottleMiddleware(sp.GetRequiredService<SendThrottle>()));
            adapter.Use(new TypingIndicator(TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(2)));
            adapter.OnTurnError = async (turn, exception) =>
            {
                Log.TurnFailed(logger, exception, turn.Activity?.Id, turn.Activity?.Type);
                if (turn.Activity?.Type != Microsoft.Bot.Schema.ActivityTypes.Message) return;
                var unavailable = StorageFailure.Is(exception);
                var texts = Texts.Vi;
                if (!unavailable)
                {
                    try
                    {
                        texts = Texts.For(await sp.GetRequiredService<UserPreferences>().LanguageOfAsync(TeamsTurn.UserId(turn.Activity), CancellationToken.None));
                    }
                    catch (Exception e) when (StorageFailure.Is(e))
                    {
                        // the user's language is unknown while storage is down: Vietnamese, the default
                    }
                }
                await turn.SendActivityAsync(unavailable ? texts.StorageUnavailable : texts.SomethingFailed);
            };
            return adapter;
        });
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<CloudAdapter>());
        services.AddTransient<IBot, TeamsBot>();
        return services;
    }

    public static WebApplication MapBotEndpoints(this WebApplication app)
    {
        var credentials = app.Services.GetRequiredService<BotCredentials>();
        var logger = app.Services.GetRequiredService<ILogger<TeamsBot>>();
        if (!credentials.Configured)
        {
            Log.AnonymousMode(logger);
            app.Lifetime.ApplicationStarted.Register(() => RefuseAnonymousOnNetwork(app, logger));
        }

        app.MapMessagesEndpoint(credentials, logger);
        // 200 when PlanBot can read its data, 503 with Retry-After when it cannot (a load balancer then sends requests elsewhere).
        app.MapGet("/healthz", async (HttpContext http, IDbContextFactory<PlanBotDb> dbFactory, CancellationToken ct) =>
        {
            try
            {
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                await db.Plans.AnyAsync(ct);
                return Results.Text("ok");
            }
            catch (Exception e) when (StorageFailure.Is(e))
            {
                http.Response.Headers.RetryAfter = "5";
                return Results.Text("database unreachable", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return app;
    }

    private static void RefuseAnonymousOnNetwork(WebApplication app, ILogger logger)
    {
        if (app.Services.GetRequiredService<IOptions<BotOptions>>().Value.AllowAnonymousOnNetwork) return;
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            var host = new Uri(address.Replace("*", "0.0.0.0", StringComparison.Ordinal).Replace("+", "0.0.0.0", StringComparison.Ordinal)).Host;
            if (host == "localhost" || (System.Net.IPAddress.TryParse(host.Trim('[', ']'), out var ip) && System.Net.IPAddress.IsLoopback(ip))) continue;
            Log.AnonymousOnNetworkRefused(logger, address);
            Environment.ExitCode = 3;
            app.Lifetime.StopApplication();
            return;
        }
    }
}
