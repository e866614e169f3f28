using System.Net;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Http.Resilience;
using Newtonsoft.Json.Linq;
using PlanBot.Core.Import;

namespace PlanBot.Plans;

/// <summary>A plan file attached to a message: its name and where Teams lets the bot download it.</summary>
public sealed record PlanFile(string Name, Uri DownloadUrl);

/// <summary>
/// Downloads plan files the way Teams delivers them to a bot in personal chat: an attachment of type
/// <c>application/vnd.microsoft.teams.file.download.info</c> whose content holds a pre-authorised
/// <c>downloadUrl</c>. Other clients (the Emulator) send a plain attachment with a <c>contentUrl</c>.
/// Every file is taken, whatever its kind, so that a .doc, a spreadsheet or a picture gets an answer saying
/// what to send instead; a file PlanBot cannot read by its name is answered without downloading it.
/// </summary>
public sealed class PlanFileDownloader(IHttpClientFactory httpClients)
{
    public const string HttpClientName = "plan-files";
    private const string DownloadInfo = "application/vnd.microsoft.teams.file.download.info";

    /// <summary>
    /// The retries of the plan-file client (the standard resilience handler): a download that fails once — the
    /// connection closed, a 5xx, a timeout — is tried again twice, soon, before the user is told. Teams' download
    /// links are short-lived, so the whole download is bounded too.
    /// </summary>
    public static void Retries(HttpStandardResilienceOptions options)
    {
        options.Retry.MaxRetryAttempts = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(300);
        options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(15);
        options.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(45);
        options.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(30);
    }

    public static PlanFile? FindPlanFile(IMessageActivity activity)
    {
        foreach (var attachment in activity.Attachments ?? [])
        {
            string? url;
            var name = attachment.Name ?? "";
            if (attachment.ContentType == DownloadInfo)
                url = (attachment.Content as JObject)?["downloadUrl"] is JValue { Type: JTokenType.String } v ? (string?)v : null;
            else if (attachment.ContentUrl is { Length: > 0 } contentUrl && name.Length > 0)
                url = contentUrl;
            else if (attachment.ContentUrl is { Length: > 0 } imageUrl && attachment.ContentType?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true && string.IsNullOrWhiteSpace(activity.Text))
            {
                // A picture pasted on its own (a photo of the plan): answered as a file PlanBot cannot read.
                url = imageUrl;
                name = "image." + attachment.ContentType[6..];
            }
            else continue;
            if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && IsAllowed(uri)) return new PlanFile(name, uri);
        }
        return null;
    }

    /// <summary>
    /// The plan the file holds, or why not. A download that still fails after the retries (or breaks off midway)
    /// throws <see cref="HttpRequestException"/>, which the turn answers with "could not download; send it again or paste the text".
    /// </summary>
    public async Task<PlanImportResult> ImportAsync(PlanFile file, CancellationToken ct)
    {
        if (!PlanImporter.IsSupportedFile(file.Name)) return PlanImportResult.Fail(ImportProblem.UnsupportedFile);
        var bytes = await DownloadAsync(file, ct);
        return bytes is null ? PlanImportResult.Fail(ImportProblem.TooLarge) : PlanImporter.FromBytes(file.Name, bytes);
    }

    /// <summary>The file's bytes (null when larger than PlanBot reads); a body cut off midway is downloaded once more.</summary>
    private async Task<byte[]?> DownloadAsync(PlanFile file, CancellationToken ct)
    {
        var client = httpClients.CreateClient(HttpClientName);
        for (var attempt = 1; ; attempt++)
        {
            var bodyStarted = false;
            try
            {
                using var response = await client.GetAsync(file.DownloadUrl, HttpCompletionOption.ResponseHeadersRead, ct);
                if (response.StatusCode != HttpStatusCode.OK) throw new HttpRequestException($"download answered {(int)response.StatusCode}", null, response.StatusCode);
                if (response.Content.Headers.ContentLength > PlanImporter.MaxFileBytes) return null;
                bodyStarted = true;
                await using var body = await response.Content.ReadAsStreamAsync(ct);
                return await PlanImporter.ReadBoundedAsync(body, ct);
            }
            catch (Exception e) when (!ct.IsCancellationRequested && e is IOException or HttpRequestException or Polly.ExecutionRejectedException or OperationCanceledException)
            {
                // The handler retried the request itself; a body that broke off after the headers is not its to retry.
                if (bodyStarted && attempt < 2 && e is IOException or HttpRequestException) continue;
                throw e as HttpRequestException ?? new HttpRequestException($"download of {file.Name} failed", e);
            }
        }
    }

    /// <summary>HTTPS anywhere; plain HTTP only to this machine (the Playground and tests).</summary>
    private static bool IsAllowed(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback);
}
