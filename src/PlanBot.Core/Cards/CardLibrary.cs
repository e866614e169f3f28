using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PlanBot.Core.Cards;

/// <summary>The card templates of the cards/ folder, parsed once, expanded with view data.</summary>
public sealed class CardLibrary(string folder)
{
    public static readonly JsonSerializerOptions DataOptions = new(JsonSerializerDefaults.Web);

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
