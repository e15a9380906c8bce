using LegalReview.Data;
using LegalReview.Data.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.Cli.Commands;

/// <summary>
/// The services a data command needs, configured like the web app (environment variables such as
/// Database__Provider, LEGALREVIEW_DATA) so both work on one data folder.
/// </summary>
public static class CliHost
{
    public static async Task<ServiceProvider> CreateAsync(DirectoryInfo? dataFolder, CancellationToken ct)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddLegalReviewData(configuration, dataFolder?.FullName);
        services.AddLegalReviewSearch(configuration);
        var provider = services.BuildServiceProvider();
        await provider.MigrateLegalReviewDatabaseAsync(ct);
        return provider;
    }
}
