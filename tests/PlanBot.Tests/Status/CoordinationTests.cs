using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PlanBot.Tests.Support;
using PlanBot.Tests.Teams;

namespace PlanBot.Tests.Status;

/// <summary>A unit named "phối hợp" on another unit's task sees that task on its status card, marked, and cannot answer it.</summary>
public sealed class CoordinationTests : IAsyncLifetime
{
    private BotHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_coordinating_unit_sees_the_lead_units_task_on_its_card_read_only()
    {
        var draftId = PlanConversationTests.DraftIdOf(Assert.Single(await _bot.SayAsync(_bot.Activities.Message(File.ReadAllText(Repo.SeedPlan)))));
        await _bot.InvokeAsync(_bot.Activities.Execute("plan.save", new JsonObject { ["draftId"] = draftId }));
        var (office, union, task) = await _bot.WithDbAsync(async db =>
        {
            var plan = await db.Plans.Include(p => p.Units).ThenInclude(u => u.Tasks).SingleAsync();
            var units = plan.Units.OrderBy(u => u.Order).ToList();
            var first = units[0].Tasks.OrderBy(t => t.Order).First();
            first.Coordinating = [units[1].Name];
            await db.SaveChangesAsync();
            return (units[0], units[1], first);
        });

        var (_, opened) = await _bot.InvokeAsync(_bot.Activities.Execute("status.open", new JsonObject { ["planId"] = office.PlanId, ["unitId"] = union.Id }));
        var card = opened?["value"]?.ToReadableJson() ?? "";
        Assert.Contains(task.Description, card);
        Assert.Contains(office.Name, card);
        Assert.DoesNotContain($"status-{task.Id}", card); // the lead answers it, not the coordinating unit

        // The lead unit's own card has the task to answer.
        var (_, lead) = await _bot.InvokeAsync(_bot.Activities.Execute("status.open", new JsonObject { ["planId"] = office.PlanId, ["unitId"] = office.Id }));
        Assert.Contains($"status-{task.Id}", lead?["value"]?.ToJsonString() ?? "");
    }
}
