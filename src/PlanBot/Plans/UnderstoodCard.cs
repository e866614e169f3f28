using System.Text.Json.Nodes;
using PlanBot.Core.Cards;
using PlanBot.Core.Localization;
using PlanBot.Core.Plans;
using PlanBot.Teams;

namespace PlanBot.Plans;

/// <summary>
/// The card that shows how PlanBot understood a plan before it is saved. Its first units open to their tasks; a plan
/// with hundreds of units or very long unit names would not fit Teams' message size that way, so it opens fewer
/// (10, 5, then none) until the card fits, the others listed with their task counts.
/// </summary>
public sealed class UnderstoodCard(CardLibrary cards)
{
    public JsonNode Render(PlanDocument document, Guid draftId, Texts texts)
    {
        for (var opened = UnderstoodCardData.UnderstoodExpandable; ; opened /= 2)
        {
            var card = cards.Render("plan-understood", UnderstoodCardData.Understood(document, draftId, texts, opened));
            if (opened == 0 || MessageSizeBudget.MeasureCardMessage(card) <= MessageSizeBudget.LimitBytes) return card;
        }
    }
}
