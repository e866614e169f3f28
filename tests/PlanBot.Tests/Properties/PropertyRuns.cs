using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace PlanBot.Tests.Properties;

/// <summary>
/// How the property tests run: a fixed seed and a fixed number of generated cases in the normal test run
/// (reproducible, sized for a loaded 2-core machine), more with PLANBOT_PROPERTY_CASES=N.
/// </summary>
internal static class PropertyRuns
{
    public const ulong Seed = 20261201;
    private const ulong Gamma = 0x9E3779B97F4A7C15;

    public static int Cases(int normal) =>
        int.TryParse(Environment.GetEnvironmentVariable("PLANBOT_PROPERTY_CASES"), out var n) && n > 0 ? n : normal;

    /// <summary>Checks <paramref name="property"/> on <see cref="Cases"/> values of <paramref name="gen"/>; a failure throws with the (shrunk) counterexample.</summary>
    public static void Check<T>(string name, int normal, Gen<T> gen, Func<T, bool> property, Func<T, string>? show = null, ulong seed = Seed)
    {
        var config = Config.QuickThrowOnFailure.WithName(name).WithMaxTest(Cases(normal)).WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed, Gamma), FSharpOption<int>.None)));
        var arbitrary = Arb.From(gen.Select(v => new Shown<T>(v, show ?? (x => x?.ToString() ?? "null"))));
        FsCheck.Check.One(config, Prop.ForAll(arbitrary, shown => property(shown.Value)));
    }

    /// <summary>A generated value with a readable failure message (FsCheck prints it).</summary>
    private sealed record Shown<T>(T Value, Func<T, string> Show)
    {
        public override string ToString() => Show(Value);
    }

    /// <summary>Runs async work inside a synchronous property (xunit runs tests without a synchronization context).</summary>
    public static T Run<T>(Func<Task<T>> work) => Task.Run(work).GetAwaiter().GetResult();
}
