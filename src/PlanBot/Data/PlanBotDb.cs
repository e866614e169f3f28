using Microsoft.EntityFrameworkCore;
using PlanBot.Core.Assignments;
using PlanBot.Core.Meetings;
using PlanBot.Core.Outbox;
using PlanBot.Core.Plans;
using PlanBot.Core.Reminders;
using PlanBot.Core.Status;
using PlanBot.Plans;
using PlanBot.Reports;

namespace PlanBot.Data;

/// <summary>
/// PlanBot's database: plans with their units and tasks, drafts awaiting Save, users' settings, known
/// conversations, the outbox, reminders, meetings. One model, two providers: each provider has its own
/// subclass only so that it has its own migrations (<see cref="SqlitePlanBotDb"/>, <see cref="PostgresPlanBotDb"/>).
/// </summary>
public class PlanBotDb(DbContextOptions options) : DbContext(options)
{
    /// <summary>
    /// Within the current transaction, waits until no other transaction (of any instance) holds <paramref name="key"/>.
    /// SQLite needs nothing: its transactions take the database's one write lock.
    /// </summary>
    public virtual Task LockAsync(string key, CancellationToken ct) => Task.CompletedTask;

    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<PlanUnit> Units => Set<PlanUnit>();
    public DbSet<PlanTask> Tasks => Set<PlanTask>();
    public DbSet<PlanDraft> Drafts => Set<PlanDraft>();
    public DbSet<UserSetting> UserSettings => Set<UserSetting>();
    public DbSet<KnownConversation> Conversations => Set<KnownConversation>();
    public DbSet<KnownUser> Users => Set<KnownUser>();
    public DbSet<UnitMember> UnitMembers => Set<UnitMember>();
    public DbSet<StatusChange> StatusChanges => Set<StatusChange>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<OutboxBatch> OutboxBatches => Set<OutboxBatch>();
    public DbSet<OutboxDispatchLease> OutboxDispatchLeases => Set<OutboxDispatchLease>();
    public DbSet<ReminderSlot> ReminderSlots => Set<ReminderSlot>();
    public DbSet<ExportLink> ExportLinks => Set<ExportLink>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<MeetingAttendee> MeetingAttendees => Set<MeetingAttendee>();
    public DbSet<OverviewPost> OverviewPosts => Set<OverviewPost>();

