using System.Text.Json.Nodes;
using PlanBot.Core.Assignments;
using PlanBot.Core.Cards;
using PlanBot.Core.Localization;
using PlanBot.Core.Plans;

namespace PlanBot.Plans;

/// <summary>The plan's overview card, as posted on saving and on "xem N", and as kept up to date in place.</summary>
public sealed class OverviewCard(CardLibrary cards, TimeProvider clock)
{
    public JsonNode Render(Plan plan, IReadOnlyList<UnitMember> members, Texts texts, int page = 1) =>
        cards.Render("plan-overview", CardData.Overview(plan, members, texts, clock.GetUtcNow(), page));
}
