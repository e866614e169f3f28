namespace PlanBot.People;

/// <summary>Who is acting and where: the parts of a Teams turn the workflows need.</summary>
public sealed record Caller(string UserId, string? UserName, string TenantId, string ConversationId, string ServiceUrl);
