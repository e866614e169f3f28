namespace PlanBot.Plans;

/// <summary>The plans feature's log messages. Never log a plan's text or card inputs.</summary>
internal static partial class PlansLog
{
    [LoggerMessage(1030, LogLevel.Information, "Plan {PlanId} saved by {UserId} with {UnitCount} units and {TaskCount} tasks.")]
    public static partial void PlanSaved(ILogger logger, int planId, string userId, int unitCount, int taskCount);

    [LoggerMessage(1031, LogLevel.Information, "Plan text from {UserId} not imported: {Problems}.")]
    public static partial void PlanNotImported(ILogger logger, string userId, string problems);

    [LoggerMessage(1040, LogLevel.Warning, "Could not download plan file {FileName}.")]
    public static partial void FileDownloadFailed(ILogger logger, Exception exception, string fileName);

    [LoggerMessage(1050, LogLevel.Warning, "Could not read plan {PlanId} to update its overview card.")]
    public static partial void OverviewNotRead(ILogger logger, Exception exception, int planId);
}
