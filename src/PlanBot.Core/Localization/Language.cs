namespace PlanBot.Core.Localization;

/// <summary>The languages PlanBot answers in; Vietnamese is the default.</summary>
public enum Language
{
    Vi,
    En,
}

public static class LanguageCodes
{
    public static string Code(this Language language) => language == Language.En ? "en" : "vi";

    public static Language? Parse(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "vi" or "vn" or "tiếng việt" or "tieng viet" or "vietnamese" => Language.Vi,
        "en" or "english" or "tiếng anh" => Language.En,
        _ => null,
    };
}
