using System.Text.Json;
using System.Text.Json.Nodes;
using PlanBot.Core.Cards;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Cards;

/// <summary>
/// Every template in cards/ expanded by PlanBot's binder equals the expansion by the official
/// engine (npm adaptivecards-templating) on the same data, and parses cleanly with the official
/// renderer (npm adaptivecards) as a version 1.5 card.
/// </summary>
public sealed class CardTemplateTests
{
    private static readonly CardLibrary Library = new(Repo.Cards);

    private static readonly Lazy<Dictionary<string, (JsonNode? Expanded, List<string> Errors)>> Official = new(RunOfficialEngine);

    public static TheoryData<string> SampleNames() => new(CardSamples.All().Select(s => s.Name));

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Binder_expands_like_the_official_engine(string sample)
    {
        var (_, template, data) = CardSamples.All().Single(s => s.Name == sample);
        var ours = Library.Render(template, data);
        var official = Official.Value[sample];
        Assert.True(JsonNode.DeepEquals(official.Expanded, ours),
            $"binder and adaptivecards-templating differ for {sample}:\nours:     {ours.ToJsonString()}\nofficial: {official.Expanded?.ToJsonString()}");
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Expanded_card_parses_without_errors_or_warnings_as_version_1_5(string sample)
    {
        var (errors, card) = (Official.Value[sample].Errors, Official.Value[sample].Expanded);
        Assert.Empty(errors);
        Assert.Equal("1.5", card?["version"]?.GetValue<string>());
        Assert.DoesNotContain("${", card!.ToJsonString(), StringComparison.Ordinal);
        Assert.True(card.ToJsonString().Length < 80_000, "card exceeds 80 KB");
    }

    [Fact]
    public void Every_template_in_cards_has_a_sample()
    {
        var sampled = CardSamples.All().Select(s => s.Template).ToHashSet();
        Assert.All(Library.Names, name => Assert.Contains(name, sampled));
    }

    [Fact]
    public void A_missing_field_stays_literal_and_an_unknown_function_is_an_error_like_the_official_engine()
    {
        var template = CardTemplate.Parse("""{"a":"${missing}","b":"x ${missing} y","c":"${n}","d":"${count(list)} ${!flag}"}""");
        var result = template.Expand(JsonNode.Parse("""{"n":5,"list":[1,2],"flag":true}"""));
        Assert.Equal("""{"a":"${missing}","b":"x ${missing} y","c":5,"d":"2 false"}""", result.ToJsonString());
        Assert.Throws<FormatException>(() => CardTemplate.Parse("""{"a":"${nosuch(1)}"}""").Expand(JsonNode.Parse("{}")));
    }

    private static Dictionary<string, (JsonNode?, List<string>)> RunOfficialEngine()
    {
        var cases = new JsonArray(CardSamples.All().Select(s => (JsonNode)new JsonObject
        {
            ["name"] = s.Name,
            ["template"] = JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Cards, s.Template + ".json"))),
            ["data"] = JsonSerializer.SerializeToNode(s.Data, CardLibrary.DataOptions),
        }).ToArray());
        var output = JsonNode.Parse(Repo.RunNode("expand-cards.js", cases.ToJsonString()))!.AsArray();
        return output.ToDictionary(
            r => r!["name"]!.GetValue<string>(),
            r => (r!["expanded"], r["errors"]!.AsArray().Select(e => e!.GetValue<string>()).ToList()));
    }
}
