using System.Text.Json.Nodes;

namespace PlanBot.Testing;

/// <summary>Sets a property and returns the object, so an activity is built in one expression.</summary>
public static class JsonObjectExtensions
{
    public static JsonObject With(this JsonObject o, string key, JsonNode? value)
    {
        o[key] = value;
        return o;
    }
}
