using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Teams;

/// <summary>Secure by default: with app credentials every request needs a valid token; without, only loopback is served.</summary>
public sealed class AuthenticationTests
{
    [Fact]
    public async Task With_credentials_configured_an_unsigned_request_gets_401()
    {
        await using var bot = await BotHost.StartAsync(new() { ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555", ["MicrosoftAppPassword"] = "not-a-real-secret", ["MicrosoftAppTenantId"] = "tenant-1", ["MicrosoftAppType"] = "SingleTenant" });
        var response = await bot.PostAsync(bot.Activities.Message("help"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);

        using var forged = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = System.Net.Http.Json.JsonContent.Create(bot.Activities.Message("help")) };
        forged.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0.");
        Assert.Equal(HttpStatusCode.Unauthorized, (await bot.Client.SendAsync(forged)).StatusCode);
        // Both were refused in the request itself, before any turn: the 401s are the sign that nothing runs on.
        await bot.SettledAsync();
        Assert.Empty(bot.Connector.Sent);
    }

    [Fact]
    public async Task Incomplete_credentials_stop_the_service_with_a_message_naming_the_setting()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => BotHost.StartAsync(new() { ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555" }));
        Assert.Contains("MicrosoftAppPassword", error.ToString());
    }

    [Fact]
    public async Task Anonymous_mode_refuses_to_listen_on_a_network_address()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "PlanBot.dll");
        var folder = Directory.CreateTempSubdirectory("planbot-anon-").FullName;
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        psi.ArgumentList.Add(dll);
        psi.ArgumentList.Add("--urls");
        psi.ArgumentList.Add("http://0.0.0.0:0");
        psi.Environment["ConnectionStrings__PlanBot"] = $"Data Source={Path.Combine(folder, "p.db")}";
        psi.Environment["MicrosoftAppId"] = "";
        using var process = Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEndAsync();
        // Starting .NET on a loaded 2-core machine took over 30 s; only a PlanBot that keeps running waits this long.
        using var patience = new CancellationTokenSource(Eventually.LongTimeout);
        var exited = await process.WaitForExitAsync(patience.Token).ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default);
        if (!exited) process.Kill(true);
        Assert.True(exited, "PlanBot kept running anonymously on 0.0.0.0");
        Assert.Equal(3, process.ExitCode);
        Assert.Contains("not loopback", await output);
    }
}
