using System.Reflection;
using System.Reflection.Emit;

namespace PlanBot.Tests.Architecture;

/// <summary>The dependency rule of docs/architecture.md, checked on the compiled assemblies.</summary>
public sealed class DependencyRuleTests
{
    private static readonly string[] Features = ["Help", "Plans", "Assignments", "Status", "Reminders", "Reports", "Meetings", "PlanPage"];

    [Fact]
    public void The_domain_references_no_ASP_NET_Core_EF_Core_or_Bot_Framework()
    {
        var core = typeof(PlanBot.Core.Plans.Plan).Assembly;
        var forbidden = new[] { "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Microsoft.Bot", "Microsoft.Graph" };
        var references = core.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.Contains("CsvHelper", references); // the check reads real references
        Assert.DoesNotContain(references, r => forbidden.Any(f => r.StartsWith(f, StringComparison.Ordinal)));
        var used = core.GetTypes().SelectMany(TypesUsedBy).Select(t => t.Namespace ?? "").Distinct().ToList();
        Assert.DoesNotContain(used, ns => forbidden.Any(f => ns.StartsWith(f, StringComparison.Ordinal)));
    }

    [Fact]
    public void The_Teams_edge_references_no_feature()
    {
        var host = typeof(PlanBot.Teams.BotTurn).Assembly;
        var edge = host.GetTypes().Where(t => t.Namespace == "PlanBot.Teams").ToList();
        Assert.Contains(edge, t => t.Name == "TeamsBot");
        var broken = edge
            .SelectMany(t => TypesUsedBy(t).Where(IsFeature).Select(used => $"{t.FullName} → {used.FullName}"))
            .Distinct().Order().ToList();
        Assert.Empty(broken);
    }

    [Fact]
    public void The_check_sees_a_feature_used_only_inside_a_method_body()
    {
        // A feature type used only in IL (here a generic method's argument: AddHostedService<OverviewRefresher>()) is
        // found: the rule is not checked on signatures alone.
        var used = TypesUsedBy(typeof(PlanBot.Plans.PlansSetup)).ToList();
        Assert.Contains(used, t => t.Name == "OverviewRefresher");
    }

    private static bool IsFeature(Type type) =>
        type.Namespace is { } ns && Features.Any(f => ns == $"PlanBot.{f}" || ns.StartsWith($"PlanBot.{f}.", StringComparison.Ordinal));

    /// <summary>Every type a type uses: base type, interfaces, fields, signatures, and the types and members its method bodies use.</summary>
    private static IEnumerable<Type> TypesUsedBy(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var found = new HashSet<Type>();
        void Add(Type? t)
        {
            if (t is null || t.IsGenericParameter) return;
            if (t.HasElementType) { Add(t.GetElementType()); return; }
            if (!found.Add(t)) return;
            if (t.IsGenericType) foreach (var a in t.GetGenericArguments()) Add(a);
        }
        Add(type.BaseType);
        foreach (var i in type.GetInterfaces()) Add(i);
        foreach (var f in type.GetFields(all)) Add(f.FieldType);
        foreach (var p in type.GetProperties(all)) Add(p.PropertyType);
        var methods = type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all));
        foreach (var m in methods)
        {
            foreach (var p in m.GetParameters()) Add(p.ParameterType);
            if (m is MethodInfo mi) Add(mi.ReturnType);
            foreach (var used in TypesInBody(m)) Add(used);
        }
        foreach (var nested in type.GetNestedTypes(all))
            foreach (var t in TypesUsedBy(nested)) found.Add(t);
        return found;
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    /// <summary>The types whose members or tokens a method's IL names (ldtoken, newobj, call, ldfld, castclass, …).</summary>
    private static IEnumerable<Type> TypesInBody(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null) yield break;
        var typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            var code = il[i] == 0xFE ? OpCodesByValue[(short)(0xFE00 | il[i + 1])] : OpCodesByValue[il[i]];
            i += code.Size;
            switch (code.OperandType)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    var member = Resolve(method.Module, BitConverter.ToInt32(il, i), typeArgs, methodArgs);
                    if (member is Type t) yield return t;
                    else if (member?.DeclaringType is { } declaring) yield return declaring;
                    if (member is FieldInfo field) yield return field.FieldType;
                    if (member is MethodInfo { IsGenericMethod: true } generic)
                        foreach (var argument in generic.GetGenericArguments()) yield return argument;
                    i += 4;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + 4 * BitConverter.ToInt32(il, i);
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.InlineNone:
                    break;
                default:
                    i += 4;
                    break;
            }
        }
    }

    private static MemberInfo? Resolve(Module module, int token, Type[]? typeArgs, Type[]? methodArgs)
    {
        try
        {
            return module.ResolveMember(token, typeArgs, methodArgs);
        }
        catch (ArgumentException)
        {
            return null; // a generic member resolved without its context: its other uses name its type
        }
    }
}
