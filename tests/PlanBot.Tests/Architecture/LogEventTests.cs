using System.Reflection;
using Microsoft.Extensions.Logging;

namespace PlanBot.Tests.Architecture;

/// <summary>Each log event id names one event in each assembly: a dashboard or an alert on an id must not see two kinds of events.</summary>
public sealed class LogEventTests
{
    [Fact]
    public void Every_log_event_id_of_an_assembly_is_used_once()
    {
        foreach (var assembly in new[] { typeof(PlanBot.Teams.BotTurn).Assembly, typeof(PlanBot.Core.Plans.Plan).Assembly })
        {
            const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
            var events = assembly.GetTypes()
                .SelectMany(t => t.GetMethods(all))
                .Select(m => (Method: $"{m.DeclaringType!.Name}.{m.Name}", Attribute: m.GetCustomAttribute<LoggerMessageAttribute>()))
                .Where(x => x.Attribute is not null)
                .ToList();
            if (assembly == typeof(PlanBot.Teams.BotTurn).Assembly)
                Assert.True(events.Count >= 20, $"found {events.Count} log events: the check reads the real ones");
            var shared = events.GroupBy(e => e.Attribute!.EventId).Where(g => g.Count() > 1)
                .Select(g => $"{g.Key}: {string.Join(", ", g.Select(e => e.Method))}").ToList();
            Assert.Empty(shared);
        }
    }
}
