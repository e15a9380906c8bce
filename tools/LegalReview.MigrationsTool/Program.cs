using System.Reflection;
using LegalReview.Data;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

// Adds a migration for every database provider, like `dotnet ef migrations add NAME` would (dotnet-ef is not
// installable in this environment). Usage: dotnet run --project tools/LegalReview.MigrationsTool -- NAME
if (args.Length != 1 || string.IsNullOrWhiteSpace(args[0]))
{
    Console.Error.WriteLine("Usage: dotnet run --project tools/LegalReview.MigrationsTool -- <MigrationName>");
    return 2;
}

var dataProject = FindDataProject(AppContext.BaseDirectory) ?? FindDataProject(Directory.GetCurrentDirectory());
if (dataProject is null)
{
    Console.Error.WriteLine("Cannot find src/LegalReview.Data (run inside the repository).");
    return 2;
}

var targets = new[]
{
    (Provider: DatabaseProvider.Sqlite, Folder: "Sqlite", Connection: "Data Source=design-time.db"),
    (Provider: DatabaseProvider.Postgres, Folder: "Postgres", Connection: "Host=localhost;Database=design_time"),
};
foreach (var target in targets)
{
    // Scaffolding only reads the model and the snapshot; no database connection is opened.
    using var db = LegalReviewDatabase.Create(target.Provider, target.Connection);
    var reporter = new OperationReporter(new OperationReportHandler(
        errorHandler: m => Console.Error.WriteLine(m),
        warningHandler: m => Console.WriteLine("warn: " + m),
        informationHandler: Console.WriteLine,
        verboseHandler: _ => { }));
    var services = new DesignTimeServicesBuilder(
            typeof(LegalReviewDbContext).Assembly, Assembly.GetExecutingAssembly(), reporter, [])
        .Build(db);
    var scaffolder = services.GetRequiredService<IMigrationsScaffolder>();
    var migration = scaffolder.ScaffoldMigration(args[0], "LegalReview.Data", "Migrations." + target.Folder, "C#", dryRun: false);
    var files = scaffolder.Save(
        dataProject, migration, Path.Combine(dataProject, "Migrations", target.Folder), dryRun: false);
    Console.WriteLine($"{target.Provider}: {files.MigrationFile}");
}

return 0;

static string? FindDataProject(string start)
{
    for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "src", "LegalReview.Data");
        if (File.Exists(Path.Combine(candidate, "LegalReview.Data.csproj")))
        {
            return candidate;
        }
    }

    return null;
}
