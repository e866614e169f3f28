using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PlanBot.Core.Localization;
using PlanBot.PlanPage;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.PlanPage;

/// <summary>
/// The signed link that opens a plan's page outside Teams: it opens that plan of that tenant until it expires; a
/// changed signature, plan, tenant or expiry is refused with 403 and an expired link with 410, in words.
/// </summary>
public sealed class PlanPageLinkTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private BotHost _bot = null!;
    private Core.Plans.Plan _plan = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHost.StartAsync(clock: _clock);
        _plan = await AnsweredPlan.SaveAsync(_bot);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private PlanPageLinks Links => _bot.Services.GetRequiredService<PlanPageLinks>();

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string pathAndQuery)
    {
        using var response = await _bot.Client.GetAsync(pathAndQuery);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string Api(Uri link) => "/api/plan-page/plans/" + link.AbsolutePath.Split('/').Last() + link.Query;

    private static string Replace(Uri link, string name, string value)
    {
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        query[name] = value;
        return link.AbsolutePath + "?" + query;
    }

    [Fact]
    public async Task A_valid_link_opens_the_page_and_its_data()
    {
        var link = Links.For(_plan);
        // Where PlanBot listens: no PublicBaseUrl here.
        Assert.StartsWith(_bot.Client.BaseAddress!.GetLeftPart(UriPartial.Authority) + "/plan/", link.ToString());
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(link.PathAndQuery)).Status);
        var (status, body) = await GetAsync(Api(link));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(_plan.Title, JsonNode.Parse(body)!["plan"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_tampered_link_is_refused_with_403_in_words()
    {
        var link = Links.For(_plan);
        var signature = System.Web.HttpUtility.ParseQueryString(link.Query)["sig"]!;
        var tampered = new[]
        {
            Replace(link, "sig", (signature[0] == 'A' ? 'B' : 'A') + signature[1..]),
            Replace(link, "tid", "tenant-2"),
            Replace(link, "exp", (long.Parse(System.Web.HttpUtility.ParseQueryString(link.Query)["exp"]!, System.Globalization.CultureInfo.InvariantCulture) + 86400).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Replace(link, "sig", ""),
            link.PathAndQuery.Replace($"/plan/{_plan.Id}?", $"/plan/{_plan.Id + 1}?", StringComparison.Ordinal), // another plan with this plan's signature
        };
        foreach (var path in tampered)
        {
            var (status, body) = await GetAsync(path);
            Assert.True(status == HttpStatusCode.Forbidden, $"{path}: {status}");
            Assert.Contains(System.Net.WebUtility.HtmlEncode(Texts.Vi.PageLinkInvalid), body);
            Assert.DoesNotContain("Exception", body);
            Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync("/api/plan-page/plans/" + path.Split('/')[2])).Status);
        }
        // The link of the portfolio does not open a plan, nor a plan's link the portfolio.
        var portfolio = Links.ForPortfolio(_plan.TenantId);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync($"/plan/{_plan.Id}{portfolio.Query}")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync("/plan/portfolio" + link.Query)).Status);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(portfolio.PathAndQuery)).Status);
        // No link at all: the data asks for a sign-in.
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync($"/api/plan-page/plans/{_plan.Id}")).Status);
    }

    [Fact]
    public async Task An_expired_link_is_refused_with_410_in_the_links_language()
    {
        var link = Links.For(_plan, "en");
        _clock.Advance(TimeSpan.FromDays(29));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(link.PathAndQuery)).Status);
        _clock.Advance(TimeSpan.FromDays(1.1));
        var (status, body) = await GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.Gone, status);
        Assert.Contains(Texts.En.PageLinkExpired, body);
        Assert.Contains("<html lang=\"en\">", body);
        var (apiStatus, apiBody) = await GetAsync(Api(link));
        Assert.Equal(HttpStatusCode.Gone, apiStatus);
        Assert.Equal("linkExpired", JsonNode.Parse(apiBody)!["error"]!.GetValue<string>());
        // A fresh link works again.
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(Links.For(_plan).PathAndQuery)).Status);
    }
}
