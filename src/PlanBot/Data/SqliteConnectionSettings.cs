using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PlanBot.Data;

/// <summary>
/// Per-connection SQLite settings. Microsoft.Data.Sqlite answers a locked database by sleeping 150 ms
/// and trying again, which under 32 concurrent writers put requests to sleep several times over; SQLite's
/// own busy handler waits in steps of a few milliseconds instead.
/// </summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 10000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
