using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace PlanBot.Core.Cards;

/// <summary>The card templates of the cards/ folder, parsed once, expanded with view data.</summary>
public sealed class CardLibrary(string folder)
{
    /// <summary>
    /// How view data becomes the template's data. Texts with blanks are methods (delegates); a template reads only plain
    /// strings, so delegate-typed members are left out.
    /// </summary>
    public static readonly JsonSerializerOptions DataOptions = new(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { WithoutDelegates } },
    };

    private static void WithoutDelegates(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object) return;
        for (var i = info.Properties.Count - 1; i >= 0; i--)
            if (typeof(Delegate).IsAssignableFrom(info.Properties[i].PropertyType)) info.Properties.RemoveAt(i);
    }

    private readonly ConcurrentDictionary<string, CardTemplate> _templates = new(StringComparer.Ordinal);

    public string Folder { get; } = folder;

    public IEnumerable<string> Names => Directory.GetFiles(Folder, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal);

    public JsonNode Render(string name, object data) =>
        Template(name).Expand(JsonSerializer.SerializeToNode(data, DataOptions));

    private CardTemplate Template(string name) => _templates.GetOrAdd(name, n =>
    {
        var path = Path.Combine(Folder, n + ".json");
        if (!File.Exists(path)) throw new FileNotFoundException($"No card template '{n}' in {Folder}.", path);
        return CardTemplate.Parse(File.ReadAllText(path));
    });
}
