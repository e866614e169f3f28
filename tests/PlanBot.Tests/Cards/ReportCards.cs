using PlanBot.Core.Assignments;
using PlanBot.Core.Cards;
using PlanBot.Core.Localization;
using PlanBot.Core.Plans;
using PlanBot.Core.Reports;

namespace PlanBot.Tests.Cards;

/// <summary>The report card's data for a plan as it stands (no answer history: finished tasks count as finished when last updated).</summary>
internal static class ReportCards
{
    public static object Data(Plan plan, IReadOnlyList<UnitMember> members, Texts t, DateTimeOffset now, Uri csv, DateTimeOffset expires) =>
        ReportCardData.Build(plan, AccountabilityReports.Build(plan, [], now), members, t,
            new ReportDownloads(csv, new Uri(csv + "/docx"), new Uri(csv + "/xlsx"), expires));
}
