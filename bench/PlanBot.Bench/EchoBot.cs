using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace PlanBot.Bench;

/// <summary>
/// The ceiling of the stack on this machine: a bot on the same SDK (CloudAdapter, anonymous) that answers
/// every adaptiveCard/action invoke with a small card and does nothing else. Run as its own process.
/// </summary>
public static class EchoBot
{
    public static async Task<int> RunAsync(string url)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection().Build();
        builder.Services.AddSingleton<BotFrameworkAuthentication>(new ConfigurationBotFrameworkAuthentication(configuration));
        builder.Services.AddSingleton(sp => new CloudAdapter(sp.GetRequiredService<BotFrameworkAuthentication>()));
        builder.Services.AddSingleton<IBot, EchoHandler>();
        var app = builder.Build();
        app.MapPost("/api/messages", (HttpContext http, CloudAdapter adapter, IBot bot) => adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted));
        app.MapGet("/healthz", () => "ok");
        await app.RunAsync();
        return 0;
    }

    private sealed class EchoHandler : ActivityHandler
    {
        private static readonly JObject Card = JObject.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"ok"}]}""");

        protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken) =>
            Task.FromResult(new AdaptiveCardInvokeResponse { StatusCode = 200, Type = "application/vnd.microsoft.card.adaptive", Value = Card });
    }
}
