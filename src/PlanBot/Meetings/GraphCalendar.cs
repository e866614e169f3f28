using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using PlanBot.Core.Meetings;
using PlanBot.Core.Plans;
using PlanBot.Data;
using GraphRoom = PlanBot.Core.Meetings.Room;
using Meeting = PlanBot.Core.Meetings.Meeting;
using TimeRange = PlanBot.Core.Meetings.TimeRange;

namespace PlanBot.Meetings;

/// <summary>Microsoft Graph settings (section "PlanBot:Graph"); Graph is used when TenantId, ClientId and ClientSecret are set.</summary>
public sealed class GraphOptions
{
    public string? TenantId { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }

    /// <summary>The mailbox that organizes the meetings (UPN or id).</summary>
    public string? OrganizerMailbox { get; set; }

    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>Where PlanBot signs in (Entra); empty = the public cloud, https://login.microsoftonline.com/.</summary>
    public string? AuthorityHost { get; set; }

    /// <summary>Adds a Teams online meeting to each event.</summary>
    public bool OnlineMeeting { get; set; }

    /// <summary>How long one Graph call may take, its retries after 429/503 included, before the organizer is told Microsoft 365 is not answering.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 120)]
    public int TimeoutSeconds { get; set; } = 10;

    public bool Configured => !string.IsNullOrWhiteSpace(TenantId) && !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ClientSecret);
}

