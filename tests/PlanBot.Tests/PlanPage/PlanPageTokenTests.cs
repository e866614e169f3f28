using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using PlanBot.Core.Assignments;
using PlanBot.Core.Meetings;
using PlanBot.Core.Plans;

namespace PlanBot.Tests.PlanPage;

/// <summary>
/// The Teams tab signs in with Teams SSO: PlanBot (its own process) validates the Entra token against Entra's OpenID
/// metadata, served over HTTPS by a local issuer the process trusts. A valid token shows the plans of its tenant
/// (and, on the personal tab, the units of its user); wrong audience, expired, forged, wrong issuer and missing get 401.
/// </summary>
public sealed class PlanPageTokenTests(PlanPageTokenTests.Tenants tenants) : IClassFixture<PlanPageTokenTests.Tenants>
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string Audience = "api://planbot.example.org/" + AppId;
    private const string TenantA = "aaaaaaaa-0000-0000-0000-00000000000a";
    private const string TenantB = "bbbbbbbb-0000-0000-0000-00000000000b";
    private string Token(string tenant = TenantA, string user = "oid-megan", string audience = Audience, int minutes = 30, bool forged = false, string? issuer = null) =>
        tenants.Entra.Token(tenant, user, audience, DateTimeOffset.UtcNow.AddMinutes(minutes), forged, issuer);

    private async Task<(HttpStatusCode Status, JsonNode? Body)> GetAsync(string path, string? token)
    {
        using var http = new HttpClient { BaseAddress = tenants.Bot.Url };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length > 0 && text[0] is '{' or '[' ? JsonNode.Parse(text) : null);
    }

    [Fact]
    public async Task A_valid_Teams_token_opens_a_plan_of_its_tenant()
    {
        var (status, body) = await GetAsync($"/api/plan-page/plans/{tenants.YearEnd.Id}", Token());
        Assert.True(status == HttpStatusCode.OK, $"{status}\n{tenants.Bot.Output}");
        Assert.Equal("Tổ chức Hội nghị tổng kết năm 2022", body!["plan"]!["title"]!.GetValue<string>());
        Assert.Equal(70, body["plan"]!["percent"]!.GetValue<int>());
        Assert.Equal("Phòng họp 02 - Tầng 5", body["meeting"]!["room"]!.GetValue<string>());
        Assert.Equal("accepted", body["meeting"]!["roomResponse"]!.GetValue<string>());
        Assert.Equal([("Adele Vance", "declined"), ("Megan Bowen", "accepted")],
            body["meeting"]!["attendees"]!.AsArray().Select(a => (a!["name"]!.GetValue<string>(), a["response"]!.GetValue<string>())));
        // Entra's other spellings: the app id as audience, the v1 issuer of the same tenant.
        Assert.Equal(HttpStatusCode.OK, (await GetAsync($"/api/plan-page/plans/{tenants.YearEnd.Id}", Token(audience: AppId))).Status);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync($"/api/plan-page/plans/{tenants.YearEnd.Id}", Token(issuer: $"https://sts.windows.net/{TenantA}/"))).Status);
    }

    [Fact]
    public async Task Wrong_audience_expired_forged_foreign_issuer_and_missing_tokens_get_401()
    {
        var path = $"/api/plan-page/plans/{tenants.YearEnd.Id}";
        var refused = new Dictionary<string, string?>
        {
            ["wrong audience"] = Token(audience: "api://planbot.example.org/99999999-0000-0000-0000-000000000000"),
            ["another host's audience"] = Token(audience: "api://evil.example/" + AppId),
            ["expired"] = Token(minutes: -10),
            ["forged"] = Token(forged: true),
            ["issuer of another tenant than its tid"] = Token(issuer: FakeEntraIssuer.V2Issuer(TenantB)),
            ["not a token"] = "not-a-jwt",
            ["missing"] = null,
        };
        foreach (var (name, token) in refused)
        {
            var (status, body) = await GetAsync(path, token);
            Assert.True(status == HttpStatusCode.Unauthorized, $"{name}: {status}");
            Assert.Equal("signIn", body?["error"]?.GetValue<string>());
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/api/plan-page/portfolio", Token(forged: true))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/api/plan-page/mine", Token(minutes: -10))).Status);
        // The service still answers a good token afterwards.
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(path, Token())).Status);
    }

    [Fact]
    public async Task A_user_of_another_tenant_sees_none_of_the_plans()
    {
        var other = Token(tenant: TenantB);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync($"/api/plan-page/plans/{tenants.YearEnd.Id}", other)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync($"/api/plan-page/plans/{tenants.Budget.Id}", other)).Status);
        var (_, portfolio) = await GetAsync("/api/plan-page/portfolio", other);
        Assert.Equal([tenants.OtherTenants.Id], portfolio!.AsArray().Select(p => p!["id"]!.GetValue<int>()));
        var (_, mine) = await GetAsync("/api/plan-page/mine", other);
        Assert.Equal([tenants.OtherTenants.Id], mine!["units"]!.AsArray().Select(u => u!["planId"]!.GetValue<int>()));

        var (_, ours) = await GetAsync("/api/plan-page/portfolio", Token());
        Assert.Equal([tenants.Budget.Id, tenants.YearEnd.Id], ours!.AsArray().Select(p => p!["id"]!.GetValue<int>()));
        Assert.Equal($"/plan/tab?plan={tenants.Budget.Id}&lang=vi", ours[0]!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_personal_tab_shows_the_units_I_answer_for_and_the_plans_I_organise()
    {
        var (status, mine) = await GetAsync("/api/plan-page/mine", Token(user: "oid-megan"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([(tenants.Budget.Id, "Văn phòng Sở"), (tenants.YearEnd.Id, "Văn phòng Sở")],
            mine!["units"]!.AsArray().Select(u => (u!["planId"]!.GetValue<int>(), u["unit"]!["name"]!.GetValue<string>())));
        Assert.Equal([tenants.Budget.Id], mine["organised"]!.AsArray().Select(p => p!["id"]!.GetValue<int>()));

        var (_, organizer) = await GetAsync("/api/plan-page/mine", Token(user: "oid-organizer"));
        Assert.Empty(organizer!["units"]!.AsArray());
        Assert.Equal([tenants.YearEnd.Id], organizer["organised"]!.AsArray().Select(p => p!["id"]!.GetValue<int>()));
    }

    /// <summary>One PlanBot with Teams SSO and the plans of two organisations, shared by the tests (they only read).</summary>
    public sealed class Tenants : IAsyncLifetime
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("planbot-page-tokens-").FullName;
        public FakeEntraIssuer Entra { get; private set; } = null!;
        public PlanBotProcess Bot { get; private set; } = null!;
        public Plan YearEnd { get; private set; } = null!;
        public Plan Budget { get; private set; } = null!;
        public Plan OtherTenants { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Entra = await FakeEntraIssuer.StartAsync(_folder);
            var connection = TestDatabase.NewConnectionString(_folder);
            Bot = await PlanBotProcess.StartAsync(connection, new()
            {
                ["MicrosoftAppId"] = AppId, ["MicrosoftAppPassword"] = "not-a-real-secret", ["MicrosoftAppType"] = "MultiTenant",
                ["PlanBot__PublicBaseUrl"] = "https://planbot.example.org",
                ["PlanBot__PlanPage__OpenIdMetadataUrl"] = Entra.MetadataUrl,
                ["SSL_CERT_FILE"] = Entra.TrustBundle,
            });
            await using var db = TestDatabase.Open(connection);
            YearEnd = NewPlan(TenantA, "Tổ chức Hội nghị tổng kết năm 2022", "oid-organizer", ("Văn phòng Sở", WorkStatus.InProgress, 40), ("Công đoàn Sở", WorkStatus.Done, 100));
            Budget = NewPlan(TenantA, "Lập dự toán ngân sách năm 2023", "oid-megan", ("Văn phòng Sở", WorkStatus.NotStarted, 0));
            OtherTenants = NewPlan(TenantB, "Kế hoạch của một sở khác", "oid-someone", ("Văn phòng Sở", WorkStatus.Blocked, 10));
            db.Plans.AddRange(YearEnd, Budget, OtherTenants);
            db.UnitMembers.Add(new UnitMember { TenantId = TenantA, UnitKey = UnitMember.KeyOf("Văn phòng Sở"), UnitName = "Văn phòng Sở", UserId = "oid-megan", UserName = "Megan Bowen", Role = UnitRole.Responsible });
            db.UnitMembers.Add(new UnitMember { TenantId = TenantB, UnitKey = UnitMember.KeyOf("Văn phòng Sở"), UnitName = "Văn phòng Sở", UserId = "oid-megan", UserName = "Megan Bowen", Role = UnitRole.Responsible });
            await db.SaveChangesAsync();
            db.Meetings.Add(new Meeting
            {
                PlanId = YearEnd.Id, RoomEmail = "phonghop02@example.org", RoomName = "Phòng họp 02 - Tầng 5", State = MeetingState.Booked, Uid = "uid-1",
                Start = new DateTime(2023, 1, 5, 1, 0, 0, DateTimeKind.Utc), End = new DateTime(2023, 1, 5, 5, 0, 0, DateTimeKind.Utc), RoomResponse = AttendeeResponse.Accepted,
                Attendees = [new MeetingAttendee { Name = "Megan Bowen", Response = AttendeeResponse.Accepted }, new MeetingAttendee { Name = "Adele Vance", Response = AttendeeResponse.Declined }],
            });
            await db.SaveChangesAsync();
        }

        public async Task DisposeAsync()
        {
            await Bot.DisposeAsync();
            await Entra.DisposeAsync();
        }

        private static Plan NewPlan(string tenant, string title, string organizer, params (string Unit, WorkStatus Status, int Percent)[] units) => new()
        {
            TenantId = tenant, Title = title, OrganizerId = organizer, ConversationId = "19:channel", ServiceUrl = "https://smba.trafficmanager.net/apac/",
            CreatedAt = DateTimeOffset.UtcNow, EventStartDate = new DateOnly(2023, 1, 5),
            Units = units.Select((u, i) => new PlanUnit { Name = u.Unit, Order = i, Tasks = [new PlanTask { Description = "Nhiệm vụ của " + u.Unit, Status = u.Status, Percent = u.Percent }] }).ToList(),
        };
    }
}
