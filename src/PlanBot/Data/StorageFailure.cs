namespace PlanBot.Data;

/// <summary>Recognises a failure of the database (as opposed to a bug), so the user can be told to try again.</summary>
public static class StorageFailure
{
    public static bool Is(Exception e) =>
        e is System.Data.Common.DbException or Microsoft.EntityFrameworkCore.DbUpdateException
        || e.InnerException is System.Data.Common.DbException;
}
