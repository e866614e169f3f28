using PlanBot.Tests.Support;

namespace PlanBot.Tests.Teams;

/// <summary>Plans sent as files, delivered the way Teams delivers them (download info with a download URL).</summary>
public sealed class PlanFileTests : IAsyncLifetime
{
    private BotHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("ke-hoach.docx")]
    [InlineData("ke-hoach.txt")]
    public async Task Plan_file_in_personal_chat_is_downloaded_and_understood(string name)
    {
        var seed = File.ReadAllText(Repo.SeedPlan);
        _bot.Connector.Files[name] = name.EndsWith(".docx", StringComparison.Ordinal) ? DocxBuilder.FromText(seed).Build() : System.Text.Encoding.UTF8.GetBytes(seed);
        var message = _bot.Activities.WithFile(_bot.Activities.Message(""), name, _bot.Connector.Url + "files/" + name);
        var reply = Assert.Single(await _bot.SayAsync(message));
        Assert.Contains("PlanBot hiểu kế hoạch như sau", reply.Visible);
        Assert.Contains("05/01/2023", reply.Visible);
        Assert.Contains("Công đoàn Sở", reply.Visible);
        Assert.Contains(_bot.Connector.Sent, s => s.Body["type"]?.GetValue<string>() == "typing");
    }

    [Fact]
    public async Task A_file_that_cannot_be_downloaded_gets_a_message_saying_what_to_do()
    {
        var message = _bot.Activities.WithFile(_bot.Activities.Message(""), "missing.docx", _bot.Connector.Url + "files/missing.docx");
        var reply = Assert.Single(await _bot.SayAsync(message));
        Assert.Contains("Không tải được tệp \"missing.docx\"", reply.Text);
    }

    [Fact]
    public async Task A_damaged_docx_is_refused_with_the_reason()
    {
        _bot.Connector.Files["broken.docx"] = [1, 2, 3, 4];
        var message = _bot.Activities.WithFile(_bot.Activities.Message(""), "broken.docx", _bot.Connector.Url + "files/broken.docx");
        var reply = Assert.Single(await _bot.SayAsync(message));
        Assert.Contains("tệp .docx bị hỏng", reply.Text);
        Assert.Equal(0, await _bot.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Drafts)));
    }

    [Fact]
    public async Task Files_in_a_group_chat_are_not_downloaded()
    {
        var message = _bot.Activities.WithFile(_bot.Activities.Message("", conversationId: "group-1", conversationType: "groupChat"), "ke-hoach.txt", _bot.Connector.Url + "files/ke-hoach.txt");
        var reply = Assert.Single(await _bot.SayAsync(message));
        Assert.Contains("trò chuyện riêng", reply.Text);
    }
}
