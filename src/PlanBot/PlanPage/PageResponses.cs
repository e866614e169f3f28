using System.Net;
using PlanBot.Core.Localization;

namespace PlanBot.PlanPage;

/// <summary>
/// Headers of everything the page serves: scripts and styles only from PlanBot itself (no inline script), framed only by
/// PlanBot and Teams (web, Outlook, Microsoft 365), and no Referer, so a signed link never leaks to another site.
/// </summary>
public static class PageHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; "
        + "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.office.com https://*.cloud.microsoft";

    public static void Apply(HttpResponse response, bool cache)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.CacheControl = cache ? "public, max-age=300" : "no-store";
    }
}

/// <summary>The page's HTML files, with the viewer's language filled in.</summary>
public sealed class PageShell
{
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);

    public IResult Page(HttpContext http, string file)
    {
        string html;
        lock (_files)
        {
            if (!_files.TryGetValue(file, out var cached))
                _files[file] = cached = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "plan-page", file));
            html = cached;
        }
        PageHeaders.Apply(http.Response, cache: false);
        return Results.Content(html.Replace("{{lang}}", RefusalPage.LanguageOf(http), StringComparison.Ordinal), "text/html; charset=utf-8");
    }
}

/// <summary>A refused link explained in words, in the link's language (plain HTML, no script).</summary>
public static class RefusalPage
{
    public static string LanguageOf(HttpContext http) =>
        http.Request.Query["lang"] == "en" || (http.Request.Query["lang"].Count == 0 && http.Request.Headers.AcceptLanguage.ToString().StartsWith("en", StringComparison.OrdinalIgnoreCase)) ? "en" : "vi";

    public static IResult Result(HttpContext http, int status)
    {
        var lang = LanguageOf(http);
        var t = lang == "en" ? Texts.En : Texts.Vi;
        var message = status switch
        {
            StatusCodes.Status410Gone => t.PageLinkExpired,
            StatusCodes.Status404NotFound => t.PageNotFound,
            _ => t.PageLinkInvalid,
        };
        PageHeaders.Apply(http.Response, cache: false);
        var html = $"""
            <!doctype html>
            <html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{WebUtility.HtmlEncode(t.PageTitle)}</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/plan/assets/plan.css"></head>
            <body><main class="refusal"><h1>{WebUtility.HtmlEncode(t.PageTitle)}</h1>
            <p role="alert">{WebUtility.HtmlEncode(message)}</p><p>{WebUtility.HtmlEncode(t.PageAskAgain)}</p></main></body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
    }
}
