using PlanBot.Data;

namespace PlanBot.Testing;

/// <summary>
/// A fresh database for one test: a SQLite file by default, or a new PostgreSQL database when
/// PLANBOT_TEST_POSTGRES holds a server connection string (the test command runs the suite both ways).
/// </summary>
public static class TestDatabase
{
    public static string? PostgresServer => Environment.GetEnvironmentVariable("PLANBOT_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    public static string NewConnectionString(string folder) =>
        PostgresServer is { } server ? $"{server};Database=planbot_test_{Guid.NewGuid():N}" : $"Data Source={Path.Combine(folder, "planbot.db")}";

    public static PlanBotDb Open(string connectionString) => new PlanBotDbFactory(connectionString).CreateDbContext();
}
