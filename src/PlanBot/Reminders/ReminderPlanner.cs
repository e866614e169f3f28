using Microsoft.EntityFrameworkCore;
using PlanBot.Core.Assignments;
using PlanBot.Core.Outbox;
using PlanBot.Core.Plans;
using PlanBot.Core.Reminders;
using PlanBot.Data;
using PlanBot.Assignments;
using PlanBot.Outbox;

namespace PlanBot.Reminders;

/// <summary>
/// Decides, at a moment, which reminders are due: for each plan whose reminder time has come on a
/// working day, each unit with open tasks due in the configured days, due today or overdue is
/// reminded once that day; overdue units go to the organizer in one digest. Each slot is written
/// with its outbox messages in one transaction, so it fires once even across restarts.
/// </summary>
public sealed class ReminderPlanner(IDbContextFactory<PlanBotDb> dbFactory, AssignmentWorkflow assignments, OutboxSignal signal)
{
    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        var local = VietnamTime.Local(now);
        var today = DateOnly.FromDateTime(local);
        if (!ReminderRules.IsWorkingDay(today)) return 0;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var planIds = await db.Plans.Where(p => !p.RemindersPaused).Select(p => p.Id).ToListAsync(ct);
        var done = await db.ReminderSlots.Where(s => s.Day == today && s.UnitId == 0).Select(s => s.PlanId).ToListAsync(ct);
        var written = 0;
        foreach (var planId in planIds.Except(done))
        {
            var plan = await RunPlanAsync(planId, local, today, force: null, ct);
            // Sending starts with the first plan's reminders, not after the last plan's (a run of 300 plans takes seconds).
            if (plan > 0) signal.Notify();
            written += plan;
        }
        return written;
    }

    /// <summary>Reminds one unit at once, outside the schedule (the organizer's "remind now"). Returns the people reminded.</summary>
    public async Task<int> RemindNowAsync(Plan plan, PlanUnit unit, DateTimeOffset now, CancellationToken ct)
    {
        var written = await RunPlanAsync(plan.Id, VietnamTime.Local(now), DateOnly.FromDateTime(VietnamTime.Local(now)), force: unit.Id, ct);
        signal.Notify();
        return written;
    }

    private async Task<int> RunPlanAsync(int planId, DateTime local, DateOnly today, int? force, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var plan = await db.Plans.AsNoTracking().AsSplitQuery().Include(p => p.Units).ThenInclude(u => u.Tasks).FirstAsync(p => p.Id == planId, ct);
        var schedule = ReminderSchedule.Of(plan);
        if (force is null && !ReminderRules.IsReminderTime(local, schedule)) return 0;
        var members = await assignments.MembersOfAsync(plan.TenantId, plan.Units.Select(u => u.Name), ct);
        var utc = DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeToUtc(local, VietnamTime.Zone), DateTimeKind.Utc);
        var written = 0;

        foreach (var unit in plan.Units.Where(u => force is null || u.Id == force))
        {
            var people = members.Where(m => m.UnitKey == UnitMember.KeyOf(unit.Name)).ToList();
            var reason = ReminderRules.ReasonFor(plan, unit, today, schedule);
            if (people.Count == 0 || (reason is null && force is null)) continue;
            var key = force is null ? $"reminder:{plan.Id}:{unit.Id}:{today:yyyyMMdd}" : $"remind-now:{plan.Id}:{unit.Id}:{utc.Ticks}";
            var rows = people.Select(p => OutboxMessage.Pending(OutboxKind.Reminder, plan.Id, p.UserId, key, $"{key}:{p.UserId}", utc, unitId: unit.Id)).ToList();
            written += await WriteSlotAsync(force is null ? new ReminderSlot { PlanId = plan.Id, UnitId = unit.Id, Day = today, CreatedAt = utc } : null, rows, ct);
        }

        if (force is null)
        {
            var overdue = plan.Units.Any(u => ReminderRules.ReasonFor(plan, u, today, schedule)?.Kind == ReminderKind.Overdue);
            var digest = overdue
                ? [OutboxMessage.Pending(OutboxKind.Escalation, plan.Id, plan.OrganizerId, $"escalation:{plan.Id}:{today:yyyyMMdd}", $"escalation:{plan.Id}:{today:yyyyMMdd}", utc)]
                : new List<OutboxMessage>();
            // The plan's slot 0 marks the day as planned, with or without a digest.
            written += await WriteSlotAsync(new ReminderSlot { PlanId = plan.Id, UnitId = 0, Day = today, CreatedAt = utc }, digest, ct);
        }
        return written;
    }

    /// <summary>Writes the slot and its messages together; false (0) when the slot was written before.</summary>
    private async Task<int> WriteSlotAsync(ReminderSlot? slot, List<OutboxMessage> rows, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (slot is not null) db.ReminderSlots.Add(slot);
        db.Outbox.AddRange(rows);
        try
        {
            await db.SaveChangesAsync(ct);
            return rows.Count;
        }
        catch (DbUpdateException)
        {
            return 0; // this slot fired already (another run, another instance)
        }
    }
}
