namespace PlanBot.People;

public static class PeopleSetup
{
    /// <summary>Each user's language and the conversations PlanBot knows.</summary>
    public static IServiceCollection AddPeople(this IServiceCollection services) => services.AddSingleton<UserPreferences>();
}
