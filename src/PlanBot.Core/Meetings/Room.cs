namespace PlanBot.Core.Meetings;

/// <summary>A bookable room: its mailbox address (Graph) or local id, name and seats.</summary>
public sealed record Room(string Email, string Name, int Capacity, string? Building = null, string? Floor = null);

/// <summary>A time span, start inclusive, end exclusive, in UTC.</summary>
public readonly record struct TimeRange(DateTime Start, DateTime End)
{
    public bool Overlaps(TimeRange other) => Start < other.End && other.Start < End;

    public TimeSpan Length => End - Start;
}
