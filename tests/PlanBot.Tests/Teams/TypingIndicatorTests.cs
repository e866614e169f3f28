using System.Text.Json.Nodes;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Teams;

/// <summary>"PlanBot is typing…" while a slow answer is prepared, and never after the answer.</summary>
public sealed class TypingIndicatorTests : IAsyncLifetime
{
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHost.StartAsync();
        _bot.Connector.Members.Add(User.Alex.AsMember());
        var understood = Assert.Single(await _bot.SayAsync(_bot.Activities.Message(File.ReadAllText(Repo.SeedPlan))));
        await _bot.InvokeAsync(_bot.Activities.Execute("plan.save", new JsonObject { ["draftId"] = PlanConversationTests.DraftIdOf(understood) }));
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_slow_answer_shows_typing_first_and_no_typing_arrives_after_it()
    {
        // Listing the chat's members takes a second; each typing activity spends 1.5 s on the way.
        _bot.Connector.MembersDelay = TimeSpan.FromSeconds(1);
        _bot.Connector.TypingDelay = TimeSpan.FromMilliseconds(1500);
        var before = _bot.Connector.Sent.Count;

        var card = Assert.Single(await _bot.SayAsync(_bot.Activities.Message("phân công")));
        Assert.Contains("Phân công người phụ trách", card.Visible);
        // The turn is over (its HTTP answer came): once the connector has answered every request, nothing else is on its way.
        await _bot.Connector.IdleAsync();

        var turn = _bot.Connector.Sent.Skip(before).Select(s => s.Body["type"]?.GetValue<string>()).ToList();
        Assert.Contains("typing", turn);
        Assert.Equal("message", turn[^1]);
    }
}
