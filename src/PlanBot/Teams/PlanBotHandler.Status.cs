using System.Globalization;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using PlanBot.Assignments;
using PlanBot.Core.Cards;
using PlanBot.Core.Localization;
using PlanBot.Core.Plans;
using PlanBot.Outbox;
using PlanBot.Status;

namespace PlanBot.Teams;

/// <summary>Assigning people to units, requesting status, and recording the units' answers.</summary>
public sealed partial class PlanBotHandler
{
    private async Task OpenAssignmentsAsync(ITurnContext turn, int? planId, Texts texts, CancellationToken ct)
    {
        var plan = await OrganizersPlanAsync(turn, planId, texts, ct);
        if (plan is null) return;
        var members = await people.MembersAsync(turn, ct);
        var assigned = await assignments.MembersOfAsync(plan.TenantId, plan.Units.Select(u => u.Name), ct);
        await turn.SendActivityAsync(TeamsTurn.CardMessage(cards.Render("assign", CardData.Assign(plan, assigned, members, texts))), ct);
    }

    private async Task<CardReply> SaveAssignmentsAsync(ITurnContext turn, JObject data, Texts texts, CancellationToken ct)
    {
        var caller = turn.Caller();
        var plan = PlanIdOf(data) is { } id ? await plans.FindPlanAsync(id, caller.TenantId, ct) : null;
        if (plan is null) return Refuse("assign.save", caller, "no such plan", texts);
        if (plan.OrganizerId != caller.UserId) return Refuse("assign.save", caller, "not the organizer", texts, texts.OnlyOrganizer);
        var unitIds = plan.Units.Select(u => u.Id).ToHashSet();
        var foreign = data.Properties().Select(p => UnitIdOf(p.Name)).Where(u => u is not null && !unitIds.Contains(u.Value)).ToList();
        if (foreign.Count > 0) return Refuse("assign.save", caller, "unit of another plan", texts);

        var choices = plan.Units.Select(u => new UnitChoice(
            u.Id,
            Field(data, $"responsible-{u.Id}"),
            Split(Field(data, $"deputies-{u.Id}")),
            Split(Field(data, $"emails-{u.Id}")))).ToList();
        var result = await assignments.SaveAsync(plan, choices, ct);
        if (result.UnknownEmails.Count > 0)
            await turn.SendActivityAsync(string.Format(CultureInfo.InvariantCulture, texts.AssignUnknownEmails, string.Join(", ", result.UnknownEmails)), cancellationToken: ct);
        overviews.MarkChanged(plan.Id);

        var members = await assignments.MembersOfAsync(plan.TenantId, plan.Units.Select(u => u.Name), ct);
        var known = await assignments.KnownUsersAsync(plan.TenantId, members.Select(m => m.UserId), ct);
        return CardReply.Of(cards.Render("assign", CardData.Assign(plan, members, known.Select(k => (k.UserId, k.Name)).ToList(), texts)));
    }

    /// <summary>Writes the status request of a plan; returns the answer for the organizer and the batch to release once they have it.</summary>
    private async Task<(string Answer, string? Batch)> RequestStatusAsync(ITurnContext turn, int? planId, Texts texts, CancellationToken ct)
    {
        var plan = await PlanForAsync(turn, planId, texts, ct, reply: false);
        if (plan is null) return (planId is { } n ? string.Format(CultureInfo.InvariantCulture, texts.PlanNotFound, n) : texts.NoPlanHere, null);
        var caller = turn.Caller();
        if (plan.OrganizerId != caller.UserId) return (texts.OnlyOrganizer, null);
        var result = await requests.RequestAsync(plan, null, new ReplyTo(caller.ConversationId, caller.ServiceUrl, texts.Language), ct);
        if (result.People == 0) return (texts.RequestNoOne, null);
        var text = string.Format(CultureInfo.InvariantCulture, texts.RequestSent, result.People, result.Units);
        return (result.UnitsWithoutPeople.Count == 0 ? text
            : $"{text}\n\n{string.Format(CultureInfo.InvariantCulture, texts.RequestMissingUnits, string.Join(", ", result.UnitsWithoutPeople))}", result.BatchId);
    }

