using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlanBot.Core.Localization;

/// <summary>
/// Writes a <see cref="Texts"/> member that has a blank (a <c>Func&lt;string, string&gt;</c>) as "" in card data:
/// the blank is filled where the text is used, and card data never holds a delegate or a null.
/// </summary>
public sealed class TextWithBlank : JsonConverter<Func<string, string>>
{
    public override Func<string, string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Texts are not read from JSON.");

    public override void Write(Utf8JsonWriter writer, Func<string, string> value, JsonSerializerOptions options) => writer.WriteStringValue("");
}
