using System.ComponentModel.DataAnnotations;

namespace PlanBot.PlanPage;

/// <summary>Settings of the plan page (section "PlanBot:PlanPage").</summary>
public sealed class PlanPageOptions
{
    /// <summary>
    /// Key of the signed links (base64, at least 32 bytes). Empty: PlanBot makes one and keeps it in
    /// <see cref="LinkKeyFile"/>; several instances must share one key, so set it there.
    /// </summary>
    public string? LinkKey { get; set; }

    /// <summary>Where the generated link key is kept when <see cref="LinkKey"/> is empty (relative to the content root).</summary>
    public string LinkKeyFile { get; set; } = "data/plan-page.key";

    /// <summary>How long a signed link works. The overview card gets a fresh one every time it is updated.</summary>
    [Range(1, 365)]
    public int LinkDays { get; set; } = 30;

    /// <summary>
    /// The Entra app whose tokens the Teams tab sends (Teams SSO); defaults to MicrosoftAppId. Empty: no sign-in,
    /// only signed links open the page.
    /// </summary>
    public string? ClientId { get; set; }

    /// <summary>
    /// OpenID metadata with the signing keys of Entra tokens. Default: the app's tenant
    /// (MicrosoftAppTenantId) or, for a multi-tenant app, "common" (the same keys for every tenant).
    /// </summary>
    public string? OpenIdMetadataUrl { get; set; }
}
