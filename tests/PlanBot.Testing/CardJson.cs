using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PlanBot.Testing;

/// <summary>Cards and invoke answers as tests read them.</summary>
public static class CardJson
{
    /// <summary>Vietnamese as it reads ("Đã lưu"), not escaped ("\u0110\u00e3 l\u01b0u"): what assertions on card text compare with.</summary>
    public static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The node's JSON with its text unescaped.</summary>
    public static string ToReadableJson(this JsonNode node) => node.ToJsonString(Relaxed);

    /// <summary>The verb of a card's first action (Action.Execute), or null.</summary>
    public static string? FirstVerb(JsonNode? card) => card?["actions"]?[0]?["verb"]?.GetValue<string>();
}
