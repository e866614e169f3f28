using PlanBot.Core.Status;

namespace PlanBot.Core.Plans;

/// <summary>Progress over a set of tasks: done count and the mean of their percentages (a done task counts 100).</summary>
public readonly record struct PlanProgress(int Total, int Done, int Percent)
{
    public static PlanProgress Of(IEnumerable<PlanTask> tasks)
    {
        var list = tasks.ToList();
        if (list.Count == 0) return new(0, 0, 0);
        var percent = (int)Math.Round(list.Average(t => TaskStanding.EffectivePercent(t.Status, t.Percent)));
        return new(list.Count, list.Count(t => !t.IsOpen), percent);
    }
}
