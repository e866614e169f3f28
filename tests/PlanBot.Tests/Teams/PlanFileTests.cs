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

    private async Task<SentActivity> SendFileAsync(string name, byte[]? content)
    {
        if (content is not null) _bot.Connector.Files[name] = content;
        var message = _bot.Activities.WithFile(_bot.Activities.Message(""), name, _bot.Connector.Url + "files/" + name);
        return Assert.Single(await _bot.SayAsync(message));
    }

    [Fact]
    public async Task A_pdf_of_the_seed_is_understood_like_its_text()
    {
        var reply = await SendFileAsync("ke-hoach.pdf", Import.PlanFilePdfTests.SeedPdf());
        Assert.Contains("PlanBot hiểu kế hoạch như sau", reply.Visible);
        Assert.Contains("05/01/2023", reply.Visible);
        Assert.Contains("Văn phòng Sở", reply.Visible);
        Assert.Contains("Công đoàn Sở", reply.Visible);
    }

    [Fact]
    public async Task A_scanned_pdf_gets_an_answer_saying_to_send_the_docx_or_a_text_pdf()
    {
        var reply = await SendFileAsync("ke-hoach-scan.pdf", Import.PlanFilePdfTests.ScannedPdf());
        Assert.Contains("bản quét", reply.Text);
        Assert.Contains(".docx", reply.Text);
        Assert.Equal(0, await _bot.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Drafts)));
    }

    [Fact]
    public async Task A_word_97_doc_gets_an_answer_saying_to_save_it_as_docx()
    {
        var reply = await SendFileAsync("ke-hoach.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[1024]]);
        Assert.Contains("Word 97", reply.Text);
        Assert.Contains("Lưu thành (Save As) định dạng .docx", reply.Text);
    }

    [Theory]
    [InlineData("phan-cong.xlsx")]
    [InlineData("anh-ke-hoach.jpg")]
    public async Task Other_files_get_an_answer_saying_what_to_send_without_being_downloaded(string name)
    {
        var reply = await SendFileAsync(name, [1, 2, 3]);
        Assert.Contains("chỉ đọc được kế hoạch dạng .docx, .pdf (có lớp chữ) hoặc .txt", reply.Text);
        Assert.Equal(0, _bot.Connector.FileRequests);
    }

    [Theory]
    [InlineData(FakeBotConnector.DropConnection)]
    [InlineData(FakeBotConnector.CutBody)]
    [InlineData(503)]
    public async Task A_download_that_fails_once_is_retried_and_the_plan_understood(int fault)
    {
        _bot.Connector.FileFaults.Enqueue(fault);
        var reply = await SendFileAsync("ke-hoach.docx", DocxBuilder.Seed(File.ReadAllText(Repo.SeedPlan)).Build());
        Assert.Contains("PlanBot hiểu kế hoạch như sau", reply.Visible);
        Assert.Contains("05/01/2023", reply.Visible);
        Assert.Equal(2, _bot.Connector.FileRequests);
    }

    [Fact]
    public async Task A_download_that_keeps_failing_is_explained_in_words_with_what_to_do()
    {
        for (var i = 0; i < 10; i++) _bot.Connector.FileFaults.Enqueue(i % 2 == 0 ? FakeBotConnector.DropConnection : FakeBotConnector.CutBody);
        var reply = await SendFileAsync("ke-hoach.docx", DocxBuilder.FromText(File.ReadAllText(Repo.SeedPlan)).Build());
        Assert.Contains("Không tải được tệp \"ke-hoach.docx\"", reply.Text);
        Assert.Contains("gửi lại tệp hoặc dán nội dung", reply.Text);
        Assert.DoesNotContain("Xin lỗi", reply.Text);
        Assert.InRange(_bot.Connector.FileRequests, 2, 6);
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
