using System.Globalization;
using PlanBot.Core.Conversation;
using PlanBot.Core.Reminders;
using PlanBot.Plans;
using PlanBot.Teams;

namespace PlanBot.Reminders;

/// <summary>The organizer's reminder commands: pause, resume, change the schedule, remind one unit now.</summary>
public sealed class ReminderCommands(PlanAccess access, PlanWorkflow plans, ReminderPlanner reminders, TimeProvider clock) : IBotCommands
{
    public IReadOnlyCollection<CommandKind> Commands { get; } =
        [CommandKind.PauseReminders, CommandKind.ResumeReminders, CommandKind.ScheduleReminders, CommandKind.RemindNow];

    public async Task HandleAsync(BotTurn turn, Command command, CancellationToken ct) =>
        await turn.SendTextAsync(await AnswerAsync(turn, command, ct), ct);

    private async Task<string> AnswerAsync(BotTurn turn, Command command, CancellationToken ct)
    {
        var texts = turn.Texts;
        var found = await access.FindAsync(turn, command.PlanId, PlanUse.Organize, ct);
        if (found.Plan is not { } plan) return found.Refusal;
        switch (command.Kind)
        {
            case CommandKind.PauseReminders:
                await plans.UpdateRemindersAsync(plan.Id, true, null, null, ct);
                return texts.RemindersPaused(plan.Id);
            case CommandKind.ResumeReminders:
                await plans.UpdateRemindersAsync(plan.Id, false, null, null, ct);
                return texts.RemindersResumed(plan.Id);
            case CommandKind.ScheduleReminders:
                var days = ReminderSchedule.ParseDays(command.Days);
                if (days is null || command.At is not { } at || at < new TimeOnly(7, 0) || at >= ReminderSchedule.EndOfWorkingDay) return texts.RemindersBadSchedule;
                var schedule = new ReminderSchedule(days, at);
                await plans.UpdateRemindersAsync(plan.Id, false, schedule.DaysText, at, ct);
                return texts.RemindersChanged(plan.Id, schedule.DaysText, at.ToString("HH:mm", CultureInfo.InvariantCulture));
            default:
                var unit = plan.Units.OrderBy(u => u.Order).ElementAtOrDefault((command.Number ?? 0) - 1);
                if (unit is null) return texts.NoSuchUnitNumber(command.Number);
                var count = await reminders.RemindNowAsync(plan, unit, clock.GetUtcNow(), ct);
                return count == 0 ? texts.RequestNoOne : texts.ReminderSentNow(unit.Name, count);
        }
    }
}
