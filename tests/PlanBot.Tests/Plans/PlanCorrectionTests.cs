using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PlanBot.Core.Plans;
using PlanBot.Tests.Support;
using PlanBot.Tests.Teams;

namespace PlanBot.Tests.Plans;

/// <summary>Correcting units and tasks on the editing card, before saving and after, through /api/messages.</summary>
public sealed class PlanCorrectionTests : IAsyncLifetime
{
    private static readonly string SeedText = File.ReadAllText(Repo.SeedPlan);
    private BotHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Before_saving_the_organizer_fixes_a_task_moves_one_adds_one_and_merges_two_units()
    {
        var draftId = PlanConversationTests.DraftIdOf(Assert.Single(await _bot.SayAsync(_bot.Activities.Message(SeedText))));
        var (_, opened) = await _bot.InvokeAsync(_bot.Activities.Execute("plan.edit", new JsonObject { ["draftId"] = draftId, ["unitIndex"] = 0 }));
        var card = Text(opened);
        Assert.Contains("Sửa đơn vị và nhiệm vụ", card);
        Assert.Contains("Xây dựng Chương trình tổng kết năm 2022", card);

        var (_, saved) = await _bot.InvokeAsync(_bot.Activities.Execute("plan.edit.save", new JsonObject
        {
            ["draftId"] = draftId, ["unitIndex"] = "0", ["page"] = "0", ["go"] = "stay", ["unitName"] = "Văn phòng Sở",
            ["task-0"] = "Xây dựng Chương trình tổng kết năm 2022 (bản cuối)", ["due-0"] = "2022-12-28", ["pick-0"] = "false",
            ["task-4"] = "Chuẩn bị các điều kiện cần thiết khác để tổ chức Hội nghị (âm thanh, maket,...)", ["due-4"] = "", ["pick-4"] = "true",
            ["picked"] = "move-1", ["newTask"] = "In và gửi giấy mời đại biểu", ["newDue"] = "2022-12-30",
        }));
        Assert.Contains("Đã lưu 3 thay đổi", Text(saved));

        // Naming the third unit like the second merges them; "done" goes back to the understood card.
        var (_, done) = await _bot.InvokeAsync(_bot.Activities.Execute("plan.edit.save", new JsonObject
        {
            ["draftId"] = draftId, ["unitIndex"] = "2", ["page"] = "0", ["go"] = "done", ["unitName"] = "công đoàn sở", ["picked"] = "keep",
        }));
        var understood = Text(done);
        Assert.Contains("Lưu", understood);
        Assert.DoesNotContain("Các phòng, đơn vị thuộc Sở", understood.Replace("Các phòng, đơn vị thuộc Sở phối hợp", "", StringComparison.Ordinal));

        await _bot.InvokeAsync(_bot.Activities.Execute("plan.save", new JsonObject { ["draftId"] = draftId }));
        var plan = await _bot.WithDbAsync(db => db.Plans.Include(p => p.Units).ThenInclude(u => u.Tasks).SingleAsync());
        var units = plan.Units.OrderBy(u => u.Order).ToList();
        Assert.Equal(["Văn phòng Sở", "Công đoàn Sở"], units.Select(u => u.Name));
        var office = units[0].Tasks.OrderBy(t => t.Order).ToList();
        Assert.Equal(5, office.Count);
        Assert.Equal(("Xây dựng Chương trình tổng kết năm 2022 (bản cuối)", new DateOnly(2022, 12, 28)), (office[0].Description, office[0].DueDate!.Value));
        Assert.Equal(("In và gửi giấy mời đại biểu", new DateOnly(2022, 12, 30)), (office[^1].Description, office[^1].DueDate!.Value));
        var union = units[1].Tasks.Select(t => t.Description).ToList();
        Assert.Equal(3, union.Count);
        Assert.Contains(union, d => d.StartsWith("Chuẩn bị các điều kiện cần thiết khác", StringComparison.Ordinal));
        Assert.Contains(union, d => d.Contains("phối hợp Văn phòng Sở", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Mistaken_or_forged_corrections_are_refused_in_words_and_change_nothing()
    {
        var draftId = PlanConversationTests.DraftIdOf(Assert.Single(await _bot.SayAsync(_bot.Activities.Message(SeedText))));
        async Task<string> Press(JsonObject data, User? from = null, string conversation = "personal-alex") =>
            Text((await _bot.InvokeAsync(_bot.Activities.Execute("plan.edit.save", data, from, conversation))).Body);
        var before = await DraftJsonAsync();

        Assert.Contains("không hợp lệ", await Press(new JsonObject { ["draftId"] = draftId, ["unitIndex"] = "0", ["task-0"] = "x", ["due-0"] = "2022-13-45" }));
        Assert.Contains("Thẻ này đã cũ", await Press(new JsonObject { ["draftId"] = draftId, ["unitIndex"] = "9", ["unitName"] = "Ban mới" }));
        Assert.Contains("Thẻ này đã cũ", await Press(new JsonObject { ["draftId"] = draftId, ["unitIndex"] = "0", ["task-77"] = "x" }));
        Assert.Contains("Hãy chọn đơn vị", await Press(new JsonObject { ["draftId"] = draftId, ["unitIndex"] = "0", ["task-0"] = "x", ["pick-0"] = "true", ["picked"] = "move-0" }));
        // Another person's draft is not theirs to correct, even with its id.
        Assert.Contains("không còn", await Press(new JsonObject { ["draftId"] = draftId, ["unitIndex"] = "0", ["unitName"] = "Ban của Megan" }, User.Megan, "personal-megan"));
        Assert.Contains("không còn hợp lệ", await Press(new JsonObject { ["draftId"] = "not-a-guid", ["unitIndex"] = "0" }));
        Assert.Equal(before, await DraftJsonAsync());
    }

    [Fact]
    public async Task After_saving_sua_N_corrects_a_task_that_already_has_answers_and_its_history_stays()
    {
        var draftId = PlanConversationTests.DraftIdOf(Assert.Single(await _bot.SayAsync(_bot.Activities.Message(SeedText))));
        await _bot.InvokeAsync(_bot.Activities.Execute("plan.save", new JsonObject { ["draftId"] = draftId }));
        var plan = await _bot.WithDbAsync(db => db.Plans.Include(p => p.Units).ThenInclude(u => u.Tasks).SingleAsync());
        var office = plan.Units.OrderBy(u => u.Order).First();
        var task = office.Tasks.OrderBy(t => t.Order).First();
        await _bot.InvokeAsync(_bot.Activities.Execute("status.save", new JsonObject
        {
            ["planId"] = plan.Id, ["unitId"] = office.Id, [$"status-{task.Id}"] = "inProgress", [$"percent-{task.Id}"] = "30", [$"note-{task.Id}"] = "Đang soạn",
        }));

        var edit = Assert.Single(await _bot.SayAsync(_bot.Activities.Message($"sửa {plan.Id}")));
        Assert.Contains("Sửa đơn vị và nhiệm vụ", edit.Visible);
        var (_, saved) = await _bot.InvokeAsync(_bot.Activities.Execute("plan.edit.save", new JsonObject
        {
            ["planId"] = plan.Id, ["unitIndex"] = "0", ["page"] = "0", ["go"] = "done",
            ["task-0"] = "Xây dựng và trình Chương trình tổng kết năm 2022", ["due-0"] = "2022-12-26",
        }));
        Assert.Contains("Đã lưu 1 thay đổi", Text(saved));

        var after = await _bot.WithDbAsync(db => db.Tasks.SingleAsync(t => t.Id == task.Id));
        Assert.Equal(("Xây dựng và trình Chương trình tổng kết năm 2022", new DateOnly(2022, 12, 26), WorkStatus.InProgress, 30, "Đang soạn"),
            (after.Description, after.DueDate!.Value, after.Status, after.Percent, after.Note));
        Assert.Equal(1, await _bot.WithDbAsync(db => db.StatusChanges.CountAsync(c => c.TaskId == task.Id)));
        // The overview card follows.
        Assert.NotNull(await _bot.Connector.WaitForAsync(s => s.Method == "PUT" && s.Visible.Contains("Xây dựng và trình Chương trình", StringComparison.Ordinal)));

        // Only the organizer corrects a saved plan.
        Assert.Contains("người tổ chức", Assert.Single(await _bot.SayAsync(_bot.Activities.Message($"sửa {plan.Id}", User.Megan, "personal-megan"))).Text);
        var (_, forged) = await _bot.InvokeAsync(_bot.Activities.Execute("plan.edit.save", new JsonObject { ["planId"] = plan.Id, ["unitIndex"] = "0", ["unitName"] = "Ban của Megan" }, User.Megan, "personal-megan"));
        Assert.Contains("người tổ chức", Text(forged));
        Assert.Equal("Văn phòng Sở", await _bot.WithDbAsync(db => db.Units.Where(u => u.Id == office.Id).Select(u => u.Name).SingleAsync()));
    }

    private Task<string> DraftJsonAsync() => _bot.WithDbAsync(db => db.Drafts.Select(d => d.DocumentJson).SingleAsync());

    private static string Text(JsonNode? body) =>
        body?["value"]?.ToReadableJson() ?? "";
}
