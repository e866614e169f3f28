namespace PlanBot.Teams;

/// <summary>PlanBot's log messages, with event ids. Never log message text or card inputs: they hold people's notes.</summary>
internal static partial class Log
{
    [LoggerMessage(1000, LogLevel.Warning, "No MicrosoftAppId is configured: PlanBot accepts unauthenticated requests, from loopback only. Configure MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId before exposing it.")]
    public static partial void AnonymousMode(ILogger logger);

    [LoggerMessage(1001, LogLevel.Critical, "PlanBot runs without app credentials but listens on {Address}, which is not loopback. Configure MicrosoftAppId/MicrosoftAppPassword, or set PlanBot__AllowAnonymousOnNetwork=true if you really mean it. Stopping.")]
    public static partial void AnonymousOnNetworkRefused(ILogger logger, string address);

    [LoggerMessage(1002, LogLevel.Warning, "Anonymous request from non-loopback address {Address} refused.")]
    public static partial void AnonymousRemoteRefused(ILogger logger, string? address);

    [LoggerMessage(1004, LogLevel.Warning, "Request refused: its token did not validate ({Problem}).")]
    public static partial void TokenRefused(ILogger logger, string problem);

    [LoggerMessage(1005, LogLevel.Error, "Tokens cannot be checked: the Bot Framework OpenID metadata at {Address} cannot be fetched ({Problem}). Requests get 503 with Retry-After until it can; check the network or proxy towards that address.")]
    public static partial void TokenMetadataUnreachable(ILogger logger, string address, string problem);

    [LoggerMessage(1006, LogLevel.Warning, "The Bot Framework OpenID metadata can be fetched again; tokens are checked.")]
    public static partial void TokenMetadataReachable(ILogger logger);

    [LoggerMessage(1003, LogLevel.Information, "Rejected activity: {Reason}.")]
    public static partial void ActivityRejected(ILogger logger, string reason);

    [LoggerMessage(1010, LogLevel.Error, "Turn failed for activity {ActivityId} ({ActivityType}).")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string? activityId, string? activityType);

    [LoggerMessage(1020, LogLevel.Warning, "Refused card action {Verb} from {UserId}: {Reason}.")]
    public static partial void CardActionRefused(ILogger logger, string? verb, string userId, string reason);
}
