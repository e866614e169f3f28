using System.Globalization;
using PlanBot.Core.Assignments;
using PlanBot.Core.Localization;
using PlanBot.Core.Plans;

namespace PlanBot.Core.Cards;

/// <summary>The report card (cards/report.json).</summary>
public static class ReportCardData
{
    // How much of a large plan the card shows: Teams refuses messages over about 100 KB (see CardData); these keep it
    // within 80 KB at 120 units and 1,000 tasks (CardSizeTests, the "cards" benchmark).
    public const int ReportUnitsShown = 30;

    /// <summary>
    /// The report card: progress, one line per unit (counts and last update) — all units up to
    /// <see cref="ReportUnitsShown"/>, else those with the most overdue and blocked tasks — and the download link
    /// of the CSV export, which holds every unit and task.
    /// </summary>
    public static object Report(Plan plan, IReadOnlyList<UnitMember> members, Texts t, DateTimeOffset now, Uri downloadUrl, DateTimeOffset expires)
    {
        var overall = PlanProgress.Of(plan.Tasks);
        var rows = Reports.PlanReport.Build(plan, members, VietnamTime.Today(now)).ToList();
        var shown = rows.Count <= ReportUnitsShown ? rows
            : rows.Select((r, i) => (r, i)).OrderByDescending(x => x.r.Overdue + x.r.Blocked).ThenBy(x => x.i).Take(ReportUnitsShown).OrderBy(x => x.i).Select(x => x.r).ToList();
        return new
        {
            t,
            title = plan.Title,
            progress = new { done = overall.Done, total = overall.Total, percent = overall.Percent },
            counts = t.PlanCounts(overall.Total, rows.Count),
            units = shown.Select(r => new
            {
                name = r.Unit,
                counts = string.Join(" · ", new[]
                {
                    $"{t.ReportTasks} {r.Tasks.ToString(CultureInfo.InvariantCulture)}",
                    $"{t.ReportDone} {r.Done.ToString(CultureInfo.InvariantCulture)}",
                    $"{t.ReportInProgress} {r.InProgress.ToString(CultureInfo.InvariantCulture)}",
                    $"{t.ReportBlocked} {r.Blocked.ToString(CultureInfo.InvariantCulture)}",
                    $"{t.ReportOverdue} {r.Overdue.ToString(CultureInfo.InvariantCulture)}",
                }),
                color = r.Overdue + r.Blocked > 0 ? "Attention" : "Default",
                detail = CardText.Shorten($"{t.PeopleLabel}: {(r.People.Length == 0 ? t.Nobody : r.People)} · {t.ReportLastUpdate}: {(r.LastUpdate is { } at ? $"{VietnamTime.Format(at)} – {r.LastUpdatedBy}" : t.ReportNever)}", 240),
            }),
            moreUnits = rows.Count > shown.Count ? t.MoreUnitsInExport(rows.Count - shown.Count) : "",
            downloadUrl = downloadUrl.ToString(),
            linkNote = t.ReportLinkNote(VietnamTime.Format(expires)),
        };
    }
}
