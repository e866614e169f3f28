using System.Globalization;
using System.Text.Json.Nodes;
using PlanBot.Core.Cards;
using PlanBot.Core.Conversation;
using PlanBot.Core.Localization;
using PlanBot.Core.Plans;
using PlanBot.Teams;

namespace PlanBot.Plans;

/// <summary>
/// Correcting what PlanBot understood, before saving (from the understood card) and after ("sửa N"): rename or merge a
/// unit, fix a task's text or due date, delete or move tasks, add a task, turn a "not understood" line into a task.
/// One unit per card, ten tasks a page; every press saves what the form holds, then shows the unit or page asked for.
/// </summary>
public sealed class PlanEditCommands(CardLibrary cards, UnderstoodCard understood, PlanAccess access, PlanWorkflow plans, PlanEditor editor)
    : IBotCommands, ICardActions
{
    private const int MaxIndex = 10_000;

    public IReadOnlyCollection<CommandKind> Commands { get; } = [CommandKind.EditPlan];

    public IReadOnlyCollection<string> Verbs { get; } = ["plan.edit", "plan.edit.save"];

    public async Task HandleAsync(BotTurn turn, Command command, CancellationToken ct)
    {
        var plan = await access.ForCommandAsync(turn, command.PlanId, PlanUse.Organize, ct);
        if (plan is not null) await turn.SendCardAsync(Card(new EditTarget(null, null, plan), 0, 0, turn.Texts), ct);
    }

    public async Task<CardReply> HandleAsync(BotTurn turn, string verb, CardInput input, CancellationToken ct)
    {
        var target = await TargetAsync(turn, verb, input, ct);
        if (target.Refusal is { } refusal) return refusal;
        var edit = target.Target!;
        var texts = turn.Texts;
        var unitIndex = input.Id("unitIndex") ?? 0;
        var page = input.Id("page") ?? 0;
        if (verb == "plan.edit") return CardReply.Of(Card(edit, unitIndex, 0, texts));

        var (correction, problem) = Read(input, unitIndex, texts);
        if (correction is null) return CardReply.Text(problem);
        int changes;
        CorrectionProblem refused;
        int show;
        if (edit.DraftId is { } draftId)
        {
            if (await editor.CorrectDraftAsync(draftId, turn.Caller, correction, ct) is not { } result) return CardReply.Text(texts.DraftGone);
            (changes, refused, show) = (result.Changes, result.Problem, result.ShowUnit);
            edit = edit with { Draft = result.Document };
        }
        else
        {
            if (await editor.CorrectPlanAsync(edit.Plan!.Id, turn.Caller.TenantId, correction, ct) is not { } result) return turn.Refuse(verb, "no such plan");
            (changes, refused, show) = (result.Changes, result.Problem, result.ShowUnit);
            edit = edit with { Plan = await plans.FindPlanAsync(edit.Plan.Id, turn.Caller.TenantId, ct) ?? edit.Plan };
        }
        switch (refused)
        {
            case CorrectionProblem.NoMoveTarget:
                return CardReply.Text(texts.EditNoTarget);
            case not CorrectionProblem.None:
                return CardReply.Text(texts.EditStale);
        }

        var notice = changes > 0 ? texts.EditSaved(changes) : texts.EditNothing;
        return input.Text("go") switch
        {
            "done" when edit.Draft is { } document => CardReply.Of(understood.Render(document, edit.DraftId!.Value, texts)),
            "done" => CardReply.Of(cards.Render("notice", CardData.Notice(edit.Title, notice))),
            "unit" => CardReply.Of(Card(edit, input.Id("unit") ?? show, 0, texts, notice)),
            "next" => CardReply.Of(Card(edit, show, show == unitIndex ? page + 1 : 0, texts, notice)),
            _ => CardReply.Of(Card(edit, show, show == unitIndex ? page : 0, texts, notice)),
        };
    }

    /// <summary>The draft of the caller, or the saved plan the caller organizes; a refusal otherwise.</summary>
    private async Task<(EditTarget? Target, CardReply? Refusal)> TargetAsync(BotTurn turn, string verb, CardInput input, CancellationToken ct)
    {
        if (input.Text("draftId") is { Length: > 0 } draftText)
        {
            if (!Guid.TryParse(draftText, out var draftId)) return (null, turn.Refuse(verb, "draft id malformed"));
            var draft = await editor.DraftAsync(draftId, turn.Caller, ct);
            return draft is null ? (null, CardReply.Text(turn.Texts.DraftGone)) : (draft, null);
        }
        var found = await access.ForCardAsync(turn, input, PlanUse.Organize, ct);
        return found.Plan is not { } plan ? (null, found.Refuse(turn, verb)) : (new EditTarget(null, null, plan), null);
    }

    private JsonNode Card(EditTarget target, int unitIndex, int page, Texts texts, string notice = "")
    {
        var units = target.Draft is { } doc ? EditableUnit.Of(doc) : EditableUnit.Of(target.Plan!);
        return cards.Render("plan-edit", PlanEditCardData.Build(target.Title, units, target.Draft?.NotUnderstood ?? [], unitIndex, page,
            target.DraftId?.ToString() ?? "", target.Plan?.Id ?? 0, texts, notice));
    }

    /// <summary>The form as submitted; every field is checked (the data is under the client's control).</summary>
    private static (UnitCorrection? Correction, string Problem) Read(CardInput input, int unitIndex, Texts texts)
    {
        var tasks = new List<TaskCorrection>();
        foreach (var index in Indexes(input, "task-"))
        {
            var due = input.Text($"due-{index}");
            if (!TryDate(due, out var date)) return (null, texts.EditBadDate(due!));
            tasks.Add(new TaskCorrection(index, input.Text($"task-{index}"), date, input.Text($"pick-{index}") == "true"));
        }
        var picked = input.Text("picked") ?? "keep";
        var (action, moveTo) = picked switch
        {
            "delete" => (PickedAction.Delete, (int?)null),
            _ when picked.StartsWith("move-", StringComparison.Ordinal) && int.TryParse(picked[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var to) => (PickedAction.Move, to),
            _ => (PickedAction.None, null),
        };
        var newDue = input.Text("newDue");
        if (!TryDate(newDue, out var newDate)) return (null, texts.EditBadDate(newDue!));
        var adopt = Indexes(input, "adopt-").Where(j => input.Text($"adopt-{j}") == "true").ToList();
        return (new UnitCorrection(unitIndex, input.Text("unitName"), tasks, action, moveTo, input.Text("newTask"), newDate, adopt), "");
    }

    private static IEnumerable<int> Indexes(CardInput input, string prefix) =>
        input.Names.Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(n => int.TryParse(n[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i <= MaxIndex ? i : -1)
            .Where(i => i >= 0).Distinct();

    /// <summary>Input.Date sends yyyy-MM-dd; an empty field means no due date.</summary>
    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return false;
        date = d;
        return true;
    }
}
