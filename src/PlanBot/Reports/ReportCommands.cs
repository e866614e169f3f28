using PlanBot.Assignments;
using PlanBot.Core.Cards;
using PlanBot.Core.Conversation;
using PlanBot.Plans;
using PlanBot.Teams;

namespace PlanBot.Reports;

/// <summary>"báo cáo N": the report card with a download link to the CSV export; for the organizer.</summary>
public sealed class ReportCommands(CardLibrary cards, PlanAccess access, AssignmentWorkflow assignments, ExportLinks exports, TimeProvider clock) : IBotCommands
{
    public IReadOnlyCollection<CommandKind> Commands { get; } = [CommandKind.Report];

    public async Task HandleAsync(BotTurn turn, Command command, CancellationToken ct)
    {
        var plan = await access.ForCommandAsync(turn, command.PlanId, PlanUse.Organize, ct);
        if (plan is null) return;
        var members = await assignments.MembersOfAsync(plan.TenantId, plan.Units.Select(u => u.Name), ct);
        var (url, expires) = await exports.IssueAsync(plan.Id, plan.TenantId, ct);
        await turn.SendCardAsync(cards.Render("report", ReportCardData.Report(plan, members, turn.Texts, clock.GetUtcNow(), url, expires)), ct);
    }
}
