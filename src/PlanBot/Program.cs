using PlanBot.Assignments;
using PlanBot.Data;
using PlanBot.Help;
using PlanBot.Meetings;
using PlanBot.Outbox;
using PlanBot.People;
using PlanBot.PlanPage;
using PlanBot.Plans;
using PlanBot.Reminders;
using PlanBot.Reports;
using PlanBot.Status;
using PlanBot.Teams;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddPlanBotStorage(builder.Configuration, builder.Environment);
builder.Services.AddTeamsBot(builder.Configuration);
builder.Services.AddOutbox();
builder.Services.AddPeople();
builder.Services.AddHelp();
builder.Services.AddPlans();
builder.Services.AddAssignments();
builder.Services.AddStatus();
builder.Services.AddReminders();
builder.Services.AddReports();
builder.Services.AddMeetings(builder.Configuration);
builder.Services.AddPlanPage(builder.Configuration);

var app = builder.Build();
await app.MigratePlanBotDatabaseAsync();
app.MapBotEndpoints();
app.MapReportEndpoints();
app.MapPlanPage();
await app.RunAsync();

/// <summary>The web host; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
