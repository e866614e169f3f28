using Microsoft.EntityFrameworkCore;
using PlanBot.Core.Localization;
using PlanBot.Core.Reports;
using PlanBot.Data;

namespace PlanBot.Reports;

public static class ReportEndpoints
{
    /// <summary>GET /exports/{token}: the plan's tasks as CSV (UTF-8 with BOM, opens in Excel). 404 unknown, 410 expired.</summary>
    public static WebApplication MapReportEndpoints(this WebApplication app)
    {
        app.MapGet("/exports/{token}", async (string token, ExportLinks links, IDbContextFactory<PlanBotDb> dbFactory, CancellationToken ct) =>
        {
            var (planId, tenantId, expired) = await links.ResolveAsync(token, ct);
            if (expired) return Results.Text("This download link has expired; ask PlanBot for a new report. / Liên kết đã hết hạn; hãy gõ \"báo cáo\" để lấy liên kết mới.", statusCode: StatusCodes.Status410Gone);
            if (planId is null) return Results.NotFound();
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var plan = await db.Plans.AsNoTracking().AsSplitQuery().Include(p => p.Units).ThenInclude(u => u.Tasks).FirstOrDefaultAsync(p => p.Id == planId && p.TenantId == tenantId, ct);
            if (plan is null) return Results.NotFound();
            return Results.File(PlanReport.Csv(plan, Texts.Vi), "text/csv; charset=utf-8", $"ke-hoach-{plan.Id}.csv");
        });
        return app;
    }
}
