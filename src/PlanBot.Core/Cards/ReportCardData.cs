using System.Globalization;
using PlanBot.Core.Assignments;
using PlanBot.Core.Localization;
using PlanBot.Core.Plans;

using PlanBot.Core.Reports;

namespace PlanBot.Core.Cards;

// How much of a large plan the card shows: Teams refuses messages over about 100 KB (see CardData); the card stays
// within budget at 120 units and 1,000 tasks (CardSizeTests, the "cards" benchmark).

/// <summary>The three downloads of one report: the CSV of every task, the .docx draft and the .xlsx table.</summary>
public sealed record ReportDownloads(Uri Csv, Uri Docx, Uri Xlsx, DateTimeOffset Expires);

/// <summary>
/// The report card's view data: progress, the four buckets and the on-time rate overall, one line per unit with its
/// buckets in its risk colour (all units up to <see cref="ReportUnitsShown"/>, else those with the most overdue and late
/// tasks), the period when one was asked for, and the three downloads.
/// </summary>
public static class ReportCardData
{
    public const int ReportUnitsShown = 30;

    public static object Build(Plan plan, AccountabilityReport report, IReadOnlyList<UnitMember> members, Texts t, ReportDownloads downloads)
    {
        var rt = ReportTexts.For(t.Language);
        var o = report.Overall;
        var lastUpdates = PlanReport.Build(plan, members, report.AsOf).ToDictionary(r => r.Unit, StringComparer.Ordinal);
        var indexed = report.Units.Select((u, i) => (u, i)).ToList();
        var shown = indexed.Count <= ReportUnitsShown ? indexed
            : [.. indexed.OrderByDescending(x => x.u.Counts.Overdue + x.u.Counts.Late).ThenBy(x => x.i).Take(ReportUnitsShown).OrderBy(x => x.i)];
        var percent = report.Tasks.Count == 0 ? 0 : (int)Math.Round(report.Tasks.Average(x => x.Percent));
        return new
        {
            t,
            rt,
            title = plan.Title,
            period = report.From is { } from && report.To is { } to
                ? rt.Period(ReportWords.Date(from), ReportWords.Date(to), ReportWords.Date(report.AsOf)) : "",
            progress = new { done = o.Done, total = o.Total, percent },
            counts = t.PlanCounts(o.Total, report.Units.Count),
            buckets = $"{rt.OnTime} {N(o.OnTime)} · {rt.Late} {N(o.Late)} · {rt.WithinDeadline} {N(o.WithinDeadline)} · {rt.Overdue} {N(o.Overdue)}",
            bucketsColor = Color(report.Tasks.Select(x => x.Risk).DefaultIfEmpty(RiskColour.Green).Max()),
            rate = o.OnTimeRate is { } r ? rt.OnTimeRate(rt.Rate(r), o.Settled) : rt.NoDeadlineYet,
            extended = report.Extended > 0 ? rt.Extended(report.Extended) : "",
            units = shown.Select(x =>
            {
                var c = x.u.Counts;
                var risk = report.Tasks.Where(task => task.Unit == x.u.Unit).Select(task => task.Risk).DefaultIfEmpty(RiskColour.Green).Max();
                var last = lastUpdates.GetValueOrDefault(x.u.Unit);
                return new
                {
                    name = x.u.Unit,
                    counts = $"{rt.ShortOnTime} {N(c.OnTime)} · {rt.ShortLate} {N(c.Late)} · "
                             + $"{rt.ShortWithin} {N(c.WithinDeadline)} · {rt.ShortOverdue} {N(c.Overdue)}"
                             + (c.OnTimeRate is { } ur ? $" · {rt.ShortRate} {rt.Rate(ur)}" : ""),
                    color = Color(risk),
                    detail = last is null ? "" : Detail(last, t),
                };
            }),
            moreUnits = report.Units.Count > shown.Count ? t.MoreUnitsInExport(report.Units.Count - shown.Count) : "",
            downloadUrl = downloads.Csv.ToString(),
            docxUrl = downloads.Docx.ToString(),
            xlsxUrl = downloads.Xlsx.ToString(),
            linkNote = t.ReportLinkNote(VietnamTime.Format(downloads.Expires)),
        };
    }

    /// <summary>Who answers for the unit and when it last reported.</summary>
    private static string Detail(UnitReport unit, Texts t)
    {
        var updated = unit.LastUpdate is { } at ? $"{VietnamTime.Format(at)} – {unit.LastUpdatedBy}" : t.ReportNever;
        return CardText.Shorten($"{t.PeopleLabel}: {(unit.People.Length == 0 ? t.Nobody : unit.People)} · {t.ReportLastUpdate}: {updated}", 240);
    }

    /// <summary>Red overdue, orange due within 3 working days, green: as Adaptive Card colours.</summary>
    private static string Color(RiskColour risk) => risk switch
    {
        RiskColour.Red => "Attention",
        RiskColour.Orange => "Warning",
        _ => "Good",
    };

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
