using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace PlanBot.Tests.Support;

/// <summary>
/// PDFs printed by Debian's Chromium from HTML, as a user's "Save as PDF" makes them. Chromium is a dependency of
/// the test command (scripts/test.sh installs it): when it is missing this fails loudly rather than skipping.
/// Each page is printed once per test run (cached by its HTML in a temp folder) and prints run one at a time.
/// </summary>
public static class ChromiumPdf
{
    public const string Executable = "/usr/bin/chromium";

    private static readonly string Cache = Path.Combine(Path.GetTempPath(), $"planbot-pdf-{Environment.ProcessId}");
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);
    private static long _spentTicks;

    /// <summary>Chromium time spent in this run, to keep the tests' total in check.</summary>
    public static TimeSpan Spent => TimeSpan.FromTicks(Interlocked.Read(ref _spentTicks));

    public static byte[] FromHtml(string html) => FromHtmlAsync(html).GetAwaiter().GetResult();

    public static async Task<byte[]> FromHtmlAsync(string html)
    {
        if (!File.Exists(Executable))
            throw new InvalidOperationException($"Chromium is missing at {Executable}: the PDF tests need it (scripts/test.sh installs Debian's chromium).");
        Directory.CreateDirectory(Cache);
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(html)))[..24];
        var pdf = Path.Combine(Cache, key + ".pdf");
        await OneAtATime.WaitAsync();
        try
        {
            if (File.Exists(pdf)) return await File.ReadAllBytesAsync(pdf);
            var page = Path.Combine(Cache, key + ".html");
            await File.WriteAllTextAsync(page, html);
            var profile = Path.Combine(Cache, key + ".profile");
            var psi = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=" + profile, "--print-to-pdf=" + pdf + ".part", new Uri(page).AbsoluteUri })
                psi.ArgumentList.Add(arg);
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(psi) ?? throw new InvalidOperationException("Chromium did not start");
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(true);
                throw new TimeoutException("Chromium took over 90 s to print a page");
            }
            Interlocked.Add(ref _spentTicks, watch.Elapsed.Ticks);
            if (process.ExitCode != 0 || !File.Exists(pdf + ".part"))
                throw new InvalidOperationException($"Chromium exited {process.ExitCode} without a PDF: {await stderr}");
            File.Move(pdf + ".part", pdf, overwrite: true);
            try { Directory.Delete(profile, recursive: true); } catch (IOException) { }
            return await File.ReadAllBytesAsync(pdf);
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    /// <summary>A page that looks like a scan: the text drawn on a canvas, so the PDF holds an image and no letters.</summary>
    public static string ScannedPage(string text) =>
        "<!doctype html><html><head><meta charset=\"utf-8\"><style>@page{size:A4;margin:1cm}body{margin:0}</style></head><body>"
        + "<canvas id=\"c\" width=\"1240\" height=\"1700\"></canvas><script>"
        + "const c=document.getElementById('c').getContext('2d');c.fillStyle='#f4f1ea';c.fillRect(0,0,1240,1700);c.fillStyle='#222';c.font='26px serif';"
        + "const lines=" + System.Text.Json.JsonSerializer.Serialize(text.Replace("\r", "").Split('\n').Take(55).ToArray()) + ";"
        + "lines.forEach((l,i)=>{c.save();c.translate(80,80+i*29);c.rotate(0.004);c.fillText(l,0,0);c.restore();});"
        + "</script></body></html>";
}
