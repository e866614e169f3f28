namespace PlanBot.Teams;

/// <summary>
/// The bot's Entra app registration, read from the standard Bot Framework settings
/// (MicrosoftAppType, MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId).
/// With no MicrosoftAppId PlanBot runs anonymously, for local use with the Agents Playground only.
/// </summary>
public sealed record BotCredentials(string? AppId, string? Password, string? TenantId, string? AppType)
{
    public bool Configured => !string.IsNullOrWhiteSpace(AppId);

    public static BotCredentials From(IConfiguration configuration)
    {
        var credentials = new BotCredentials(
            configuration["MicrosoftAppId"], configuration["MicrosoftAppPassword"],
            configuration["MicrosoftAppTenantId"], configuration["MicrosoftAppType"]);
        credentials.Validate();
        return credentials;
    }

    private void Validate()
    {
        if (!Configured)
        {
            if (!string.IsNullOrWhiteSpace(Password))
                throw new InvalidOperationException("MicrosoftAppPassword is set but MicrosoftAppId is not: set both, or neither for local anonymous mode.");
            return;
        }
        var type = string.IsNullOrWhiteSpace(AppType) ? "MultiTenant" : AppType;
        if (type is not ("MultiTenant" or "SingleTenant" or "UserAssignedMSI"))
            throw new InvalidOperationException($"MicrosoftAppType '{AppType}' is not one of MultiTenant, SingleTenant, UserAssignedMSI.");
        if (type != "UserAssignedMSI" && string.IsNullOrWhiteSpace(Password))
            throw new InvalidOperationException("MicrosoftAppId is set but MicrosoftAppPassword is not.");
        if (type != "MultiTenant" && string.IsNullOrWhiteSpace(TenantId))
            throw new InvalidOperationException($"MicrosoftAppTenantId is required when MicrosoftAppType is {type}.");
    }
}
