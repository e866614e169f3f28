using PlanBot.Core.Import;

namespace PlanBot.Core.Assignments;

public enum UnitRole { Responsible, Deputy }

/// <summary>
/// A person answering for a unit of an organisation (tenant). Kept by unit name, so the same
/// assignment serves every plan of that organisation that names the unit.
/// </summary>
public sealed class UnitMember
{
    public int Id { get; set; }
    public required string TenantId { get; set; }
    public required string UnitKey { get; set; }
    public required string UnitName { get; set; }
    public required string UserId { get; set; }
    public required string UserName { get; set; }
    public UnitRole Role { get; set; }

    /// <summary>"Văn phòng Sở" and "VĂN PHÒNG SỞ" name the same unit.</summary>
    public static string KeyOf(string unitName) => VietnameseText.Fold(unitName);
}

/// <summary>
/// Someone PlanBot has seen: how to reach them in Teams (channel id, service URL, the 1:1
/// conversation once it exists) and how to recognise them (Entra id, email, UPN).
/// </summary>
public sealed class KnownUser
{
    /// <summary>The Entra object id where Teams gives it, else the channel id.</summary>
    public required string UserId { get; set; }
    public required string ChannelAccountId { get; set; }
    public required string Name { get; set; }
    public string? Email { get; set; }
    public string? UserPrincipalName { get; set; }
    public required string TenantId { get; set; }
    public required string ServiceUrl { get; set; }
    public string? PersonalConversationId { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
