using Microsoft.EntityFrameworkCore;
using PlanBot.Core.Assignments;
using PlanBot.Core.Cards;
using PlanBot.Core.Plans;
using PlanBot.Core.Status;
using PlanBot.Data;
using PlanBot.People;
using PlanBot.Plans;

namespace PlanBot.Status;

/// <summary>A unit of a plan with its tasks and the people who answer for it.</summary>
public sealed record UnitView(Plan Plan, PlanUnit Unit, IReadOnlyList<UnitMember> Members)
{
    public StatusChange? LastChange { get; init; }

    /// <summary>Tasks of other units that name this unit as coordinating ("phối hợp"): shown on its card, answered by their lead.</summary>
    public IReadOnlyList<CoordinatedTask> Coordinated { get; init; } = [];

    /// <summary>Assigned to the unit (responsible or deputy): the people its status card is for.</summary>
    public bool IsAssigned(string userId) => Members.Any(m => m.UserId == userId);

    /// <summary>
    /// Who may answer for the unit's tasks (open its status card, save it): its assigned people and the plan's
    /// organizer. The one definition of the rule; <see cref="StatusWorkflow.RecordAsync"/> applies it where answers are written.
    /// </summary>
    public bool MayAnswer(string userId) => IsAssigned(userId) || Plan.OrganizerId == userId;
}

public enum AnswerOutcome { Recorded, Duplicate, NotAllowed, NoSuchUnit, Invalid }

public sealed record AnswerResult(AnswerOutcome Outcome, UnitView? View = null, AnswerProblem? Problem = null, int Changed = 0);

/// <summary>
/// Records units' answers on their tasks, with history (and marks the plan's overview as changed), and finds a
/// person's open units.
/// </summary>
public sealed class StatusWorkflow(IDbContextFactory<PlanBotDb> dbFactory, OverviewChanges overviews, TimeProvider clock)
{
    public async Task<UnitView?> LoadUnitAsync(int planId, int unitId, string tenantId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await LoadAsync(db, planId, unitId, tenantId, ct);
    }

