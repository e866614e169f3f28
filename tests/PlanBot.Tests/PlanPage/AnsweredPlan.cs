using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PlanBot.Core.Plans;
using PlanBot.Tests.Support;
using PlanBot.Tests.Teams;

namespace PlanBot.Tests.PlanPage;

/// <summary>
/// The seed plan taken through the real pipeline: pasted and saved, Megan assigned to the Office and Adele to the
/// Trade Union, status requested, and both answering on their status cards through /api/messages.
/// </summary>
public static class AnsweredPlan
{
    public static readonly string SeedText = File.ReadAllText(Repo.SeedPlan);

    public static async Task<Plan> SaveAsync(BotHost bot)
    {
        var understood = Assert.Single(await bot.SayAsync(bot.Activities.Message(SeedText)));
        var (status, _) = await bot.InvokeAsync(bot.Activities.Execute("plan.save", new JsonObject { ["draftId"] = PlanConversationTests.DraftIdOf(understood) }));
        Assert.Equal(200, status);
        return await LoadAsync(bot);
    }

    public static Task<Plan> LoadAsync(BotHost bot) =>
        bot.WithDbAsync(db => db.Plans.AsNoTracking().Include(p => p.Units).ThenInclude(u => u.Tasks).OrderBy(p => p.Id).LastAsync());

    /// <summary>Office: task 1 in progress at 40 % with a note, task 2 done. Union: its task blocked with a note.</summary>
    public static async Task<Plan> AnswerAsync(BotHost bot, Plan plan)
    {
        bot.Connector.Members.AddRange([User.Alex.AsMember(), User.Megan.AsMember(), User.Adele.AsMember()]);
        await bot.SayAsync(bot.Activities.Message("help", User.Megan, "personal-megan"));
        var office = plan.Units.Single(u => u.Name == "Văn phòng Sở");
        var union = plan.Units.Single(u => u.Name == "Công đoàn Sở");
        await bot.SayAsync(bot.Activities.Message("phân công"));
        var (assigned, _) = await bot.InvokeAsync(bot.Activities.Execute("assign.save", new JsonObject
        {
            ["planId"] = plan.Id, [$"responsible-{office.Id}"] = "aad-megan", [$"responsible-{union.Id}"] = "aad-adele",
        }));
        Assert.Equal(200, assigned);
        await bot.SayAsync(bot.Activities.Message("yêu cầu báo cáo"));
        Assert.NotNull(await bot.Connector.WaitForAsync(m => m.IsStatusCard && m.ConversationId == "personal-megan", TimeSpan.FromSeconds(30)));

        var tasks = office.Tasks.OrderBy(t => t.Order).ToList();
        var (first, _) = await bot.InvokeAsync(bot.Activities.Execute("status.save", new JsonObject
        {
            ["planId"] = plan.Id, ["unitId"] = office.Id,
            [$"status-{tasks[0].Id}"] = "inProgress", [$"percent-{tasks[0].Id}"] = "40", [$"note-{tasks[0].Id}"] = "Đang lấy ý kiến các phòng",
            [$"status-{tasks[1].Id}"] = "done",
        }, User.Megan, "personal-megan"));
        Assert.Equal(200, first);
        var unionTask = union.Tasks.Single();
        var (second, _) = await bot.InvokeAsync(bot.Activities.Execute("status.save", new JsonObject
        {
            ["planId"] = plan.Id, ["unitId"] = union.Id, [$"status-{unionTask.Id}"] = "blocked", [$"note-{unionTask.Id}"] = "Chờ số liệu của huyện",
        }, User.Adele, "a:1to1-29:adele"));
        Assert.Equal(200, second);
        return await LoadAsync(bot);
    }
}
