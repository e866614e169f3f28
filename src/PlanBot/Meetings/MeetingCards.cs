using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PlanBot.Core.Cards;
using PlanBot.Core.Localization;
using PlanBot.Core.Meetings;
using PlanBot.Core.Outbox;
using PlanBot.Core.Plans;
using PlanBot.Data;
using PlanBot.Outbox;

namespace PlanBot.Meetings;

/// <summary>
/// An invitation becomes the invitation card (Đồng ý / Có thể / Từ chối); a booking the recovery finished becomes the
/// organizer's booking card, since their button never got its answer.
/// </summary>
public sealed class MeetingCards(CardLibrary cards, IDbContextFactory<PlanBotDb> dbFactory) : IOutboxCards
{
    public IReadOnlyCollection<OutboxKind> Kinds { get; } = [OutboxKind.Invitation, OutboxKind.Booking];

    public async Task<JsonNode?> CardForAsync(OutboxMessage message, Plan plan, Texts texts, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Attendees).FirstOrDefaultAsync(m => m.Id == message.MeetingId, ct);
        if (meeting is null) return null;
        return message.Kind == OutboxKind.Booking
            ? cards.Render("meeting", MeetingCardData.Booking(plan, meeting, texts, meeting.State == MeetingState.Booked ? texts.MeetingBooked : ""))
            : cards.Render("invitation", MeetingCardData.Invitation(plan, meeting, plan.OrganizerName ?? "", null, texts));
    }
}
