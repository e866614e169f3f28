using System.Net;
using System.Text.Json;

namespace PlanBot.Teams;

/// <summary>
/// Checks a request to /api/messages before the SDK sees it, so that bad input gets a 4xx and
/// never reaches a turn: size, JSON shape (an object with a string "type"), and the fields a turn
/// needs to answer (conversation id, serviceUrl).
/// </summary>
internal static class ActivityGate
{
    /// <summary>Largest activity accepted; Teams messages stay well under Teams' own 100 KB limit plus envelope.</summary>
    public const int MaxBodyBytes = 512 * 1024;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    public static async Task<(int Status, string? Reason)> CheckAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBodyBytes) return (StatusCodes.Status413PayloadTooLarge, "body too large");
        if (request.ContentType is { } type && !type.Contains("json", StringComparison.OrdinalIgnoreCase))
            return (StatusCodes.Status415UnsupportedMediaType, "content type is not JSON");

        request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: MaxBodyBytes);
        using var buffer = new MemoryStream();
        try
        {
            await request.Body.CopyToAsync(buffer, ct);
        }
        catch (IOException)
        {
            return (StatusCodes.Status413PayloadTooLarge, "body too large");
        }
        request.Body.Position = 0;
        if (buffer.Length > MaxBodyBytes) return (StatusCodes.Status413PayloadTooLarge, "body too large");

        try
        {
            using var doc = JsonDocument.Parse(buffer.ToArray(), Options);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (400, "activity is not a JSON object");
            if (!root.TryGetProperty("type", out var t) || t.ValueKind != JsonValueKind.String || t.GetString() is not { Length: > 0 })
                return (400, "activity has no type");
            if (!root.TryGetProperty("conversation", out var c) || c.ValueKind != JsonValueKind.Object
                || !c.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String || id.GetString() is not { Length: > 0 })
                return (400, "activity has no conversation id");
            if (!root.TryGetProperty("serviceUrl", out var s) || s.ValueKind != JsonValueKind.String || !Uri.TryCreate(s.GetString(), UriKind.Absolute, out var url)
                || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
                return (400, "activity has no valid serviceUrl");
            foreach (var (name, kind) in new[] { ("from", JsonValueKind.Object), ("recipient", JsonValueKind.Object), ("text", JsonValueKind.String), ("attachments", JsonValueKind.Array), ("entities", JsonValueKind.Array) })
                if (root.TryGetProperty(name, out var p) && p.ValueKind != kind && p.ValueKind != JsonValueKind.Null)
                    return (400, $"'{name}' has the wrong type");
        }
        catch (JsonException)
        {
            return (400, "body is not valid JSON");
        }
        return (200, null);
    }

    public static bool IsLoopback(IPAddress? address) => address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
