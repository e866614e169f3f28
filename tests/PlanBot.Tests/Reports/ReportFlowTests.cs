using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using PlanBot.Core.Plans;
using PlanBot.Tests.Support;
using PlanBot.Tests.Teams;

namespace PlanBot.Tests.Reports;

/// <summary>
/// A plan with tasks due yesterday, today and in ten days (today being Monday 07/12/2026 in Hanoi), answered through
/// /api/messages before and after their due dates on a set clock: the report card, the .xlsx and the .docx agree with
/// the database on the four buckets; a period limits them; a period that is not one is refused in words.
/// </summary>
public sealed class ReportFlowTests : IAsyncLifetime
{
    private const string PlanText = """
        SỞ KHOA HỌC VÀ CÔNG NGHỆ
        Số: 12/KH-KHCN
        Bắc Giang, ngày 01 tháng 11 năm 2026

        KẾ HOẠCH
        Tổ chức Hội nghị tổng kết năm 2026

        III. TỔ CHỨC THỰC HIỆN
        1. Văn phòng Sở:
        - Xây dựng Chương trình tổng kết trước ngày 06/12/2026.
        - Chuẩn bị kinh phí tổng kết trước ngày 06/12/2026.
        - Chuẩn bị hội trường trước ngày 07/12/2026.
        2. Công đoàn Sở:
        - Báo cáo tổng kết hoạt động Công đoàn trước ngày 06/12/2026.
        - Phát động phong trào thi đua năm 2027 trước ngày 17/12/2026.

        GIÁM ĐỐC
        Nguyễn Thanh Bình
        """;

