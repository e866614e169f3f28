using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace PlanBot.Data;

public static class StorageSetup
{
    /// <summary>
    /// SQLite by default: <c>ConnectionStrings:PlanBot</c>, or the file <c>data/planbot.db</c> under the content root.
    /// A connection string naming a Host (<c>Host=…;Database=…</c>) means PostgreSQL.
    /// </summary>
    public static IServiceCollection AddPlanBotStorage(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var connectionString = configuration.GetConnectionString("PlanBot");
        if (string.IsNullOrWhiteSpace(connectionString))
            connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(environment.ContentRootPath, "data", "planbot.db") }.ToString();
        services.AddSingleton<IDbContextFactory<PlanBotDb>>(new PlanBotDbFactory(connectionString));
        return services;
    }

    public static async Task MigratePlanBotDatabaseAsync(this WebApplication app)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<PlanBotDb>>();
        await using var db = await factory.CreateDbContextAsync();
        await db.Database.MigrateAsync();
        // SQLite: write-ahead logging lets readers and the one writer work side by side (the setting stays in the file).
        if (db is SqlitePlanBotDb) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }
}

/// <summary>
/// Creates PlanBot's DbContext for the provider its connection string names. Contexts are pooled (reset and reused
/// when disposed): every turn opens several, and building each anew was a measurable part of a status answer.
/// </summary>
public sealed class PlanBotDbFactory : IDbContextFactory<PlanBotDb>
{
    private readonly Func<PlanBotDb> _create;

    public PlanBotDbFactory(string connectionString)
    {
        if (IsPostgres(connectionString))
        {
            var options = new DbContextOptionsBuilder<PostgresPlanBotDb>().UseNpgsql(connectionString).Options;
            var pool = new PooledDbContextFactory<PostgresPlanBotDb>(options);
            _create = pool.CreateDbContext;
        }
        else
        {
            var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
            if (!string.IsNullOrEmpty(dataSource) && dataSource != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(dataSource)) is { } dir)
                Directory.CreateDirectory(dir);
            var options = new DbContextOptionsBuilder<SqlitePlanBotDb>().UseSqlite(connectionString).AddInterceptors(new SqliteConnectionSettings()).Options;
            var pool = new PooledDbContextFactory<SqlitePlanBotDb>(options);
            _create = pool.CreateDbContext;
        }
    }

    public static bool IsPostgres(string connectionString) =>
        connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase) || connectionString.StartsWith("postgres", StringComparison.OrdinalIgnoreCase);

    public PlanBotDb CreateDbContext() => _create();
}

/// <summary>For <c>dotnet ef migrations add … --context SqlitePlanBotDb</c>.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePlanBotDb>
{
    public SqlitePlanBotDb CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<SqlitePlanBotDb>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>For <c>dotnet ef migrations add … --context PostgresPlanBotDb</c> (no server is contacted).</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPlanBotDb>
{
    public PostgresPlanBotDb CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<PostgresPlanBotDb>().UseNpgsql("Host=localhost;Database=planbot").Options);
}
