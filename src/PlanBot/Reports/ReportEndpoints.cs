using PlanBot.Core.Localization;
using PlanBot.Core.Reports;

namespace PlanBot.Reports;

public static class ReportEndpoints
{
    private const string Expired =
        "This download link has expired; ask PlanBot for a new report. / Liên kết đã hết hạn; hãy gõ \"báo cáo\" để lấy liên kết mới.";
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// GET /exports/{token}: the plan's tasks as CSV (UTF-8 with BOM, opens in Excel); /exports/{token}/docx and /xlsx: the
    /// filed report's draft and its table, for the period in ?from=&amp;to= (yyyy-MM-dd) when given. 404 unknown, 410 expired,
    /// 400 a period that is not one.
    /// </summary>
    public static WebApplication MapReportEndpoints(this WebApplication app)
    {
        app.MapGet("/exports/{token}", async (string token, ExportLinks links, ReportSource source, CancellationToken ct) =>
        {
            var (planId, tenantId, expired) = await links.ResolveAsync(token, ct);
            if (expired) return Results.Text(Expired, statusCode: StatusCodes.Status410Gone);
            if (planId is null) return Results.NotFound();
            var plan = await source.PlanAsync(planId.Value, tenantId!, ct);
            if (plan is null) return Results.NotFound();
            return Results.File(PlanReport.Csv(plan, Texts.Vi), "text/csv; charset=utf-8", $"ke-hoach-{plan.Id}.csv");
        });
        app.MapGet("/exports/{token}/{format:regex(^(docx|xlsx)$)}", async (
            string token, string format, string? from, string? to, ExportLinks links, ReportSource source, CancellationToken ct) =>
        {
            ReportPeriod? period = null;
            if (from is not null || to is not null)
            {
                if (!ReportPeriod.TryIso(from, out var f) || !ReportPeriod.TryIso(to, out var t) || f > t) return Results.BadRequest();
                period = new ReportPeriod(f, t);
            }
            var (planId, tenantId, expired) = await links.ResolveAsync(token, ct);
            if (expired) return Results.Text(Expired, statusCode: StatusCodes.Status410Gone);
            if (planId is null) return Results.NotFound();
            var plan = await source.PlanAsync(planId.Value, tenantId!, ct);
            if (plan is null) return Results.NotFound();
            var report = await source.BuildAsync(plan, period, ct);
            return format == "docx"
                ? Results.File(ReportDocx.Write(report), DocxType, $"bao-cao-ke-hoach-{plan.Id}.docx")
                : Results.File(ReportXlsx.Write(report), XlsxType, $"bao-cao-ke-hoach-{plan.Id}.xlsx");
        });
        return app;
    }
}
