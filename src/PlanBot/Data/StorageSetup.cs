using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace PlanBot.Data;

public static class StorageSetup
{
    /// <summary>
    /// SQLite by default: <c>ConnectionStrings:PlanBot</c>, or the file <c>data/planbot.db</c> under the content root.
    /// </summary>
    public static IServiceCollection AddPlanBotStorage(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var connectionString = configuration.GetConnectionString("PlanBot");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var file = Path.Combine(environment.ContentRootPath, "data", "planbot.db");
            connectionString = new SqliteConnectionStringBuilder { DataSource = file }.ToString();
        }
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (!string.IsNullOrEmpty(dataSource) && dataSource != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(dataSource)) is { } dir)
            Directory.CreateDirectory(dir);
        services.AddDbContextFactory<PlanBotDb>(o => o.UseSqlite(connectionString));
        return services;
    }

    public static async Task MigratePlanBotDatabaseAsync(this WebApplication app)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<PlanBotDb>>();
        await using var db = await factory.CreateDbContextAsync();
        await db.Database.MigrateAsync();
    }
}
