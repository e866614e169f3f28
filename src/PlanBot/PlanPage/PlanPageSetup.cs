using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;

namespace PlanBot.PlanPage;

/// <summary>The plan page: a page per plan, the portfolio, the Teams tabs (personal and channel) and their data.</summary>
public static class PlanPageSetup
{
    public static IServiceCollection AddPlanPage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PlanPageOptions>().BindConfiguration("PlanBot:PlanPage").ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<Reports.ReportOptions>().BindConfiguration("PlanBot");
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PlanPageLinks>();
        services.AddSingleton<PlanPageQueries>();
        services.AddSingleton<PageShell>();
        // The data of a province's plan is ~350 KB of JSON, a lot on a phone; compressed it is a tenth of that. Over HTTPS
        // too: the page's responses reflect nothing a third party sends next to a secret (what BREACH needs).
        services.AddResponseCompression(o => o.EnableForHttps = true);
        var options = configuration.GetSection("PlanBot:PlanPage").Get<PlanPageOptions>() ?? new();
        if (!string.IsNullOrWhiteSpace(TeamsSso.ClientIdOf(options, configuration))) TeamsSso.Add(services, configuration);
        return services;
    }

    public static WebApplication MapPlanPage(this WebApplication app)
    {
        var files = Path.Combine(AppContext.BaseDirectory, "plan-page");
        if (!File.Exists(Path.Combine(files, "index.html")))
            throw new InvalidOperationException($"The plan page's files are missing in {files}: build or publish PlanBot again (they are copied from src/PlanBot/PlanPage/wwwroot).");
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/plan") || c.Request.Path.StartsWithSegments("/api/plan-page"), page => page.UseResponseCompression());
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(files),
            RequestPath = "/plan/assets",
            OnPrepareResponse = c => PageHeaders.Apply(c.Context.Response, cache: true),
        });

        // The pages: the signed link's page answers 403/410 in words when the link is not good; the tab pages sign in in Teams.
        app.MapGet("/plan/{planId:int}", (int planId, HttpContext http, PlanPageLinks links, PageShell shell) =>
            Refused(links.Check(planId, http.Request.Query["tid"], http.Request.Query["exp"], http.Request.Query["sig"]), http) ?? shell.Page(http, "index.html"));
        app.MapGet("/plan/portfolio", (HttpContext http, PlanPageLinks links, PageShell shell) =>
            Refused(links.CheckPortfolio(http.Request.Query["tid"], http.Request.Query["exp"], http.Request.Query["sig"]), http) ?? shell.Page(http, "index.html"));
        app.MapGet("/plan/tab", (HttpContext http, PageShell shell) => shell.Page(http, "index.html"));
        app.MapGet("/plan/config", (HttpContext http, PageShell shell) => shell.Page(http, "config.html"));

        // The data: a signed link's tenant, or the tenant (and user) of a valid Teams SSO token.
        var api = app.MapGroup("/api/plan-page").AddEndpointFilter((context, next) =>
        {
            context.HttpContext.Items[StartedKey] = System.Diagnostics.Stopwatch.GetTimestamp();
            return next(context);
        });
        api.MapGet("/plans/{planId:int}", async (int planId, HttpContext http, PlanPageLinks links, PlanPageQueries queries, CancellationToken ct) =>
        {
            var (tenant, refusal) = await TenantAsync(http, t => links.Check(planId, t, http.Request.Query["exp"], http.Request.Query["sig"]));
            if (refusal is not null) return refusal;
            return await queries.PlanAsync(planId, tenant!, ct) is { } data ? Data(http, data) : Problem(http, StatusCodes.Status404NotFound, "notFound");
        });
        api.MapGet("/portfolio", async (HttpContext http, PlanPageLinks links, PlanPageQueries queries, CancellationToken ct) =>
        {
            var (tenant, refusal) = await TenantAsync(http, t => links.CheckPortfolio(t, http.Request.Query["exp"], http.Request.Query["sig"]));
            if (refusal is not null) return refusal;
            var signedIn = http.Request.Headers.Authorization.Count > 0;
            var lang = RefusalPage.LanguageOf(http);
            var plans = (await queries.PortfolioAsync(tenant!, ct)).Select(p => p with
            {
                Url = signedIn ? $"/plan/tab?plan={p.Id}&lang={lang}" : links.For(p.Id, tenant!, lang).PathAndQuery,
            });
            return Data(http, plans.ToList());
        });
        api.MapGet("/mine", async (HttpContext http, PlanPageQueries queries, CancellationToken ct) =>
        {
            // Only a signed-in viewer has a "mine": a link names a plan, not a person.
            if (await ViewerAsync(http) is not { UserId: { Length: > 0 } user } viewer) return Problem(http, StatusCodes.Status401Unauthorized, "signIn");
            var mine = await queries.MineAsync(viewer.TenantId, user, ct);
            var lang = RefusalPage.LanguageOf(http);
            return Data(http, mine with { Organised = mine.Organised.Select(p => p with { Url = $"/plan/tab?plan={p.Id}&lang={lang}" }).ToList() });
        });
        return app;
    }

    /// <summary>The tenant whose data the request may read: from a valid token, else from a valid signed link.</summary>
    private static async Task<(string? Tenant, IResult? Refusal)> TenantAsync(HttpContext http, Func<string?, LinkCheck> checkLink)
    {
        if (http.Request.Headers.Authorization.Count > 0)
            return await ViewerAsync(http) is { } viewer ? (viewer.TenantId, null) : (null, Problem(http, StatusCodes.Status401Unauthorized, "signIn"));
        string? tenant = http.Request.Query["tid"];
        if (string.IsNullOrEmpty(tenant) && string.IsNullOrEmpty(http.Request.Query["sig"])) return (null, Problem(http, StatusCodes.Status401Unauthorized, "signIn"));
        return checkLink(tenant) switch
        {
            LinkCheck.Valid => (tenant, null),
            LinkCheck.Expired => (null, Problem(http, StatusCodes.Status410Gone, "linkExpired")),
            _ => (null, Problem(http, StatusCodes.Status403Forbidden, "linkInvalid")),
        };
    }

    private static async Task<PageViewer?> ViewerAsync(HttpContext http)
    {
        var schemes = http.RequestServices.GetRequiredService<IAuthenticationSchemeProvider>();
        return await schemes.GetSchemeAsync(TeamsSso.Scheme) is null ? null : await TeamsSso.ViewerAsync(http);
    }

    private static IResult? Refused(LinkCheck check, HttpContext http) => check switch
    {
        LinkCheck.Valid => null,
        LinkCheck.Expired => RefusalPage.Result(http, StatusCodes.Status410Gone),
        _ => RefusalPage.Result(http, StatusCodes.Status403Forbidden),
    };

    /// <summary>The data as JSON, with the time PlanBot spent on it (reading and serializing) in Server-Timing.</summary>
    private static IResult Data(HttpContext http, object data)
    {
        PageHeaders.Apply(http.Response, cache: false);
        var options = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(data, options);
        if (http.Items[StartedKey] is long started)
            http.Response.Headers["Server-Timing"] = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"page;dur={System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds:F1}");
        return Results.Bytes(json, "application/json; charset=utf-8");
    }

    private const string StartedKey = "PlanPage.Started";

    /// <summary>A refusal the page puts into words itself (in the viewer's language): only a code, never a developer's message.</summary>
    private static IResult Problem(HttpContext http, int status, string code)
    {
        PageHeaders.Apply(http.Response, cache: false);
        if (status == StatusCodes.Status401Unauthorized) http.Response.Headers.WWWAuthenticate = "Bearer";
        return Results.Json(new { error = code }, statusCode: status);
    }
}
