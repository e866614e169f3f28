using PlanBot.Teams;

namespace PlanBot.Assignments;

public static class AssignmentsSetup
{
    /// <summary>Who answers for each unit.</summary>
    public static IServiceCollection AddAssignments(this IServiceCollection services) =>
        services.AddSingleton<AssignmentWorkflow>().AddBotSurface<AssignmentCommands>();
}
