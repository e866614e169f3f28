namespace PlanBot.Core.Plans;

/// <summary>Progress over a set of tasks: done count and the mean of their percentages (a done task counts 100).</summary>
public readonly record struct PlanProgress(int Total, int Done, int Percent)
{
    public static PlanProgress Of(IEnumerable<PlanTask> tasks)
    {
        var list = tasks.ToList();
        if (list.Count == 0) return new(0, 0, 0);
        var percent = (int)Math.Round(list.Average(t => t.Status == WorkStatus.Done ? 100 : Math.Clamp(t.Percent, 0, 100)));
        return new(list.Count, list.Count(t => t.Status == WorkStatus.Done), percent);
    }
}
