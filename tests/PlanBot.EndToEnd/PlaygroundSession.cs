using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using PlanBot.Testing;

namespace PlanBot.EndToEnd;

/// <summary>
/// PlanBot (anonymous, loopback, its own SQLite file) and the Agents Playground started as real
/// processes, and a headless Debian Chromium on the Playground's web UI. Screenshots go to
/// artifacts/e2e/ at the repository root.
/// </summary>
public sealed class PlaygroundSession(string name) : IAsyncLifetime
{
    private const float ExpectTimeoutMs = 30_000;
    private const float NavigationTimeoutMs = 60_000;

    // Every end-to-end class makes a session before its first test: set here, the Expect timeout covers the whole project
    // (the page's default timeout does not apply to Expect).
    static PlaygroundSession() => Assertions.SetDefaultExpectTimeout(ExpectTimeoutMs);

    private readonly List<Process> _processes = [];
    private readonly string _work = Directory.CreateTempSubdirectory("planbot-e2e-").FullName;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static string RepoRoot { get; } = FindRepoRoot();
    public static string Artifacts { get; } = Directory.CreateDirectory(Path.Combine(RepoRoot, "artifacts", "e2e")).FullName;

    public IPage Page { get; private set; } = null!;
    public string PlaygroundUrl { get; private set; } = "";
    public System.Text.StringBuilder Logs { get; } = new();

    public async Task InitializeAsync()
    {
        var botPort = FreePort();
        var playgroundPort = FreePort();
        var playground = Path.Combine(RepoRoot, "tools", "node", "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
        if (!File.Exists(playground)) throw new InvalidOperationException($"Agents Playground not installed ({playground}): run scripts/test.sh.");
        if (!File.Exists("/usr/bin/chromium")) throw new InvalidOperationException("Chromium not installed (/usr/bin/chromium): run scripts/test.sh.");

        Start("bot", "dotnet", [BotDll(), "--urls", $"http://127.0.0.1:{botPort}"], new()
        {
            ["ConnectionStrings__PlanBot"] = $"Data Source={Path.Combine(_work, "planbot.db")}",
            ["MicrosoftAppId"] = "",
        });
        await WaitForAsync($"http://127.0.0.1:{botPort}/healthz");

        // The Playground opens a browser with xdg-open and exits if that fails: a no-op one goes first on PATH.
        var bin = Directory.CreateDirectory(Path.Combine(_work, "bin")).FullName;
        await File.WriteAllTextAsync(Path.Combine(bin, "xdg-open"), "#!/bin/sh\nexit 0\n");
        File.SetUnixFileMode(Path.Combine(bin, "xdg-open"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Start("playground", "node", [playground, "start", "-e", $"http://127.0.0.1:{botPort}/api/messages", "-c", "msteams", "-p", playgroundPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--dt"], new()
        {
            ["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH"),
        });
        PlaygroundUrl = $"http://127.0.0.1:{playgroundPort}/";
        await WaitForAsync(PlaygroundUrl);

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var context = await _browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 1100 } });
        // Playwright's 5 s defaults are a coin toss on a loaded 2-core machine; only a failing test waits this long.
        context.SetDefaultTimeout(ExpectTimeoutMs);
        context.SetDefaultNavigationTimeout(NavigationTimeoutMs);
        Page = await context.NewPageAsync();
        await Page.GotoAsync(PlaygroundUrl);
    }

    /// <summary>The last card in the chat that shows <paramref name="text"/>.</summary>
    public ILocator Card(string text) => Page.Locator(".ac-adaptiveCard").Filter(new() { HasText = text }).Last;

    /// <summary>Types into the compose box like a person (line breaks kept) and presses Send.</summary>
    public async Task SendAsync(string text)
    {
        var box = Page.Locator("[contenteditable='true']").First;
        await box.ClickAsync();
        await Page.Keyboard.InsertTextAsync(text);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send Message" }).ClickAsync();
    }

    public async Task ScreenshotAsync(string name) =>
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, name + ".png") });

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        foreach (var p in _processes)
        {
            try { if (!p.HasExited) p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            p.Dispose();
        }
        await File.WriteAllTextAsync(Path.Combine(Artifacts, $"processes-{name}.log"), Logs.ToString());
        try { Directory.Delete(_work, true); } catch (IOException) { }
    }

    private void Start(string name, string file, string[] args, Dictionary<string, string> env)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _work };
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (k, v) in env) psi.Environment[k] = v;
        var p = Process.Start(psi) ?? throw new InvalidOperationException($"{name} did not start");
        p.OutputDataReceived += (_, e) => { lock (Logs) Logs.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"[{name}] {e.Data}"); };
        p.ErrorDataReceived += (_, e) => { lock (Logs) Logs.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"[{name}!] {e.Data}"); };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        _processes.Add(p);
    }

    private async Task WaitForAsync(string url)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        async Task<bool> AnswersAsync()
        {
            if (_processes.FirstOrDefault(p => p.HasExited) is { } dead)
                throw new InvalidOperationException($"a process exited with {dead.ExitCode} before {url} answered:\n{PrintedSoFar()}");
            try
            {
                return (await http.GetAsync(url)).IsSuccessStatusCode;
            }
            catch (HttpRequestException) { return false; }
            // A process still starting can take the connection and drop it: .NET then throws this unwrapped ("Transport endpoint is not connected", once in a fresh-clone run of the test command).
            catch (System.Net.Sockets.SocketException) { return false; }
            catch (TaskCanceledException) { return false; }
        }
        await Eventually.UntilAsync(AnswersAsync, Eventually.LongTimeout, () => $"{url} did not answer; the processes printed:\n{PrintedSoFar()}", TimeSpan.FromMilliseconds(250));
    }

    private string PrintedSoFar()
    {
        lock (Logs) return Logs.ToString();
    }

    private static string BotDll()
    {
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(RepoRoot, "src", "PlanBot", "bin", configuration, "net10.0", "PlanBot.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"{dll} not built");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PlanBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("PlanBot.sln not found");
    }
}