    public async Task<AnswerResult> RecordAsync(int planId, int unitId, Caller caller, IReadOnlyDictionary<string, string?> inputs, string invokeId, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var view = await LoadAsync(db, planId, unitId, caller.TenantId, ct, tracking: true, withLastChange: false);
            if (view is null) return new(AnswerOutcome.NoSuchUnit);
            if (!view.MayAnswer(caller.UserId)) return new(AnswerOutcome.NotAllowed, view);
            var (answers, problem) = StatusAnswerReader.Read(inputs, view.Unit.Tasks);
            if (problem is { } p) return new(AnswerOutcome.Invalid, view, p);
            if (await db.StatusChanges.AnyAsync(c => c.InvokeId == invokeId, ct)) return new(AnswerOutcome.Duplicate, await ReloadAsync(planId, unitId, caller.TenantId, ct));

            var now = clock.GetUtcNow();
            var changed = 0;
            StatusChange? last = null;
            foreach (var answer in answers)
            {
                var task = view.Unit.Tasks.Single(t => t.Id == answer.TaskId);
                if (task.Status == answer.Status && task.Percent == answer.Percent && task.Note == answer.Note) continue;
                last = new StatusChange
                {
                    TaskId = task.Id, UserId = caller.UserId, UserName = caller.UserName ?? caller.UserId, At = now,
                    OldStatus = task.Status, NewStatus = answer.Status, OldPercent = task.Percent, NewPercent = answer.Percent,
                    Note = answer.Note, InvokeId = invokeId,
                };
                db.StatusChanges.Add(last);
                task.Status = answer.Status;
                task.Percent = answer.Percent;
                task.Note = answer.Note;
                task.UpdatedAt = now;
                task.UpdatedBy = caller.UserName ?? caller.UserId;
                task.Version++;
                changed++;
            }
            try
            {
                await db.SaveChangesAsync(ct);
                // The tracked entities are what was just saved: no need to read them again. The last change is read
                // only when this answer changed nothing.
                if (changed > 0) overviews.Mark(planId);
                last ??= await LastChangeAsync(db, view.Unit, ct);
                return new(AnswerOutcome.Recorded, view with { LastChange = last }, Changed: changed);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                // Someone answered the same task a moment ago: read it again and apply this answer on top.
            }
            catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
            {
                // The same invoke recorded a moment ago by a parallel delivery: the unique (InvokeId, TaskId) index refused it.
                if (!await IsDuplicateAsync(invokeId, ct)) throw;
                return new(AnswerOutcome.Duplicate, await ReloadAsync(planId, unitId, caller.TenantId, ct));
            }
        }
    }

    /// <summary>
    /// The units a person answers for that still have open tasks, newest plan first: the first <paramref name="take"/>
    /// with their plans and tasks, and how many there are in all.
    /// </summary>
    public async Task<(List<UnitView> Units, int Total)> UnitsOfAsync(string userId, string tenantId, int take, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var keys = (await db.UnitMembers.Where(m => m.TenantId == tenantId && m.UserId == userId).Select(m => m.UnitKey).ToListAsync(ct)).ToHashSet();
        if (keys.Count == 0) return ([], 0);
        // Unit keys are normalised names (UnitMember.KeyOf), computed here: read the candidates' names, not their tasks.
        var open = StatusCatalogue.Open;
        var candidates = await (from u in db.Units
                                join p in db.Plans on u.PlanId equals p.Id
                                where p.TenantId == tenantId && u.Tasks.Any(t => open.Contains(t.Status))
                                orderby p.Id descending, u.Order
                                select new { u.Id, u.Name }).ToListAsync(ct);
        var mine = candidates.Where(c => keys.Contains(UnitMember.KeyOf(c.Name))).ToList();
        var ids = mine.Take(take).Select(c => c.Id).ToList();
        var units = await db.Units.AsNoTracking().Include(u => u.Tasks).Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        var planIds = units.Values.Select(u => u.PlanId).Distinct().ToList();
        var plans = await db.Plans.AsNoTracking().Where(p => planIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var everyone = await db.UnitMembers.AsNoTracking().Where(m => m.TenantId == tenantId && keys.Contains(m.UnitKey)).ToListAsync(ct);
        var views = ids.Select(id => units[id]).Select(u =>
        {
            u.Tasks.Sort((a, b) => a.Order.CompareTo(b.Order));
            var plan = plans[u.PlanId];
            plan.Units.Add(u);
            return new UnitView(plan, u, everyone.Where(m => m.UnitKey == UnitMember.KeyOf(u.Name)).ToList());
        }).ToList();
        return (views, mine.Count);
    }

    private async Task<bool> IsDuplicateAsync(string invokeId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.StatusChanges.AnyAsync(c => c.InvokeId == invokeId, ct);
    }

    private async Task<UnitView?> ReloadAsync(int planId, int unitId, string tenantId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await LoadAsync(db, planId, unitId, tenantId, ct);
    }

    /// <summary>The plan (without its other units) and the one unit with its tasks: what a status card needs.</summary>
    private static async Task<UnitView?> LoadAsync(PlanBotDb db, int planId, int unitId, string tenantId, CancellationToken ct, bool tracking = false, bool withLastChange = true)
    {
        var plans = db.Plans.Where(p => p.Id == planId && p.TenantId == tenantId);
        var plan = await (tracking ? plans : plans.AsNoTracking()).FirstOrDefaultAsync(ct);
        if (plan is null) return null;
        var units = db.Units.Include(u => u.Tasks).Where(u => u.Id == unitId && u.PlanId == planId);
        var unit = await (tracking ? units : units.AsNoTracking()).FirstOrDefaultAsync(ct);
        if (unit is null) return null;
        if (!plan.Units.Contains(unit)) plan.Units.Add(unit);
        unit.Tasks.Sort((a, b) => a.Order.CompareTo(b.Order));
        var key = UnitMember.KeyOf(unit.Name);
        var members = await db.UnitMembers.AsNoTracking().Where(m => m.TenantId == tenantId && m.UnitKey == key).ToListAsync(ct);
        return new UnitView(plan, unit, members)
        {
            LastChange = withLastChange ? await LastChangeAsync(db, unit, ct) : null,
            Coordinated = await CoordinatedAsync(db, planId, unit, ct),
        };
    }

    /// <summary>The plan's other tasks whose coordinating units include this one (names compared as unit keys).</summary>
    private static async Task<IReadOnlyList<CoordinatedTask>> CoordinatedAsync(PlanBotDb db, int planId, PlanUnit unit, CancellationToken ct)
    {
        var key = UnitMember.KeyOf(unit.Name);
        var others = await db.Units.AsNoTracking().Include(u => u.Tasks).Where(u => u.PlanId == planId && u.Id != unit.Id).OrderBy(u => u.Order).ToListAsync(ct);
        return others.SelectMany(lead => lead.Tasks.OrderBy(t => t.Order)
                .Where(t => t.Coordinating.Any(c => UnitMember.KeyOf(c) == key))
                .Select(t => new CoordinatedTask(lead, t)))
            .ToList();
    }

    private static Task<StatusChange?> LastChangeAsync(PlanBotDb db, PlanUnit unit, CancellationToken ct)
    {
        var taskIds = unit.Tasks.Select(t => t.Id).ToList();
        return db.StatusChanges.AsNoTracking().Where(c => taskIds.Contains(c.TaskId)).OrderByDescending(c => c.Id).FirstOrDefaultAsync(ct);
    }
}
