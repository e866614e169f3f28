using System.Globalization;
using PlanBot.Core.Assignments;
using PlanBot.Core.Localization;
using PlanBot.Core.Plans;

namespace PlanBot.Core.Cards;

/// <summary>The assignment card (cards/assign.json).</summary>
public static class AssignCardData
{
    /// <summary>People listed in each unit's choice lists; anyone else is assigned by e-mail.</summary>
    public const int AssignChoicesShown = 40;

    /// <summary>
    /// The assignment card: a page of units with their people, chosen from the members of the conversation. Each unit
    /// repeats the list of people twice (responsible, deputies), so the page holds as many units as fit the budget
    /// with that list; the save button names the units on the page, so saving one page leaves the others as they are.
    /// </summary>
    public static object Assign(Plan plan, IReadOnlyList<UnitMember> members, IReadOnlyList<(string Id, string Name)> people, Texts t, int page = 1)
    {
        var units = plan.Units.OrderBy(u => u.Order).ToList();
        var everyone = people.Concat(members.Select(m => (m.UserId, m.UserName))).DistinctBy(p => p.Item1).ToList();
        var listed = Math.Min(everyone.Count, AssignChoicesShown);
        var averageChars = everyone.Count == 0 ? 0 : everyone.Average(p => p.Item1.Length + Math.Min(p.Item2.Length, 80));
        var unitPage = CardPage.Of(units.Count, AssignUnitsPerPage((int)(listed * averageChars), listed), page);
        var shown = unitPage.Slice(units).ToList();
        // Those assigned to a unit on this page stay in the list whatever its length; the rest fill it up.
        var keys = shown.Select(u => UnitMember.KeyOf(u.Name)).ToHashSet(StringComparer.Ordinal);
        var assigned = members.Where(m => keys.Contains(m.UnitKey)).Select(m => m.UserId).ToHashSet(StringComparer.Ordinal);
        var choices = everyone.Where(p => assigned.Contains(p.Item1)).Concat(everyone.Where(p => !assigned.Contains(p.Item1)))
            .Take(Math.Max(AssignChoicesShown, assigned.Count)).Select(p => new { id = p.Item1, name = CardText.Shorten(p.Item2, 80) }).ToList();
        return new
        {
            t,
            planId = plan.Id,
            title = plan.Title,
            people = choices,
            morePeople = everyone.Count > choices.Count ? t.MorePeopleByEmail(choices.Count) : "",
            unitIds = string.Join(",", shown.Select(u => u.Id.ToString(CultureInfo.InvariantCulture))),
            units = shown.Select(u =>
            {
                var mine = CardData.OfUnit(members, u.Name).ToList();
                return new
                {
                    id = u.Id,
                    name = u.Name,
                    current = CardText.Shorten(CardData.People(members, u.Name, t), 200),
                    currentColor = mine.Count == 0 ? "Attention" : "Default",
                    responsible = mine.FirstOrDefault(m => m.Role == UnitRole.Responsible)?.UserId ?? "",
                    deputies = string.Join(",", mine.Where(m => m.Role == UnitRole.Deputy).Select(m => m.UserId)),
                };
            }),
            page = unitPage.View(t, t.UnitsOnPage),
        };
    }

    /// <summary>Units per assignment page: a unit costs about 1,400 characters of card plus its two lists of people (~45 characters a person and list, with the names and ids).</summary>
    private static int AssignUnitsPerPage(int peopleChars, int listed) =>
        Math.Clamp(32_000 / (1_400 + 2 * (peopleChars + 45 * listed)), 1, 10);
}
