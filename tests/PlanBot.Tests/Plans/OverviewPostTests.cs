using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PlanBot.Core.Plans;
using PlanBot.Tests.Support;
using PlanBot.Tests.Teams;

namespace PlanBot.Tests.Plans;

/// <summary>
/// Every overview card of a plan tells the truth wherever it was posted: the channel it was saved in, a personal
/// chat where someone typed "xem N", after assignment and after every answer. Through /api/messages and a fake connector.
/// </summary>
public sealed class OverviewPostTests : IAsyncLifetime
{
    private const string Group = "group-1";
    private BotHost _bot = null!;
    private static readonly string SeedText = File.ReadAllText(Repo.SeedPlan);

    public async Task InitializeAsync()
    {
        _bot = await BotHost.StartAsync(new() { ["PlanBot:Sending:LeaseSeconds"] = "10", ["PlanBot:Sending:SendTimeoutSeconds"] = "3" });
        _bot.Connector.Members.AddRange([User.Alex.AsMember(), User.Megan.AsMember(), User.Adele.AsMember()]);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    /// <summary>Alex pastes the seed plan in <paramref name="conversation"/> and saves it; returns the plan and its overview message.</summary>
    private async Task<(Plan Plan, SentActivity Overview)> SaveSeedAsync(string conversation, string type)
    {
        var understood = Assert.Single(await _bot.SayAsync(_bot.Activities.Message(SeedText, conversationId: conversation, conversationType: type)));
        var before = _bot.Connector.Messages.Count;
        var save = new JsonObject { ["draftId"] = PlanConversationTests.DraftIdOf(understood) };
        await _bot.InvokeAsync(_bot.Activities.Execute("plan.save", save, conversationId: conversation, conversationType: type));
        var overview = await Eventually.Until(
            () => _bot.Connector.Messages.Skip(before)
                .FirstOrDefault(m => m.ConversationId == conversation && m.Visible.Contains("Tiến độ chung", StringComparison.Ordinal)),
            m => m is not null, Eventually.Timeout, _ => _bot.Connector.Seen());
        var plan = await _bot.WithDbAsync(db => db.Plans.Include(p => p.Units).ThenInclude(u => u.Tasks).OrderByDescending(p => p.Id).FirstAsync());
        return (plan, overview!);
    }

    private async Task AssignMeganToOfficeAsync(Plan plan, string conversation, string type)
    {
        var office = plan.Units.Single(u => u.Name == "Văn phòng Sở");
        await _bot.SayAsync(_bot.Activities.Message($"phân công {plan.Id}", conversationId: conversation, conversationType: type)); // reads the chat's members
        var (status, _) = await _bot.InvokeAsync(_bot.Activities.Execute("assign.save",
            new JsonObject { ["planId"] = plan.Id, [$"responsible-{office.Id}"] = "aad-megan" }, conversationId: conversation, conversationType: type));
        Assert.Equal(200, status);
    }

    private async Task MeganAnswersAsync(Plan plan, string status)
    {
        var office = plan.Units.Single(u => u.Name == "Văn phòng Sở");
        var task = office.Tasks.OrderBy(t => t.Order).First();
        var (code, _) = await _bot.InvokeAsync(_bot.Activities.Execute("status.save", new JsonObject
        {
            ["planId"] = plan.Id, ["unitId"] = office.Id, [$"status-{task.Id}"] = status, [$"percent-{task.Id}"] = "40", [$"note-{task.Id}"] = "",
        }, User.Megan, "personal-megan"));
        Assert.Equal(200, code);
    }

    private Task<SentActivity> UpdateOfAsync(string activityId, string text) =>
        _bot.Connector.WaitForAsync(s => s.Method == "PUT" && s.Id == activityId && s.Visible.Contains(text, StringComparison.Ordinal));

    [Fact]
    public async Task The_overview_posted_on_saving_and_on_show_names_who_answers_for_each_unit()
    {
        var (first, _) = await SaveSeedAsync("personal-alex", "personal");
        await AssignMeganToOfficeAsync(first, "personal-alex", "personal");

        var shown = Assert.Single(await _bot.SayAsync(_bot.Activities.Message($"xem {first.Id}")));
        Assert.Contains("Phụ trách: Megan Bowen", shown.Visible);
        // Its link to the plan page points where PlanBot listens (no PublicBaseUrl is set here), not at port 3978.
        var page = shown.Card!.ToJsonString().Split('"').First(s => s.Contains("/plan/", StringComparison.Ordinal));
        Assert.StartsWith(_bot.Client.BaseAddress!.GetLeftPart(UriPartial.Authority) + "/plan/", page, StringComparison.Ordinal);

        // People answer for a unit in every plan of the organisation naming it: a second plan's card says so at once.
        var (_, second) = await SaveSeedAsync("personal-alex", "personal");
        Assert.Contains("Phụ trách: Megan Bowen", second.Visible);
    }

    [Fact]
    public async Task Every_posted_overview_stays_current_in_the_group_and_in_a_personal_chat()
    {
        var (plan, inGroup) = await SaveSeedAsync(Group, "groupChat");
        var inPersonal = Assert.Single(await _bot.SayAsync(_bot.Activities.Message($"xem {plan.Id}")));
        await AssignMeganToOfficeAsync(plan, "personal-alex", "personal");

        await MeganAnswersAsync(plan, "inProgress");

        var group = await UpdateOfAsync(inGroup.Id, "Đang thực hiện");
        var personal = await UpdateOfAsync(inPersonal.Id, "Đang thực hiện");
        Assert.Equal(Group, group.ConversationId);
        Assert.Equal("personal-alex", personal.ConversationId);
        Assert.Contains("Phụ trách: Megan Bowen", group.Visible);
        Assert.Contains("Phụ trách: Megan Bowen", personal.Visible);
        // "xem N" in a personal chat did not take the plan away from the group: a command there still means it.
        var report = await _bot.SayAsync(_bot.Activities.Message("báo cáo", conversationId: Group, conversationType: "groupChat"));
        Assert.Contains(report, m => m.Visible.Contains(plan.Title, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Showing_a_plan_again_in_the_same_chat_retires_the_older_card()
    {
        var (plan, saved) = await SaveSeedAsync("personal-alex", "personal");
        var again = Assert.Single(await _bot.SayAsync(_bot.Activities.Message($"xem {plan.Id}")));

        var retired = await UpdateOfAsync(saved.Id, "không còn được cập nhật");
        Assert.Contains($"xem {plan.Id}", retired.Visible);
        Assert.DoesNotContain("Tiến độ chung", retired.Visible);

        await AssignMeganToOfficeAsync(plan, "personal-alex", "personal");
        await MeganAnswersAsync(plan, "blocked");
        await UpdateOfAsync(again.Id, "Vướng mắc");
        // The retired card keeps its notice: it was not drawn over with the overview again.
        Assert.DoesNotContain(_bot.Connector.Sent, s => s.Method == "PUT" && s.Id == saved.Id && s.Visible.Contains("Tiến độ chung", StringComparison.Ordinal));
        Assert.Equal(1, await _bot.WithDbAsync(db => db.OverviewPosts.CountAsync()));
    }
}

/// <summary>A plan saved before overview posts existed keeps its card current after the upgrade.</summary>
public sealed class OverviewPostMigrationTests
{
    [Fact]
    public async Task A_plan_saved_before_the_upgrade_keeps_its_overview_in_its_organizers_language()
    {
        var folder = Directory.CreateTempSubdirectory("planbot-migration-").FullName;
        var connection = TestDatabase.NewConnectionString(folder);
        await using (var db = TestDatabase.Open(connection))
        {
            await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().Last(m => m.EndsWith("_TaskCoordination", StringComparison.Ordinal)));
            // An empty list of strings; braces are doubled because raw SQL is a format string.
            var none = db.Database.ProviderName!.Contains("Npgsql", StringComparison.Ordinal) ? "{{}}" : "[]";
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Plans" ("TenantId", "Title", "EventTentative", "Purposes", "Agenda", "Participants", "Recipients", "OrganizerId",
                                     "CreatedAt", "ConversationId", "ServiceUrl", "ReminderDaysBefore", "ReminderTime", "RemindersPaused", "OverviewActivityId")
                VALUES ('tenant-1', 'Kế hoạch cũ', FALSE, 'NONE', 'NONE', 'NONE', 'NONE', 'aad-alex', '2026-11-20 08:00:00+00:00', 'channel-old',
                        'https://smba.example/', '3,0', '08:00:00', FALSE, 'activity-old');
                INSERT INTO "UserSettings" ("UserId", "Language") VALUES ('aad-alex', 'en');
                """.Replace("'NONE'", "'" + none + "'", StringComparison.Ordinal));
            await db.Database.MigrateAsync();
        }
        await using (var db = TestDatabase.Open(connection))
        {
            var post = await db.OverviewPosts.SingleAsync();
            Assert.Equal(("channel-old", "activity-old", "en", "https://smba.example/"),
                (post.ConversationId, post.ActivityId, post.Language, post.ServiceUrl));
            Assert.Equal(await db.Plans.Select(p => p.Id).SingleAsync(), post.PlanId);
            await db.Database.EnsureDeletedAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, true); } catch (IOException) { }
    }
}