    private async Task<CardReply> SaveStatusAsync(ITurnContext turn, JObject data, Texts texts, CancellationToken ct)
    {
        var caller = turn.Caller();
        if (PlanIdOf(data) is not { } planId || UnitIdValue(data) is not { } unitId) return Refuse("status.save", caller, "plan or unit id missing", texts);
        var inputs = data.Properties()
            .Where(p => p.Name.StartsWith("status-", StringComparison.Ordinal) || p.Name.StartsWith("percent-", StringComparison.Ordinal) || p.Name.StartsWith("note-", StringComparison.Ordinal))
            .ToDictionary(p => p.Name, p => p.Value is JValue { Value: not null } v ? Convert.ToString(v.Value, CultureInfo.InvariantCulture) : p.Value.Type == JTokenType.Null ? null : "\u0000", StringComparer.Ordinal);
        var result = await status.RecordAsync(planId, unitId, caller, inputs, turn.Activity.Id ?? Guid.NewGuid().ToString(), ct);
        switch (result.Outcome)
        {
            case AnswerOutcome.NoSuchUnit:
                return Refuse("status.save", caller, "no such plan or unit", texts);
            case AnswerOutcome.NotAllowed:
                return Refuse("status.save", caller, "not assigned to the unit", texts, texts.NotAllowedUnit);
            case AnswerOutcome.Invalid:
                return Refuse("status.save", caller, $"invalid answer ({result.Problem})", texts, texts.Answer(result.Problem!.Value));
        }
        if (result.Outcome == AnswerOutcome.Recorded && result.Changed > 0) overviews.MarkChanged(planId);
        var view = result.View!;
        var notice = result.Changed > 0 ? string.Format(CultureInfo.InvariantCulture, texts.StatusSaved, result.Changed) : texts.StatusNothingChanged;
        return CardReply.Of(StatusCard(view, texts, notice));
    }

    /// <summary>A unit's status card as its people see it, with the last recorded change.</summary>
    private System.Text.Json.Nodes.JsonNode StatusCard(UnitView view, Texts texts, string notice = "") =>
        cards.Render("status-card", CardData.StatusCard(view.Plan, view.Unit, view.Members, view.LastChange, texts, clock.GetUtcNow(), notice));

    /// <summary>The status card of one unit, opened from the my-tasks card; for the unit's people and the organizer.</summary>
    private async Task<CardReply> OpenStatusAsync(ITurnContext turn, JObject data, Texts texts, CancellationToken ct)
    {
        var caller = turn.Caller();
        if (PlanIdOf(data) is not { } planId || UnitIdValue(data) is not { } unitId) return Refuse("status.open", caller, "plan or unit id missing", texts);
        var view = await status.LoadUnitAsync(planId, unitId, caller.TenantId, ct);
        if (view is null) return Refuse("status.open", caller, "no such plan or unit", texts);
        if (!StatusWorkflow.MayAnswer(view, caller.UserId)) return Refuse("status.open", caller, "not assigned to the unit", texts, texts.NotAllowedUnit);
        return CardReply.Of(StatusCard(view, texts));
    }

    /// <summary>The organizer's reminder commands: pause, resume, change the schedule, remind one unit now.</summary>
    private async Task<string> RemindersAsync(ITurnContext turn, Core.Conversation.Command command, Texts texts, CancellationToken ct)
    {
        var plan = await PlanForAsync(turn, command.PlanId, texts, ct, reply: false);
        if (plan is null) return command.PlanId is { } n ? string.Format(CultureInfo.InvariantCulture, texts.PlanNotFound, n) : texts.NoPlanHere;
        if (plan.OrganizerId != turn.Caller().UserId) return texts.OnlyOrganizer;
        switch (command.Kind)
        {
            case Core.Conversation.CommandKind.PauseReminders:
                await plans.UpdateRemindersAsync(plan.Id, true, null, null, ct);
                return string.Format(CultureInfo.InvariantCulture, texts.RemindersPaused, plan.Id);
            case Core.Conversation.CommandKind.ResumeReminders:
                await plans.UpdateRemindersAsync(plan.Id, false, null, null, ct);
                return string.Format(CultureInfo.InvariantCulture, texts.RemindersResumed, plan.Id);
            case Core.Conversation.CommandKind.ScheduleReminders:
                var days = Core.Reminders.ReminderSchedule.ParseDays(command.Days);
                if (days is null || command.At is not { } at || at < new TimeOnly(7, 0) || at >= Core.Reminders.ReminderSchedule.EndOfWorkingDay) return texts.RemindersBadSchedule;
                var schedule = new Core.Reminders.ReminderSchedule(days, at);
                await plans.UpdateRemindersAsync(plan.Id, false, schedule.DaysText, at, ct);
                return string.Format(CultureInfo.InvariantCulture, texts.RemindersChanged, plan.Id, schedule.DaysText, at.ToString("HH:mm", CultureInfo.InvariantCulture));
            default:
                var unit = plan.Units.OrderBy(u => u.Order).ElementAtOrDefault((command.Number ?? 0) - 1);
                if (unit is null) return string.Format(CultureInfo.InvariantCulture, texts.NoSuchUnitNumber, command.Number);
                var count = await reminders.RemindNowAsync(plan, unit, clock.GetUtcNow(), ct);
                return count == 0 ? texts.RequestNoOne : string.Format(CultureInfo.InvariantCulture, texts.ReminderSentNow, unit.Name, count);
        }
    }

