using PlanBot.Data;
using PlanBot.PlanPage;
using PlanBot.Reports;
using PlanBot.Teams;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddPlanBotStorage(builder.Configuration, builder.Environment);
builder.Services.AddTeamsBot(builder.Configuration);
builder.Services.AddPlanPage(builder.Configuration);

var app = builder.Build();
await app.MigratePlanBotDatabaseAsync();
app.MapBotEndpoints();
app.MapReportEndpoints();
app.MapPlanPage();
await app.RunAsync();

/// <summary>The web host; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
