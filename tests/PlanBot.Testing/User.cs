using System.Text.Json.Nodes;

namespace PlanBot.Testing;

/// <summary>The people of the tests: their Teams id, name and Entra object id.</summary>
public sealed record User(string Id, string Name, string AadObjectId)
{
    public static readonly User Alex = new("29:alex", "Alex Wilber", "aad-alex");
    public static readonly User Megan = new("29:megan", "Megan Bowen", "aad-megan");
    public static readonly User Adele = new("29:adele", "Adele Vance", "aad-adele");

    public JsonObject AsMember() => new() { ["id"] = Id, ["name"] = Name, ["aadObjectId"] = AadObjectId, ["email"] = $"{Name.Split(' ')[0].ToLowerInvariant()}@example.org", ["userPrincipalName"] = $"{Name.Split(' ')[0].ToLowerInvariant()}@example.org", ["tenantId"] = Activities.Tenant };
}
