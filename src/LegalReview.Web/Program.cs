using LegalReview.Web.Accounts;
using LegalReview.Web.Alerts;
using LegalReview.Web.Comparing;
using LegalReview.Web.Crawling;
using LegalReview.Web.Documents;
using LegalReview.Web.Findings;
using LegalReview.Web.Health;
using LegalReview.Web.Importing;
using LegalReview.Web.Proposals;
using LegalReview.Web.Infrastructure;
using LegalReview.Web.Relations;
using LegalReview.Web.Reviewing;
using LegalReview.Web.Search;

var builder = WebApplication.CreateBuilder(args);
builder.AddLegalReviewDatabase();
builder.Services.AddAccounts(builder.Configuration);
builder.Services.AddDocuments();
builder.Services.AddComparing();
builder.Services.AddRelations();
builder.Services.AddSampleImport();
builder.Services.AddCrawling();
builder.Services.AddSearch(builder.Configuration);
builder.Services.AddAlerts();
builder.Services.AddReviewing();
builder.Services.AddFindings();
builder.Services.AddProposals();
builder.Services.AddWebUi();

var app = builder.Build();
await app.InitializeDatabaseAsync();
await app.SeedAccountsAsync();
app.UseWebUi();
app.UseSampleImportDashboard();
app.MapHealth();
app.MapDocumentLinks();
app.MapExportDownloads();
app.MapRazorPages();
app.MapAlerts();
app.EnqueueSampleImportIfEmpty();
app.EnqueueIndexSyncAtStart();
await app.ScheduleCrawlsAsync();

await app.RunAsync();

/// <summary>Entry point; public for WebApplicationFactory in the tests.</summary>
public partial class Program;