    /// <summary>Instants are stored in UTC whatever offset they come with (PostgreSQL's timestamptz accepts only UTC).</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstant>();
    }

    private sealed class UtcInstant() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Plan>(plan =>
        {
            plan.Property(p => p.TenantId).HasMaxLength(100);
            plan.Property(p => p.Title).HasMaxLength(1000);
            plan.Property(p => p.OrganizerId).HasMaxLength(200);
            plan.Property(p => p.ConversationId).HasMaxLength(500);
            plan.HasIndex(p => p.TenantId);
            plan.HasMany(p => p.Units).WithOne().HasForeignKey(u => u.PlanId).OnDelete(DeleteBehavior.Cascade);
            plan.Ignore(p => p.Event);
            plan.Ignore(p => p.Tasks);
        });
        model.Entity<OverviewPost>(post =>
        {
            post.Property(p => p.ConversationId).HasMaxLength(500);
            post.Property(p => p.ActivityId).HasMaxLength(500);
            post.Property(p => p.Language).HasMaxLength(10);
            post.HasIndex(p => new { p.PlanId, p.ConversationId }).IsUnique();
            post.HasIndex(p => p.ConversationId);
            post.HasOne<Plan>().WithMany().HasForeignKey(p => p.PlanId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<PlanUnit>(unit =>
        {
            unit.Property(u => u.Name).HasMaxLength(500);
            unit.HasMany(u => u.Tasks).WithOne().HasForeignKey(t => t.UnitId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<PlanTask>(task =>
        {
            task.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
            task.Property(t => t.Note).HasMaxLength(2000);
        });
        model.Entity<PlanDraft>(draft =>
        {
            draft.Property(d => d.ConversationId).HasMaxLength(500);
            draft.Property(d => d.UserId).HasMaxLength(200);
        });
        model.Entity<PlanTask>().Property(t => t.Version).IsConcurrencyToken();
        model.Entity<KnownUser>(user =>
        {
            user.HasKey(u => u.UserId);
            user.HasIndex(u => u.Email);
            user.HasIndex(u => u.UserPrincipalName);
        });
        model.Entity<UnitMember>(member =>
        {
            member.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
            member.HasIndex(m => new { m.TenantId, m.UnitKey, m.UserId }).IsUnique();
        });
        model.Entity<StatusChange>(change =>
        {
            change.Property(c => c.OldStatus).HasConversion<string>().HasMaxLength(20);
            change.Property(c => c.NewStatus).HasConversion<string>().HasMaxLength(20);
            change.Property(c => c.Note).HasMaxLength(2000);
            change.HasIndex(c => c.TaskId);
            change.HasIndex(c => new { c.InvokeId, c.TaskId }).IsUnique();
        });
        model.Entity<OutboxMessage>(message =>
        {
            message.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
            message.Property(m => m.State).HasConversion<string>().HasMaxLength(20);
            message.HasIndex(m => m.DedupeKey).IsUnique();
            message.HasIndex(m => new { m.State, m.NextAttemptAt });
            message.HasIndex(m => m.BatchId);
        });
        model.Entity<OutboxBatch>().HasKey(b => b.BatchId);
        model.Entity<OutboxDispatchLease>(lease =>
        {
            lease.HasKey(l => l.Name);
            lease.Property(l => l.Name).HasMaxLength(50);
            lease.Property(l => l.Owner).HasMaxLength(200);
            // The one row every instance contends for, there from the start: taking it is always an update, never an insert race.
            lease.HasData(new OutboxDispatchLease { Name = OutboxDispatchLease.Outbox });
        });
        model.Entity<ExportLink>().HasKey(l => l.TokenHash);
        model.Entity<Meeting>(meeting =>
        {
            meeting.Property(m => m.State).HasConversion<string>().HasMaxLength(20);
            meeting.Property(m => m.RoomResponse).HasConversion<string>().HasMaxLength(20);
            meeting.HasIndex(m => new { m.RoomEmail, m.Start });
            meeting.HasIndex(m => m.PlanId);
            meeting.HasMany(m => m.Attendees).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
            meeting.Ignore(m => m.Time);
        });
        model.Entity<MeetingAttendee>().Property(a => a.Response).HasConversion<string>().HasMaxLength(20);
        model.Entity<ReminderSlot>().HasIndex(r => new { r.PlanId, r.UnitId, r.Day }).IsUnique();
        model.Entity<UserSetting>().HasKey(u => u.UserId);
        model.Entity<KnownConversation>().HasKey(c => c.ConversationId);
    }
}

/// <summary>A user's choices that PlanBot remembers (language).</summary>
public sealed class UserSetting
{
    public required string UserId { get; set; }
    public required string Language { get; set; }
}

/// <summary>A conversation PlanBot has been part of: where to reach it and whether it was greeted.</summary>
public sealed class KnownConversation
{
    public required string ConversationId { get; set; }
    public required string ServiceUrl { get; set; }
    public string? TenantId { get; set; }
    public string? ConversationType { get; set; }
    public DateTimeOffset? WelcomedAt { get; set; }
}

/// <summary>The SQLite database (the default); its migrations are in Data/Migrations/Sqlite.</summary>
public sealed class SqlitePlanBotDb(DbContextOptions<SqlitePlanBotDb> options) : PlanBotDb(options);

/// <summary>The PostgreSQL database; its migrations are in Data/Migrations/Postgres.</summary>
public sealed class PostgresPlanBotDb(DbContextOptions<PostgresPlanBotDb> options) : PlanBotDb(options)
{
    /// <summary>A transaction-scoped advisory lock, released at commit or rollback.</summary>
    public override Task LockAsync(string key, CancellationToken ct) =>
        Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock(hashtext({key}))", ct);
}