    private static readonly TimeSpan Hanoi = TimeSpan.FromHours(7);
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, Hanoi));
    private BotHost _bot = null!;
    private Plan _plan = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHost.StartAsync(clock: _clock);
        var understood = Assert.Single(await _bot.SayAsync(_bot.Activities.Message(PlanText)));
        var draft = new JsonObject { ["draftId"] = PlanConversationTests.DraftIdOf(understood) };
        var (saved, _) = await _bot.InvokeAsync(_bot.Activities.Execute("plan.save", draft));
        Assert.Equal(200, saved);
        _plan = await LoadAsync();
        _bot.Connector.Members.AddRange([User.Alex.AsMember(), User.Megan.AsMember(), User.Adele.AsMember()]);
        await _bot.SayAsync(_bot.Activities.Message("help", User.Megan, "personal-megan"));
        await _bot.SayAsync(_bot.Activities.Message("phân công"));
        var (assigned, _) = await _bot.InvokeAsync(_bot.Activities.Execute("assign.save", new JsonObject
        {
            ["planId"] = _plan.Id, [$"responsible-{Office.Id}"] = "aad-megan", [$"responsible-{Union.Id}"] = "aad-adele",
        }));
        Assert.Equal(200, assigned);

        // 03/12: the Union is stuck on one task and has started the other.
        await AnswerAt(new(2026, 12, 3, 10, 0, 0, Hanoi), Union, User.Adele, "a:1to1-29:adele",
            (0, "blocked", null, "Chờ số liệu của các tổ công đoàn"), (1, "inProgress", "30", null));
        // 05/12: the programme is done a day early.
        await AnswerAt(new(2026, 12, 5, 16, 0, 0, Hanoi), Office, User.Megan, "personal-megan", (0, "done", null, null));
        // 07/12 08:30: the budget, due 06/12, is done a day late.
        await AnswerAt(new(2026, 12, 7, 8, 30, 0, Hanoi), Office, User.Megan, "personal-megan", (1, "done", null, "Đã trình Giám đốc"));
        _clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 10, 0, 0, Hanoi));
        await _bot.SettledAsync();
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private PlanUnit Office => _plan.Units.Single(u => u.Name == "Văn phòng Sở");
    private PlanUnit Union => _plan.Units.Single(u => u.Name == "Công đoàn Sở");

    private Task<Plan> LoadAsync() =>
        _bot.WithDbAsync(db => db.Plans.AsNoTracking().Include(p => p.Units).ThenInclude(u => u.Tasks).SingleAsync());

    private async Task AnswerAt(
        DateTimeOffset at, PlanUnit unit, User who, string conversation, params (int Task, string Status, string? Percent, string? Note)[] answers)
    {
        _clock.SetUtcNow(at);
        var tasks = unit.Tasks.OrderBy(t => t.Order).ToList();
        var data = new JsonObject { ["planId"] = _plan.Id, ["unitId"] = unit.Id };
        foreach (var (i, status, percent, note) in answers)
        {
            data[$"status-{tasks[i].Id}"] = status;
            if (percent is not null) data[$"percent-{tasks[i].Id}"] = percent;
            if (note is not null) data[$"note-{tasks[i].Id}"] = note;
        }
        var (code, _) = await _bot.InvokeAsync(_bot.Activities.Execute("status.save", data, who, conversation));
        Assert.Equal(200, code);
    }

    /// <summary>
    /// The four buckets read straight from the database: a done task is on time when its status last became done on or
    /// before its due date (Hanoi days); an open task is overdue once its due date is before <paramref name="asOf"/>.
    /// </summary>
    private async Task<int[]> BucketsInDatabaseAsync(DateOnly asOf, DateOnly? from = null, DateOnly? to = null)
    {
        var plan = await LoadAsync();
        var changes = await _bot.WithDbAsync(db => db.StatusChanges.AsNoTracking().ToListAsync());
        var counts = new int[4];
        foreach (var task in plan.Tasks.Where(t => from is null || (t.DueDate >= from && t.DueDate <= to)))
        {
            var mine = changes.Where(c => c.TaskId == task.Id && DateOnly.FromDateTime(c.At.ToOffset(Hanoi).DateTime) <= asOf).OrderBy(c => c.At).ToList();
            var status = from is null ? task.Status : mine.LastOrDefault()?.NewStatus ?? WorkStatus.NotStarted;
            if (status == WorkStatus.Done)
            {
                var became = mine.Last(c => c.NewStatus == WorkStatus.Done && c.OldStatus != WorkStatus.Done);
                var doneOn = DateOnly.FromDateTime(became.At.ToOffset(Hanoi).DateTime);
                counts[doneOn <= task.DueDate ? 0 : 1]++;
            }
            else counts[task.DueDate < asOf ? 3 : 2]++;
        }
        return counts;
    }

    [Fact]
    public async Task The_card_the_xlsx_and_the_docx_show_the_four_buckets_of_the_database()
    {
        var database = await BucketsInDatabaseAsync(new DateOnly(2026, 12, 7));
        Assert.Equal([1, 1, 2, 1], database); // on time, late, within deadline, overdue

        var card = ReportCard(await _bot.SayAsync(_bot.Activities.Message("báo cáo")));
        Assert.Contains(Buckets(database), card.Visible);
        Assert.Contains("Tỷ lệ hoàn thành đúng hạn: 33,3% (trên 3 nhiệm vụ đã đến hạn hoặc đã hoàn thành)", card.Visible);
        Assert.Contains("Đúng hạn 1 · Trễ hạn 1 · Trong hạn 1 · Quá hạn 0 · Tỷ lệ đúng hạn 50%", card.Visible); // the Office
        Assert.Contains("Đúng hạn 0 · Trễ hạn 0 · Trong hạn 1 · Quá hạn 1 · Tỷ lệ đúng hạn 0%", card.Visible); // the Union
        Assert.Contains("bản dự thảo", card.Visible);
        var units = card.Card!["body"]!.AsArray().Where(e => e?["items"] is not null).ToList();
        string ColourOf(string unit) => units.Single(u => u!["items"]![0]!["text"]!.GetValue<string>() == unit)!["items"]![1]!["color"]!.GetValue<string>();
        Assert.Equal("Attention", ColourOf("Công đoàn Sở"));
        Assert.Equal("Warning", ColourOf("Văn phòng Sở")); // a task due today

        var (docxUrl, xlsxUrl) = Links(card);
        var xlsx = await DownloadAsync(xlsxUrl, XlsxType);
        var total = XlsxSheets.Read(xlsx)["Tổng hợp"].Rows.Single(r => r[0] == "Tổng cộng");
        Assert.Equal(database.Select(n => n.ToString(CultureInfo.InvariantCulture)), total[2..6]);
        var tasks = XlsxSheets.Read(xlsx)["Nhiệm vụ"].Rows;
        var late = tasks.Single(r => r[2].StartsWith("Chuẩn bị kinh phí tổng kết", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2026, 12, 7), DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(late[5], CultureInfo.InvariantCulture))));
        Assert.Equal("Hoàn thành quá hạn", late[6]);

        var docx = await DownloadAsync(docxUrl, DocxType);
        var text = DocxText(docx);
        Assert.Contains($"đã hoàn thành {database[0] + database[1]} nhiệm vụ ({database[0]} đúng hạn, {database[1]} quá hạn); "
                        + $"chưa hoàn thành {database[2] + database[3]} nhiệm vụ ({database[2]} trong hạn, {database[3]} quá hạn)", text);
        Assert.Contains("Công đoàn Sở: Báo cáo tổng kết hoạt động Công đoàn trước ngày 06/12/2026. Nguyên nhân: Chờ số liệu của các tổ công đoàn", text);
        Assert.Contains("Kết quả thực hiện Kế hoạch số 12/KH-KHCN", text);
    }

    [Fact]
    public async Task A_period_counts_the_tasks_due_within_it_as_they_stood_at_its_end()
    {
        // 01/12–06/12: the three tasks due 06/12. At the end of 06/12 the programme was done; the budget (done 07/12) and
        // the Union's report were open but not yet overdue on their due day.
        var database = await BucketsInDatabaseAsync(new DateOnly(2026, 12, 6), new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 6));
        Assert.Equal([1, 0, 2, 0], database);

        var card = ReportCard(await _bot.SayAsync(_bot.Activities.Message($"báo cáo {_plan.Id} từ 01/12/2026 đến 06/12/2026")));
        Assert.Contains("Kỳ báo cáo: từ 01/12/2026 đến 06/12/2026", card.Visible);
        Assert.Contains(Buckets(database), card.Visible);
        var (docxUrl, xlsxUrl) = Links(card);
        var periodXlsx = await DownloadAsync(xlsxUrl, XlsxType);
        var total = XlsxSheets.Read(periodXlsx)["Tổng hợp"].Rows.Single(r => r[0] == "Tổng cộng");
        Assert.Equal(database.Select(n => n.ToString(CultureInfo.InvariantCulture)), total[2..6]);
        Assert.Contains("(Kỳ báo cáo: từ ngày 01/12/2026 đến ngày 06/12/2026)", DocxText(await DownloadAsync(docxUrl, DocxType)));

        await _bot.SayAsync(_bot.Activities.Message("lang en"));
        var en = ReportCard(await _bot.SayAsync(_bot.Activities.Message($"report {_plan.Id} from 01/12/2026 to 06/12/2026")));
        Assert.Contains("Period: 01/12/2026 to 06/12/2026", en.Visible);
        Assert.Contains("Done on time 1 · Done late 0 · Not done, within deadline 2 · Not done, overdue 0", en.Visible);
    }

    [Fact]
    public async Task A_period_that_is_not_one_is_refused_in_words_and_a_forged_link_is_a_400()
    {
        var bad = Assert.Single(await _bot.SayAsync(_bot.Activities.Message("báo cáo từ 31/02/2026 đến 06/12/2026")));
        Assert.Contains("Không đọc được ngày “31/02/2026”", bad.Text);
        var reversed = Assert.Single(await _bot.SayAsync(_bot.Activities.Message("báo cáo từ 07/12/2026 đến 01/12/2026")));
        Assert.Contains("phải trước hoặc trùng ngày kết thúc", reversed.Text);

        var card = ReportCard(await _bot.SayAsync(_bot.Activities.Message("báo cáo")));
        var (docxUrl, _) = Links(card);
        Assert.Equal(HttpStatusCode.BadRequest, (await _bot.Client.GetAsync(docxUrl.AbsolutePath + "?from=2026-12-07&to=x")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _bot.Client.GetAsync(docxUrl.AbsolutePath + "?from=2026-12-07&to=2026-12-01")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _bot.Client.GetAsync("/exports/not-a-real-token-at-all-000000/xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _bot.Client.GetAsync(docxUrl.AbsolutePath.Replace("/docx", "/pdf", StringComparison.Ordinal))).StatusCode);
        _clock.Advance(TimeSpan.FromHours(25));
        Assert.Equal(HttpStatusCode.Gone, (await _bot.Client.GetAsync(docxUrl.PathAndQuery)).StatusCode);
    }

    /// <summary>The report card among the replies: the plan's overview card may be refreshed in the same chat after the answers.</summary>
    private static SentActivity ReportCard(List<SentActivity> replies) =>
        Assert.Single(replies, m => m.Card?["actions"]?.AsArray().Count == 3 && m.Card["actions"]![1]!["url"] is not null);

    /// <summary>The overall line of the report card for counts on time, late, within deadline, overdue.</summary>
    private static string Buckets(int[] n) =>
        $"Hoàn thành đúng hạn {n[0]} · Hoàn thành quá hạn {n[1]} · Chưa hoàn thành, trong hạn {n[2]} · Chưa hoàn thành, quá hạn {n[3]}";

    private static (Uri Docx, Uri Xlsx) Links(SentActivity card)
    {
        var actions = card.Card!["actions"]!.AsArray();
        return (new Uri(actions[1]!["url"]!.GetValue<string>()), new Uri(actions[2]!["url"]!.GetValue<string>()));
    }

    private async Task<byte[]> DownloadAsync(Uri url, string mediaType)
    {
        var response = await _bot.Client.GetAsync(url.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static string DocxText(byte[] bytes)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return string.Join("\n", doc.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}
