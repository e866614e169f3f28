using PlanBot.Core.Conversation;

namespace PlanBot.Teams;

/// <summary>
/// Hands each command and card verb to the feature that owns it. Built once from the registered surfaces;
/// a command or verb claimed twice stops the process at start, with both owners named.
/// </summary>
public sealed class BotRouter
{
    private readonly Dictionary<CommandKind, IBotCommands> _commands = [];
    private readonly Dictionary<string, ICardActions> _verbs = new(StringComparer.Ordinal);

    public BotRouter(IEnumerable<IBotCommands> commands, IEnumerable<ICardActions> actions, IEnumerable<IFileMessages> files)
    {
        foreach (var owner in commands)
            foreach (var kind in owner.Commands)
                if (!_commands.TryAdd(kind, owner)) throw new InvalidOperationException($"Command {kind} is claimed by {_commands[kind].GetType().Name} and {owner.GetType().Name}.");
        foreach (var owner in actions)
            foreach (var verb in owner.Verbs)
                if (!_verbs.TryAdd(verb, owner)) throw new InvalidOperationException($"Card verb {verb} is claimed by {_verbs[verb].GetType().Name} and {owner.GetType().Name}.");
        if (!_commands.ContainsKey(CommandKind.Unknown)) throw new InvalidOperationException("No feature answers CommandKind.Unknown.");
        Files = [.. files];
    }

    public IReadOnlyList<IFileMessages> Files { get; }

    /// <summary>The owner of a command; what answers unknown text when no feature claims it.</summary>
    public IBotCommands For(CommandKind kind) => _commands.GetValueOrDefault(kind) ?? _commands[CommandKind.Unknown];

    public ICardActions? For(string? verb) => verb is null ? null : _verbs.GetValueOrDefault(verb);
}
