using PlanBot.Core.Import;
using PlanBot.Core.Plans;

namespace PlanBot.Tests.Import;

/// <summary>Reads a snippet as PlanBot reads a paste, and fails with the problems when it is refused.</summary>
internal static class PlanText
{
    public static PlanDocument Read(string text)
    {
        var result = PlanImporter.FromText(text);
        Assert.True(result.Succeeded, $"refused: {string.Join(", ", result.Problems)}");
        return result.Plan!;
    }

    public static UnitTasks Unit(PlanDocument plan, string name) =>
        plan.Units.SingleOrDefault(u => u.Unit == name)
        ?? throw new Xunit.Sdk.XunitException($"no unit '{name}' among: {string.Join(" / ", plan.Units.Select(u => u.Unit))}");

    public static PlanTaskItem Task(PlanDocument plan, string startsWith) =>
        plan.Units.SelectMany(u => u.Tasks).SingleOrDefault(t => t.Description.StartsWith(startsWith, StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"no task starting '{startsWith}' among: {string.Join(" / ", plan.Units.SelectMany(u => u.Tasks).Select(t => t.Description))}");
}
