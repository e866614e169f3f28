using PlanBot.Tests.Support;

namespace PlanBot.Tests.Plans;

/// <summary>A plan is recognised by what it says, not by how many lines it has.</summary>
public sealed class ShortPlanTests : IAsyncLifetime
{
    private BotHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_short_plan_on_one_line_is_read_like_the_same_plan_on_four_lines()
    {
        const string oneLine =
            "KẾ HOẠCH họp chi bộ tháng 12/2026. Thời gian: 14h00 ngày 22/12/2026. Địa điểm: Hội trường tầng 3. Thành phần: toàn thể đảng viên.";
        var card = Assert.Single(await _bot.SayAsync(_bot.Activities.Message(oneLine)));
        Assert.Contains("22/12/2026", card.Visible);
        Assert.Contains("Hội trường tầng 3", card.Visible);

        var fourLines = Assert.Single(await _bot.SayAsync(_bot.Activities.Message(oneLine.Replace(". ", ".\n", StringComparison.Ordinal))));
        Assert.Contains("22/12/2026", fourLines.Visible);
        Assert.Contains("Hội trường tầng 3", fourLines.Visible);
    }

    [Fact]
    public async Task A_short_text_that_speaks_of_a_plan_but_is_not_one_is_told_what_a_plan_needs()
    {
        var reply = Assert.Single(await _bot.SayAsync(_bot.Activities.Message("thời gian nào thì tiện?")));
        Assert.Contains("chưa phải là một kế hoạch", reply.Text);
        Assert.Contains("thời gian, địa điểm", reply.Text); // what was looked for
        Assert.Equal(0, await _bot.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Drafts)));

        var chat = Assert.Single(await _bot.SayAsync(_bot.Activities.Message("cảm ơn nhé")));
        Assert.DoesNotContain("kế hoạch PlanBot đọc được", chat.Text); // small talk is not treated as a document
    }
}
