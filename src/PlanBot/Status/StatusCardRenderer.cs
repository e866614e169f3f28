using System.Text.Json.Nodes;
using PlanBot.Core.Cards;
using PlanBot.Core.Localization;

namespace PlanBot.Status;

/// <summary>A unit's status card as its people see it, with the last recorded change and a notice on top.</summary>
public sealed class StatusCardRenderer(CardLibrary cards, TimeProvider clock)
{
    public JsonNode Render(UnitView view, Texts texts, string notice = "", int page = 1) =>
        cards.Render("status-card", StatusCardData.StatusCard(view.Plan, view.Unit, view.Members, view.LastChange, texts, clock.GetUtcNow(), notice, page, view.Coordinated));

    /// <summary>The unit as read-only detail, for those who look at it from the overview without answering for it.</summary>
    public JsonNode RenderDetail(UnitView view, Texts texts, int page, int overviewPage) =>
        cards.Render("unit-detail", StatusCardData.UnitDetail(view.Plan, view.Unit, view.Members, texts, clock.GetUtcNow(), page, overviewPage));
}
