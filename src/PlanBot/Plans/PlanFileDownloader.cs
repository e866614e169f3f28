using System.Net;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using PlanBot.Core.Import;

namespace PlanBot.Plans;

/// <summary>A plan file attached to a message: its name and where Teams lets the bot download it.</summary>
public sealed record PlanFile(string Name, Uri DownloadUrl);

/// <summary>
/// Downloads plan files the way Teams delivers them to a bot in personal chat: an attachment of type
/// <c>application/vnd.microsoft.teams.file.download.info</c> whose content holds a pre-authorised
/// <c>downloadUrl</c>. Other clients (the Emulator) send a plain attachment with a <c>contentUrl</c>.
/// </summary>
public sealed class PlanFileDownloader(IHttpClientFactory httpClients)
{
    public const string HttpClientName = "plan-files";
    private const string DownloadInfo = "application/vnd.microsoft.teams.file.download.info";

    public static PlanFile? FindPlanFile(IMessageActivity activity)
    {
        foreach (var attachment in activity.Attachments ?? [])
        {
            var name = attachment.Name ?? "";
            if (!PlanImporter.IsSupportedFile(name)) continue;
            var url = attachment.ContentType == DownloadInfo
                ? ((attachment.Content as JObject)?["downloadUrl"] is JValue { Type: JTokenType.String } v ? (string?)v : null)
                : attachment.ContentUrl;
            if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && IsAllowed(uri)) return new PlanFile(name, uri);
        }
        return null;
    }

    public async Task<PlanImportResult> ImportAsync(PlanFile file, CancellationToken ct)
    {
        var client = httpClients.CreateClient(HttpClientName);
        using var response = await client.GetAsync(file.DownloadUrl, HttpCompletionOption.ResponseHeadersRead, ct);
        if (response.StatusCode != HttpStatusCode.OK) throw new HttpRequestException($"download answered {(int)response.StatusCode}", null, response.StatusCode);
        if (response.Content.Headers.ContentLength > PlanImporter.MaxFileBytes) return PlanImportResult.Fail(ImportProblem.TooLarge);
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        return await PlanImporter.FromFileAsync(file.Name, body, ct);
    }

    /// <summary>HTTPS anywhere; plain HTTP only to this machine (the Playground and tests).</summary>
    private static bool IsAllowed(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback);
}
