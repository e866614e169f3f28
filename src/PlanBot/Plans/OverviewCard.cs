using System.Text.Json.Nodes;
using PlanBot.Core.Assignments;
using PlanBot.Core.Cards;
using PlanBot.Core.Localization;
using PlanBot.Core.Plans;
using PlanBot.PlanPage;

namespace PlanBot.Plans;

/// <summary>
/// The plan's overview card, as posted on saving and on "xem N", and as kept up to date in place. It links to the
/// plan page with a fresh signed link each time it is drawn.
/// </summary>
public sealed class OverviewCard(CardLibrary cards, PlanPageLinks links, TimeProvider clock)
{
    public JsonNode Render(Plan plan, IReadOnlyList<UnitMember> members, Texts texts, int page = 1) =>
        cards.Render("plan-overview", OverviewCardData.Overview(plan, members, texts, clock.GetUtcNow(), page, links.For(plan, texts.Language).ToString()));
}
