namespace PlanBot;

/// <summary>
/// PlanBot's log messages and their event ids, one table for the assembly (LogEventTests checks that every id is used
/// once): 1000s the Teams edge, 1030s plans, 3000s reminders, 4000s meetings. The outbox's (2000s) and the
/// messenger's (2100s) stay beside their code until the outbox work moves them here. Never log message text or card
/// inputs: they hold people's notes.
/// </summary>
internal static partial class Log
{
    // The Teams edge.
    [LoggerMessage(1000, LogLevel.Warning, "No MicrosoftAppId is configured: PlanBot accepts unauthenticated requests, from loopback only. "
        + "Configure MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId before exposing it.")]
    public static partial void AnonymousMode(ILogger logger);

    [LoggerMessage(1001, LogLevel.Critical, "PlanBot runs without app credentials but listens on {Address}, which is not loopback. Configure "
        + "MicrosoftAppId/MicrosoftAppPassword, or set PlanBot__AllowAnonymousOnNetwork=true if you really mean it. Stopping.")]
    public static partial void AnonymousOnNetworkRefused(ILogger logger, string address);

    [LoggerMessage(1002, LogLevel.Warning, "Anonymous request from non-loopback address {Address} refused.")]
    public static partial void AnonymousRemoteRefused(ILogger logger, string? address);

    [LoggerMessage(1004, LogLevel.Warning, "Request refused: its token did not validate ({Problem}).")]
    public static partial void TokenRefused(ILogger logger, string problem);

    [LoggerMessage(1005, LogLevel.Error, "Tokens cannot be checked: the Bot Framework OpenID metadata at {Address} cannot be fetched ({Problem}). "
        + "Requests get 503 with Retry-After until it can; check the network or proxy towards that address.")]
    public static partial void TokenMetadataUnreachable(ILogger logger, string address, string problem);

    [LoggerMessage(1006, LogLevel.Warning, "The Bot Framework OpenID metadata can be fetched again; tokens are checked.")]
    public static partial void TokenMetadataReachable(ILogger logger);

    [LoggerMessage(1003, LogLevel.Information, "Rejected activity: {Reason}.")]
    public static partial void ActivityRejected(ILogger logger, string reason);

    [LoggerMessage(1010, LogLevel.Error, "Turn failed for activity {ActivityId} ({ActivityType}).")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string? activityId, string? activityType);

    [LoggerMessage(1020, LogLevel.Warning, "Refused card action {Verb} from {UserId}: {Reason}.")]
    public static partial void CardActionRefused(ILogger logger, string? verb, string userId, string reason);

    /// <remarks>Was 1050, the id of <see cref="OverviewNotRead"/> too.</remarks>
    [LoggerMessage(1060, LogLevel.Error, "Message too large to {Operation}: {Activity} is {Bytes} bytes (UTF-16), over the budget of {Limit}. "
        + "Not sent; the card must be built smaller.")]
    public static partial void MessageTooLarge(ILogger logger, string operation, string activity, int bytes, int limit);

    // Plans.
    [LoggerMessage(1030, LogLevel.Information, "Plan {PlanId} saved by {UserId} with {UnitCount} units and {TaskCount} tasks.")]
    public static partial void PlanSaved(ILogger logger, int planId, string userId, int unitCount, int taskCount);

    [LoggerMessage(1031, LogLevel.Information, "Plan text from {UserId} not imported: {Problems}.")]
    public static partial void PlanNotImported(ILogger logger, string userId, string problems);

    [LoggerMessage(1040, LogLevel.Warning, "Could not download plan file {FileName}.")]
    public static partial void FileDownloadFailed(ILogger logger, Exception exception, string fileName);

    [LoggerMessage(1050, LogLevel.Warning, "Could not read plan {PlanId} to update its overview card.")]
    public static partial void OverviewNotRead(ILogger logger, Exception exception, int planId);

    // Reminders.
    [LoggerMessage(3000, LogLevel.Error, "Reminder run failed; trying again in a minute.")]
    public static partial void RunFailed(ILogger logger, Exception exception);

    // Meetings.
    [LoggerMessage(4000, LogLevel.Error, "Completing interrupted meeting invitations failed; trying again in ten minutes.")]
    public static partial void RecoveryFailed(ILogger logger, Exception exception);

    [LoggerMessage(4001, LogLevel.Error, "PlanBot cannot sign in to Microsoft 365 for the calendar ({Code}): {Advice}.")]
    public static partial void GraphSignInFailed(ILogger logger, string code, string advice);
}
