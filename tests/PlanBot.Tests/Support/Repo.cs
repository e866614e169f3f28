using System.Diagnostics;

namespace PlanBot.Tests.Support;

/// <summary>Paths in the repository and the Node tools the tests use (installed by the test command).</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Cards => Path.Combine(Root, "cards");
    public static string Manifest => Path.Combine(Root, "manifest");
    public static string NodeTools => Path.Combine(Root, "tools", "node");
    public static string SeedPlan => Path.Combine(Root, "tests", "PlanBot.Tests", "PlanCorpus", "01-hoi-nghi-tong-ket-khcn.txt");

    /// <summary>Runs a script from tools/node with the given stdin; fails loudly when the npm packages are not installed.</summary>
    public static string RunNode(string script, string stdin, params string[] args)
    {
        if (!Directory.Exists(Path.Combine(NodeTools, "node_modules")))
            throw new InvalidOperationException($"npm packages missing in {NodeTools}: run scripts/test.sh (or 'npm ci' there) first.");
        var psi = new ProcessStartInfo("node") { WorkingDirectory = NodeTools, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(script);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("node did not start");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.StandardInput.Write(stdin);
        p.StandardInput.Close();
        if (!p.WaitForExit(120_000)) { p.Kill(true); throw new TimeoutException($"node {script} took over 2 minutes"); }
        if (p.ExitCode != 0) throw new InvalidOperationException($"node {script} exited {p.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PlanBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("PlanBot.sln not found above " + AppContext.BaseDirectory);
    }
}