    /// <summary>The report card with a download link to the CSV export; for the organizer.</summary>
    private async Task SendReportAsync(ITurnContext turn, int? planId, Texts texts, CancellationToken ct)
    {
        var plan = await OrganizersPlanAsync(turn, planId, texts, ct);
        if (plan is null) return;
        var members = await assignments.MembersOfAsync(plan.TenantId, plan.Units.Select(u => u.Name), ct);
        var (url, expires) = await exports.IssueAsync(plan.Id, plan.TenantId, ct);
        await turn.SendActivityAsync(TeamsTurn.CardMessage(cards.Render("report", CardData.Report(plan, members, texts, clock.GetUtcNow(), url, expires))), ct);
    }

    /// <summary>One message whatever the number of units (Teams allows 7 messages a second in a chat): the status card of the one unit, or the list.</summary>
    private async Task SendMyTasksAsync(ITurnContext turn, Texts texts, CancellationToken ct)
    {
        var caller = turn.Caller();
        var (units, total) = await status.UnitsOfAsync(caller.UserId, caller.TenantId, MyTasksShown, ct);
        if (units.Count == 0)
            await turn.SendActivityAsync(texts.MyTasksNone, cancellationToken: ct);
        else if (units.Count == 1)
            await turn.SendActivityAsync(TeamsTurn.CardMessage(StatusCard(units[0], texts)), ct);
        else
            await turn.SendActivityAsync(TeamsTurn.CardMessage(cards.Render("my-tasks", CardData.MyTasks(units.Select(u => (u.Plan, u.Unit)).ToList(), total, texts, clock.GetUtcNow()))), ct);
    }

    private const int MyTasksShown = 15;

    /// <summary>The plan a command means: the number given, else the latest plan of this conversation.</summary>
    private async Task<Plan?> PlanForAsync(ITurnContext turn, int? planId, Texts texts, CancellationToken ct, bool reply = true)
    {
        var caller = turn.Caller();
        var plan = planId is { } id
            ? await plans.FindPlanAsync(id, caller.TenantId, ct)
            : await plans.LatestInConversationAsync(caller.TenantId, caller.ConversationId, ct);
        if (plan is null && reply)
        {
            var text = planId is { } n ? string.Format(CultureInfo.InvariantCulture, texts.PlanNotFound, n) : texts.NoPlanHere;
            await turn.SendActivityAsync(text, cancellationToken: ct);
        }
        return plan;
    }

    /// <summary>The plan a command means when the caller organizes it; otherwise says why not and returns null.</summary>
    private async Task<Plan?> OrganizersPlanAsync(ITurnContext turn, int? planId, Texts texts, CancellationToken ct)
    {
        var plan = await PlanForAsync(turn, planId, texts, ct);
        if (plan is null || plan.OrganizerId == turn.Caller().UserId) return plan;
        await turn.SendActivityAsync(texts.OnlyOrganizer, cancellationToken: ct);
        return null;
    }

    private static int? PlanIdOf(JObject data) => IntOf(data["planId"]);

    private static int? UnitIdValue(JObject data) => IntOf(data["unitId"]);

    private static int? IntOf(JToken? token) =>
        token is JValue { Value: not null } v && int.TryParse(Convert.ToString(v.Value, CultureInfo.InvariantCulture), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static int? UnitIdOf(string inputName)
    {
        var dash = inputName.LastIndexOf('-');
        return dash > 0 && inputName[..dash] is "responsible" or "deputies" or "emails"
            && int.TryParse(inputName[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    private static List<string> Split(string? list) =>
        (list ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).Take(50).ToList();
}
