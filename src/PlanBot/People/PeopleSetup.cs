namespace PlanBot.People;

public static class PeopleSetup
{
    /// <summary>Each user's language, and the people PlanBot knows and how to reach them.</summary>
    public static IServiceCollection AddPeople(this IServiceCollection services) => services.AddSingleton<UserPreferences>().AddSingleton<KnownUsers>();
}
