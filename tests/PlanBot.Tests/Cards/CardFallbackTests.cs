using System.Text.Json.Nodes;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Cards;

/// <summary>
/// Every Action.Execute in cards/ carries an Action.Submit fallback for clients without Execute. The two are written
/// side by side by hand, so this checks they agree: same title and inputs, and the Submit's data is the Execute's data
/// with its verb (how the bot routes a Submit) — a fallback that drifted would send another verb or other ids.
/// </summary>
public sealed class CardFallbackTests
{
    public static TheoryData<string> Templates()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Repo.Cards, "*.json").Order()) data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_Execute_fallback_is_the_same_action_as_a_Submit(string template)
    {
        var card = JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Cards, template)))!;
        foreach (var execute in Executes(card))
        {
            var verb = execute["verb"]!.GetValue<string>();
            var fallback = execute["fallback"];
            Assert.True(fallback is JsonObject, $"{template}: {verb} has no Action.Submit fallback");
            Assert.Equal("Action.Submit", fallback!["type"]!.GetValue<string>());
            Assert.Equal(execute["title"]?.ToJsonString(), fallback["title"]?.ToJsonString());
            Assert.Equal(execute["associatedInputs"]?.ToJsonString(), fallback["associatedInputs"]?.ToJsonString());
            var expected = (execute["data"] as JsonObject ?? []).DeepClone().AsObject();
            expected["verb"] = verb;
            Assert.True(JsonNode.DeepEquals(expected, fallback["data"]), $"{template}: {verb}'s fallback data {fallback["data"]?.ToJsonString()} is not {expected.ToJsonString()}");
        }
    }

    [Fact]
    public void The_check_reads_the_cards_actions()
    {
        var overview = JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Cards, "plan-overview.json")))!;
        Assert.True(Executes(overview).Count() >= 3);
    }

    private static IEnumerable<JsonObject> Executes(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Action.Execute" => [o],
        JsonObject o => o.SelectMany(kv => Executes(kv.Value)),
        JsonArray a => a.SelectMany(Executes),
        _ => [],
    };
}
