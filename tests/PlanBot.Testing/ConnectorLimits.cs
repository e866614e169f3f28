namespace PlanBot.Testing;

/// <summary>Teams' documented limits, enforced exactly: per conversation 7/1 s, 8/2 s, 60/30 s, 1800/h; per tenant 50/1 s.</summary>
public sealed class ConnectorLimits
{
    private readonly object _gate = new();
    private readonly Dictionary<string, List<DateTimeOffset>> _byConversation = [];
    private readonly List<DateTimeOffset> _all = [];
    private static readonly (int Count, TimeSpan Window)[] PerConversation = [(7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30)), (1800, TimeSpan.FromHours(1))];

    public int TenantPerSecond { get; init; } = 50;
    public int Refused { get; private set; }

    public bool TryAccept(string conversationId, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (!_byConversation.TryGetValue(conversationId, out var list)) _byConversation[conversationId] = list = [];
            var ok = PerConversation.All(l => list.Count(t => t > now - l.Window) < l.Count) && _all.Count(t => t > now - TimeSpan.FromSeconds(1)) < TenantPerSecond;
            if (!ok)
            {
                Refused++;
                return false;
            }
            list.Add(now);
            _all.Add(now);
            _all.RemoveAll(t => t < now - TimeSpan.FromSeconds(2));
            return true;
        }
    }
}
