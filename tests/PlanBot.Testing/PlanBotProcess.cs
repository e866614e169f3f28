using System.Diagnostics;

namespace PlanBot.Testing;

/// <summary>PlanBot as its own process (so it can be killed with SIGKILL), anonymous on a free loopback port.</summary>
public sealed class PlanBotProcess : IAsyncDisposable
{
    private readonly Process _process;

    public Uri Url { get; }

    public int ProcessId => _process.Id;

    /// <summary>What the process printed (its log), for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    private readonly System.Text.StringBuilder _output = new();

    private PlanBotProcess(Process process, Uri url, System.Text.StringBuilder output) => (_process, Url, _output) = (process, url, output);

    public static async Task<PlanBotProcess> StartAsync(string connectionString, Dictionary<string, string>? settings = null)
    {
        var port = FreePort();
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PlanBot.dll"));
        psi.ArgumentList.Add("--urls");
        psi.ArgumentList.Add($"http://127.0.0.1:{port}");
        psi.Environment["ConnectionStrings__PlanBot"] = connectionString;
        psi.Environment["MicrosoftAppId"] = "";
        psi.Environment["PlanBot__CardsPath"] = Path.Combine(AppContext.BaseDirectory, "cards");
        // Short, so that a restart after a kill takes over soon; sends time out after half of it (10 s). At 4 s (2 s sends) a
        // loaded 2-core machine timed out sends the connector had taken in, and they went twice (91 duplicated reminders).
        psi.Environment["PlanBot__Sending__LeaseSeconds"] = "20";
        psi.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (k, v) in settings ?? []) psi.Environment[k] = v;
        var process = Process.Start(psi)!;
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var url = new Uri($"http://127.0.0.1:{port}");
        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(5) };
        string Printed()
        {
            lock (output) return output.ToString();
        }
        async Task<bool> AnswersAsync()
        {
            if (process.HasExited) throw new InvalidOperationException($"PlanBot exited with {process.ExitCode}:\n{Printed()}");
            try
            {
                return (await http.GetAsync("/healthz")).IsSuccessStatusCode;
            }
            catch (HttpRequestException) { return false; }
            // A process still starting can take the connection and drop it: .NET then throws this unwrapped ("Transport endpoint is not connected", once in a fresh-clone run of the test command).
            catch (System.Net.Sockets.SocketException) { return false; }
            catch (TaskCanceledException) { return false; }
        }
        try
        {
            await Eventually.UntilAsync(AnswersAsync, Eventually.LongTimeout, () => $"PlanBot did not answer /healthz; it printed:\n{Printed()}", TimeSpan.FromMilliseconds(100));
        }
        catch (TimeoutException)
        {
            process.Kill(true);
            throw;
        }
        return new PlanBotProcess(process, url, output);
    }

    /// <summary>SIGKILL: no shutdown, no flush, as when the machine loses power.</summary>
    public void Kill()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var l = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        l.Start();
        return ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
    }
}
