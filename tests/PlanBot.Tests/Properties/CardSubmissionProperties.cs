using System.Globalization;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.EntityFrameworkCore;
using PlanBot.Tests.Support;
using PlanBot.Tests.Teams;

namespace PlanBot.Tests.Properties;

/// <summary>
/// Generated submissions of every card verb — values outside the choices, wrong JSON types, huge strings, ids of
/// other plans, units, tasks, meetings and drafts — from someone who may not make them (Adele: no plan, no unit, no
/// invitation), as Action.Execute invokes: each gets an answer (a message or a card), never a 5xx, and no table changes.
/// </summary>
public sealed class CardSubmissionProperties : IAsyncLifetime
{
    private BotHost _bot = null!;
    private World _world = null!;

    private sealed record World(int[] PlanIds, int[] UnitIds, int[] TaskIds, int[] MeetingIds, string[] DraftIds);

    private sealed record Submission(string Verb, JsonObject Data)
    {
        public override string ToString()
        {
            var text = Data.ToJsonString();
            return $"{Verb} {(text.Length > 400 ? text[..400] + "…" : text)}";
        }
    }

    public async Task InitializeAsync()
    {
        // Sunday night in Hanoi: no reminder run writes anything while the property runs.
        _bot = await BotHost.StartAsync(clock: FakeTime.Clock(new DateTimeOffset(2026, 12, 6, 15, 0, 0, TimeSpan.Zero)));
        _bot.Connector.Members.AddRange([User.Alex.AsMember(), User.Megan.AsMember()]);
        var seed = File.ReadAllText(Repo.SeedPlan);
        var alexDraft = PlanConversationTests.DraftIdOf(Assert.Single(await _bot.SayAsync(_bot.Activities.Message(seed))));
        await _bot.InvokeAsync(_bot.Activities.Execute("plan.save", new JsonObject { ["draftId"] = alexDraft }));
        var megansDraft = PlanConversationTests.DraftIdOf(Assert.Single(await _bot.SayAsync(_bot.Activities.Message(seed, User.Megan, "personal-megan"))));
        await _bot.InvokeAsync(_bot.Activities.Execute("plan.save", new JsonObject { ["draftId"] = megansDraft }, User.Megan, "personal-megan"));
        var openDraft = PlanConversationTests.DraftIdOf(Assert.Single(await _bot.SayAsync(_bot.Activities.Message(seed))));
        var plans = await _bot.WithDbAsync(db => db.Plans.Include(p => p.Units).ThenInclude(u => u.Tasks).OrderBy(p => p.Id).ToListAsync());
        await _bot.InvokeAsync(_bot.Activities.Execute("assign.save", new JsonObject { ["planId"] = plans[0].Id, [$"responsible-{plans[0].Units[0].Id}"] = "aad-megan" }));
        var start = new DateTime(2026, 12, 8, 1, 0, 0, DateTimeKind.Utc);
        var (_, booked) = await _bot.InvokeAsync(_bot.Activities.Execute("meeting.book", new JsonObject
        {
            ["planId"] = plans[1].Id, ["roomEmail"] = "phonghop02-tang5@so-khcn.local",
            ["start"] = start.Ticks.ToString(CultureInfo.InvariantCulture), ["end"] = start.AddHours(2).Ticks.ToString(CultureInfo.InvariantCulture),
        }, User.Megan, "personal-megan"));
        Assert.Contains("Cuộc họp", booked?.ToReadableJson());
        var meetings = await _bot.WithDbAsync(db => db.Meetings.Select(m => m.Id).ToArrayAsync());
        _world = new World(plans.Select(p => p.Id).ToArray(), plans.SelectMany(p => p.Units).Select(u => u.Id).ToArray(),
            plans.SelectMany(p => p.Units).SelectMany(u => u.Tasks).Select(t => t.Id).ToArray(), meetings, [alexDraft, megansDraft, openDraft]);
        // The invitations go out before the snapshots are compared.
        await _bot.SettledAsync(TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private static readonly string[] Verbs = ["plan.save", "plan.cancel", "plan.show", "status.save", "status.open", "status.request", "assign.open", "assign.save", "meeting.time", "meeting.book", "meeting.cancel", "invite.respond"];

    private Gen<JsonNode?> Ids() => Gen.OneOf(
        Gen.Elements(_world.PlanIds.Concat(_world.UnitIds).Concat(_world.TaskIds).Concat(_world.MeetingIds).ToArray()).Select(i => (JsonNode?)i),
        Gen.Elements(_world.PlanIds.Concat(_world.UnitIds).Concat(_world.TaskIds).Concat(_world.MeetingIds).ToArray()).Select(i => (JsonNode?)i.ToString(CultureInfo.InvariantCulture)),
        Gen.Elements(_world.DraftIds).Select(d => (JsonNode?)d),
        Gen.Elements<JsonNode?>(-1, 0, int.MaxValue, long.MaxValue, "99999999999999999999", "1e3", "NaN", " 1", "01", 1.5, Guid.NewGuid().ToString(), Guid.Empty.ToString()));

    private static Gen<JsonNode?> Values() => Gen.OneOf(
        Gen.Elements<JsonNode?>(null, true, false, 0, -5, 101, 1e308, double.MinValue, "", " ", "notStarted", "done", "blocked", "Hoàn thành", "accepted", "maybe", "declined ",
            "2023-01-05", "31/12/9999", "0001-01-01", "9999-12-31", "2026-12-07", "23:59", "24:00", "08:00", "7:5", "0.5", "10", "10.5", "2000", "2001", "-1",
            "phonghop02-tang5@so-khcn.local", "aad-megan", "aad-alex", "alex@example.org, bad, ", "0", "640295748000000000", "3155378975999999999", "-640295748000000000"),
        Gen.Choose(1, 120).Select(k => (JsonNode?)new string('ư', k * 1000)), // several of them pass the 512 KB limit: 413
        Gen.Constant<JsonNode?>(new JsonArray("done", 1)),
        Gen.Constant<JsonNode?>(new JsonObject { ["value"] = "done" }),
        ArbMap.Default.GeneratorFor<string>().Select(s => (JsonNode?)s));

    private Gen<Submission> Submissions() =>
        from verb in Gen.Elements(Verbs)
        from unit in Gen.Elements(_world.UnitIds)
        from task in Gen.Elements(_world.TaskIds)
        from names in Gen.SubListOf<string>([ "draftId", "planId", "unitId", "meetingId", "title", "eventDate", "startTime", "venue", $"status-{task}", $"percent-{task}", $"note-{task}",
            $"responsible-{unit}", $"deputies-{unit}", $"emails-{unit}", "date", "start", "end", "hours", "seats", "roomEmail", "extra", "response", "verb" ])
        from ids in Gen.ArrayOf(Ids(), names.Count)
        from values in Gen.ArrayOf(Values(), names.Count)
        from pick in Gen.ArrayOf(Gen.Elements(true, false), names.Count)
        select new Submission(verb, Data(names, ids, values, pick));

    private static JsonObject Data(List<string> names, JsonNode?[] ids, JsonNode?[] values, bool[] pickId)
    {
        var data = new JsonObject();
        for (var i = 0; i < names.Count; i++)
            data[names[i]] = (names[i].EndsWith("Id", StringComparison.Ordinal) && pickId[i] ? ids[i] : values[i])?.DeepClone();
        return data;
    }

    /// <summary>Every table a card action can change, row by row (who PlanBot has seen and reminder slots are not the submission's doing).</summary>
    private Task<string> SnapshotAsync() => _bot.WithDbAsync(async db =>
    {
        // Through the test's own database (SQLite or PostgreSQL): the tables of the model, each read row by row.
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        // "Show" posts the overview card where it was asked for (OverviewPosts): where the plan's cards live is not the plan.
        // The outbox's dispatch lease beats every second whatever the submissions do.
        string[] skipped = ["Users", "Conversations", "UserSettings", "ReminderSlots", "OverviewPosts", "OutboxDispatchLeases"];
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct()
            .Where(n => !skipped.Contains(n)).Order(StringComparer.Ordinal).ToList();
        var text = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
            await using var reader = await select.ExecuteReaderAsync();
            text.Append('#').AppendLine(table);
            while (await reader.ReadAsync())
            {
                for (var c = 0; c < reader.FieldCount; c++)
                {
                    text.Append(reader.GetName(c)).Append('=').Append(reader.IsDBNull(c) ? "∅" : Convert.ToString(reader.GetValue(c), CultureInfo.InvariantCulture)).Append(';');
                }
                text.AppendLine();
            }
        }
        return text.ToString();
    });

    [Fact]
    public void Every_generated_submission_is_answered_and_changes_nothing()
    {
        var before = PropertyRuns.Run(SnapshotAsync);
        PropertyRuns.Check("card submissions", 150, Submissions(), s => PropertyRuns.Run(async () =>
        {
            var (status, body) = await _bot.InvokeAsync(_bot.Activities.Execute(s.Verb, s.Data, User.Adele, "personal-adele"));
            // A message or a card; or, for a body past the front door's 512 KB, 413.
            var answered = status == 413 || (status == 200 && body?["type"]?.GetValue<string>() is "application/vnd.microsoft.activity.message" or "application/vnd.microsoft.card.adaptive");
            var after = await SnapshotAsync();
            Assert.True(answered, $"{status} {body?.ToJsonString()}");
            Assert.Equal(before, after);
            return true;
        }), s => s.ToString());
    }
}