/// <summary>
/// The calendar on Microsoft Graph, app-only: rooms from /places, availability from getSchedule
/// (findMeetingTimes has no application permission), the event on the organizer mailbox with the room as
/// a resource attendee and as location, a stable transactionId so that a retried create never books
/// twice, times in "SE Asia Standard Time". Exchange sends the invitations.
/// </summary>
public sealed class GraphCalendar(GraphServiceClient graph, IDbContextFactory<PlanBotDb> dbFactory, Microsoft.Extensions.Options.IOptions<GraphOptions> options,
    ILogger<GraphCalendar> logger) : ICalendarProvider
{
    public const string WindowsTimeZone = "SE Asia Standard Time";
    private const string PreferLocalTime = "outlook.timezone=\"SE Asia Standard Time\"";
    private static readonly SemaphoreSlim Booking = new(1, 1);

    // Vietnamese letters stay letters in the invitation's HTML; only markup characters are escaped.
    private static readonly System.Text.Encodings.Web.HtmlEncoder Html = System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private string Organizer => options.Value.OrganizerMailbox ?? throw new InvalidOperationException("PlanBot__Graph__OrganizerMailbox is not set.");

    /// <summary>Rooms, read as raw JSON so that a capacity written as a string ("50") is understood too.</summary>
    public Task<IReadOnlyList<GraphRoom>> RoomsAsync(CancellationToken ct) => Reading(() => ReadRoomsAsync(ct));

    private async Task<IReadOnlyList<GraphRoom>> ReadRoomsAsync(CancellationToken ct)
    {
        var rooms = new List<GraphRoom>();
        var request = graph.Places.GraphRoom.ToGetRequestInformation(c => c.QueryParameters.Top = 100);
        while (request is not null && rooms.Count < 2000)
        {
            await using var stream = await graph.RequestAdapter.SendPrimitiveAsync<Stream>(request, Errors, ct) ?? Stream.Null;
            using var page = await JsonDocument.ParseAsync(stream, cancellationToken: ct);
            foreach (var r in page.RootElement.GetProperty("value").EnumerateArray())
            {
                var email = r.TryGetProperty("emailAddress", out var e) ? e.GetString() : null;
                if (string.IsNullOrEmpty(email)) continue;
                rooms.Add(new GraphRoom(email, r.TryGetProperty("displayName", out var n) ? n.GetString() ?? email : email, Capacity(r),
                    r.TryGetProperty("building", out var b) ? b.GetString() : null, r.TryGetProperty("floorLabel", out var f) ? f.GetString() : null));
            }
            request = page.RootElement.TryGetProperty("@odata.nextLink", out var next) && next.GetString() is { } link
                ? new RequestInformation { HttpMethod = Method.GET, URI = new Uri(link) }
                : null;
        }
        return rooms;
    }

    /// <summary>Busy times from getSchedule, 20 rooms per call (Graph's limit).</summary>
    public Task<IReadOnlyDictionary<string, IReadOnlyList<TimeRange>>> BusyAsync(IReadOnlyList<GraphRoom> rooms, TimeRange window, CancellationToken ct) =>
        Reading(() => ReadBusyAsync(rooms, window, ct));

    private async Task<IReadOnlyDictionary<string, IReadOnlyList<TimeRange>>> ReadBusyAsync(IReadOnlyList<GraphRoom> rooms, TimeRange window, CancellationToken ct)
    {
        var busy = new Dictionary<string, IReadOnlyList<TimeRange>>(StringComparer.OrdinalIgnoreCase);
        foreach (var chunk in rooms.Chunk(20))
        {
            var response = await graph.Users[Organizer].Calendar.GetSchedule.PostAsGetSchedulePostResponseAsync(new Microsoft.Graph.Users.Item.Calendar.GetSchedule.GetSchedulePostRequestBody
            {
                Schedules = chunk.Select(r => r.Email).ToList(),
                StartTime = Local(window.Start),
                EndTime = Local(window.End),
                AvailabilityViewInterval = 30,
            }, c => c.Headers.Add("Prefer", PreferLocalTime), ct);
            foreach (var schedule in response?.Value ?? [])
            {
                if (schedule.ScheduleId is null) continue;
                busy[schedule.ScheduleId] = (schedule.ScheduleItems ?? [])
                    .Where(i => i.Status is not (FreeBusyStatus.Free or null))
                    .Select(i => new TimeRange(Utc(i.Start), Utc(i.End))).ToList();
            }
        }
        foreach (var room in rooms) busy.TryAdd(room.Email, []);
        return busy;
    }

    public async Task<CalendarResult> SaveAsync(Meeting meeting, MeetingText text, CancellationToken ct)
    {
        await Booking.WaitAsync(ct);
        try
        {
            // The room's own answer to this event (when moving it) is not a clash.
            TimeRange? previous = null;
            if (meeting.Id != 0)
            {
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                var stored = await db.Meetings.AsNoTracking().FirstAsync(m => m.Id == meeting.Id, ct);
                if (string.Equals(stored.RoomEmail, meeting.RoomEmail, StringComparison.OrdinalIgnoreCase)) previous = stored.Time;
            }
            var room = new GraphRoom(meeting.RoomEmail, meeting.RoomName, 0);
            var busy = (await ReadBusyAsync([room], meeting.Time, ct))[room.Email];
            if (busy.Any(b => b.Overlaps(meeting.Time) && b != previous)) return new(CalendarFailure.RoomBusy);

            var body = Event(meeting, text);
            if (meeting.ExternalId is null)
            {
                var created = await graph.Users[Organizer].Events.PostAsync(body, c => c.Headers.Add("Prefer", PreferLocalTime), ct);
                meeting.ExternalId = created?.Id;
            }
            else
            {
                await graph.Users[Organizer].Events[meeting.ExternalId].PatchAsync(body, c => c.Headers.Add("Prefer", PreferLocalTime), ct);
            }
            await PersistAsync(meeting, ct);
            return new(CalendarFailure.None, meeting.ExternalId);
        }
        catch (Exception e) when (Failure(e) is { } failure)
        {
            return new(failure);
        }
        finally
        {
            Booking.Release();
        }
    }

    /// <summary>Graph sent the invitation with the event: nothing to complete.</summary>
    public Task EnsureSentAsync(Meeting meeting, MeetingText text, CancellationToken ct) => Task.CompletedTask;

    public async Task<CalendarResult> CancelAsync(Meeting meeting, MeetingText text, CancellationToken ct)
    {
        try
        {
            if (meeting.ExternalId is { } id)
                await graph.Users[Organizer].Events[id].Cancel.PostAsync(new Microsoft.Graph.Users.Item.Events.Item.Cancel.CancelPostRequestBody { Comment = $"Hủy: {text.Title}" }, cancellationToken: ct);
            await PersistAsync(meeting, ct);
            return new();
        }
        catch (Exception e) when (Failure(e) is { } failure)
        {
            return new(failure);
        }
    }

    /// <summary>Reads the attendees' and the room's answers from the event.</summary>
    public Task RefreshAsync(Meeting meeting, CancellationToken ct) => Reading(async () =>
    {
        await ReadAnswersAsync(meeting, ct);
        return true;
    });

    private async Task ReadAnswersAsync(Meeting meeting, CancellationToken ct)
    {
        if (meeting.ExternalId is null) return;
        var e = await graph.Users[Organizer].Events[meeting.ExternalId].GetAsync(c => c.QueryParameters.Select = ["attendees"], ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var stored = await db.Meetings.Include(m => m.Attendees).FirstAsync(m => m.Id == meeting.Id, ct);
        foreach (var attendee in e?.Attendees ?? [])
        {
            var address = attendee.EmailAddress?.Address;
            var response = Response(attendee.Status?.Response);
            if (string.Equals(address, stored.RoomEmail, StringComparison.OrdinalIgnoreCase)) stored.RoomResponse = response;
            else if (stored.Attendees.FirstOrDefault(a => string.Equals(a.Email, address, StringComparison.OrdinalIgnoreCase)) is { } known) known.Response = response;
        }
        await db.SaveChangesAsync(ct);
    }

    private Event Event(Meeting meeting, MeetingText text) => new()
    {
        Subject = text.Title,
        Body = new ItemBody { ContentType = BodyType.Html, Content = string.Concat(text.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => $"<p>{Html.Encode(l)}</p>")) },
        Start = Local(meeting.Start),
        End = Local(meeting.End),
        Location = new Location { DisplayName = meeting.RoomName, LocationEmailAddress = meeting.RoomEmail },
        Attendees = [new Attendee { Type = AttendeeType.Resource, EmailAddress = new EmailAddress { Address = meeting.RoomEmail, Name = meeting.RoomName } },
            .. meeting.Attendees.Where(a => !string.IsNullOrEmpty(a.Email)).Select(a => new Attendee { Type = AttendeeType.Required, EmailAddress = new EmailAddress { Address = a.Email, Name = a.Name } })],
        TransactionId = meeting.TransactionId.ToString(),
        IsOnlineMeeting = options.Value.OnlineMeeting ? true : null,
        OnlineMeetingProvider = options.Value.OnlineMeeting ? OnlineMeetingProviderType.TeamsForBusiness : null,
    };

    private async Task PersistAsync(Meeting meeting, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (meeting.Id == 0) db.Meetings.Add(meeting);
        else db.Meetings.Update(meeting);
        await db.SaveChangesAsync(ct);
    }

    private async Task<T> Reading<T>(Func<Task<T>> read)
    {
        try
        {
            return await read();
        }
        catch (Exception e) when (Failure(e) is { } failure)
        {
            throw new CalendarException(failure, e);
        }
    }

    /// <summary>Graph's answers in words the organizer can act on; anything else is not caught.</summary>
    private CalendarFailure? Failure(Exception e)
    {
        if (GraphSignIn.IsSignInFailure(e))
        {
            var (code, advice) = GraphSignIn.Explain(e);
            Log.GraphSignInFailed(logger, code, advice);
            return CalendarFailure.SignInFailed;
        }
        return GraphFailure(e);
    }

    private static CalendarFailure? GraphFailure(Exception e) => e switch
    {
        ODataError { ResponseStatusCode: 404 } => CalendarFailure.MailboxNotFound,
        ODataError { ResponseStatusCode: 401 or 403 } => CalendarFailure.PermissionMissing,
        ODataError { ResponseStatusCode: 409 } => CalendarFailure.RoomBusy,
        ODataError { ResponseStatusCode: 429 or >= 500 } => CalendarFailure.Unavailable,
        AggregateException or ApiException or HttpRequestException => CalendarFailure.Unavailable,
        TaskCanceledException { InnerException: TimeoutException } => CalendarFailure.Unavailable, // HttpClient's timeout
        _ => null,
    };

    private static readonly Dictionary<string, Microsoft.Kiota.Abstractions.Serialization.ParsableFactory<Microsoft.Kiota.Abstractions.Serialization.IParsable>> Errors = new()
    {
        ["XXX"] = ODataError.CreateFromDiscriminatorValue,
    };

    private static AttendeeResponse Response(ResponseType? r) => r switch
    {
        ResponseType.Accepted or ResponseType.Organizer => AttendeeResponse.Accepted,
        ResponseType.TentativelyAccepted => AttendeeResponse.Tentative,
        ResponseType.Declined => AttendeeResponse.Declined,
        _ => AttendeeResponse.None,
    };

    private static int Capacity(JsonElement room) =>
        room.TryGetProperty("capacity", out var c) ? c.ValueKind switch
        {
            JsonValueKind.Number when c.TryGetInt32(out var n) => n,
            JsonValueKind.String when int.TryParse(c.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
            _ => 0,
        } : 0;

    private static DateTimeTimeZone Local(DateTime utc) => new()
    {
        DateTime = VietnamTime.Local(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc))).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        TimeZone = WindowsTimeZone,
    };

    /// <summary>Graph's local times (with the Prefer header) or UTC ones, back to UTC.</summary>
    private static DateTime Utc(DateTimeTimeZone? t)
    {
        var value = DateTime.Parse(t?.DateTime ?? throw new InvalidDataException("schedule item without time"), CultureInfo.InvariantCulture, DateTimeStyles.None);
        return t.TimeZone is "UTC" or null
            ? DateTime.SpecifyKind(value, DateTimeKind.Utc)
            : TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(value, DateTimeKind.Unspecified), VietnamTime.Zone);
    }
}
