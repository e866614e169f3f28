using PlanBot.Assignments;
using PlanBot.Core.Cards;
using PlanBot.Core.Conversation;
using PlanBot.Core.Reports;
using PlanBot.Plans;
using PlanBot.Teams;

namespace PlanBot.Reports;

/// <summary>
/// "báo cáo N [từ dd/MM/yyyy đến dd/MM/yyyy]": the report card — the four buckets overall and per unit — with download
/// links to the CSV, the .docx draft and the .xlsx table; for the organizer.
/// </summary>
public sealed class ReportCommands(CardLibrary cards, PlanAccess access, AssignmentWorkflow assignments, ExportLinks exports, ReportSource source)
    : IBotCommands
{
    public IReadOnlyCollection<CommandKind> Commands { get; } = [CommandKind.Report];

    public async Task HandleAsync(BotTurn turn, Command command, CancellationToken ct)
    {
        ReportPeriod? period = null;
        if (command.PeriodFrom is not null && command.PeriodTo is not null)
        {
            var (parsed, problem) = ReportPeriod.Parse(command.PeriodFrom, command.PeriodTo, ReportTexts.For(turn.Texts.Language));
            if (problem is not null)
            {
                await turn.SendTextAsync(problem, ct);
                return;
            }
            period = parsed;
        }
        var plan = await access.ForCommandAsync(turn, command.PlanId, PlanUse.Organize, ct);
        if (plan is null) return;
        var members = await assignments.MembersOfAsync(plan.TenantId, plan.Units.Select(u => u.Name), ct);
        var report = await source.BuildAsync(plan, period, ct);
        var (url, expires) = await exports.IssueAsync(plan.Id, plan.TenantId, ct);
        var query = period is null ? "" : $"?from={ReportPeriod.Iso(period.From)}&to={ReportPeriod.Iso(period.To)}";
        var downloads = new ReportDownloads(url, new Uri($"{url}/docx{query}"), new Uri($"{url}/xlsx{query}"), expires);
        await turn.SendCardAsync(cards.Render("report", ReportCardData.Build(plan, report, members, turn.Texts, downloads)), ct);
    }
}
