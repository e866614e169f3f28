namespace PlanBot.Tests.Support;

/// <summary>
/// A test of several PlanBot instances on one database: that deployment runs on PostgreSQL (two processes on one SQLite
/// file is not one anybody runs), so the test runs in the test command's PostgreSQL pass and shows as skipped, with this
/// reason, in the SQLite pass.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabase.PostgresServer is null) Skip = "several instances share a PostgreSQL database: runs when PLANBOT_TEST_POSTGRES is set (scripts/test.sh's second pass)";
    }
}
