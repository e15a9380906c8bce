using System.Diagnostics;
using LegalReview.Core.Importing;
using LegalReview.Core.Parsing;
using LegalReview.Data;
using LegalReview.Data.Alerts;
using LegalReview.Data.Importing;
using LegalReview.Search.Indexing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace LegalReview.Cli.Commands.Bench;

/// <summary>
/// Alert matching at scale: generated reviewer searches (corpus words, with and without diacritics, abbreviations,
/// phrases, OR/NOT, filters) percolated over changed provisions taken from the sample corpus; and the end-to-end
/// latency import → inbox (a real amending law through <see cref="DocumentImportService"/>, then <see cref="AlertMatcher"/>).
/// </summary>
public static class AlertsBenchmark
{
    public sealed record Report(
        int Searches, int Provisions, TimeSpan MatchBest, TimeSpan MatchMean, int Matches, long PeakWorkingSetMb, long AllocatedMb,
        TimeSpan Import, TimeSpan Pipeline, int Notifications);

    public static async Task<Report> RunAsync(string samples, int searchCount, int provisionCount, int runs, CancellationToken ct)
    {
        var corpus = CorpusProvisions(samples);
        // Changed provisions: a random sample; searches: drawn from the whole corpus, as reviewers' interests are.
        var random = new Random(7);
        var provisions = corpus.OrderBy(_ => random.Next()).Take(provisionCount).ToList();
        var searches = GenerateSearches(corpus, searchCount, seed: 20141113);
        var percolator = new SavedSearchPercolator();
        percolator.Match(searches.Take(100).ToList(), provisions.Take(50).ToList()); // JIT warm-up

        var times = new List<TimeSpan>();
        var matches = 0;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            matches = percolator.Match(searches, provisions).Count;
            times.Add(sw.Elapsed);
        }
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / runs;

        var (import, pipeline, notifications) = await ImportToInboxAsync(samples, searches, ct);
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        return new Report(searches.Count, provisions.Count, times.Min(), TimeSpan.FromTicks((long)times.Average(t => t.Ticks)), matches,
            self.PeakWorkingSet64 / (1024 * 1024), allocated / (1024 * 1024), import, pipeline, notifications);
    }

    /// <summary>Articles and clauses of the sample laws (their full text with descendants, as the index holds them).</summary>
    private static List<PercolatorProvision> CorpusProvisions(string samples)
    {
        var result = new List<PercolatorProvision>();
        foreach (var file in SampleCorpus.ListFiles(samples).Where(f => f.EndsWith(".txt", StringComparison.Ordinal)))
        {
            var parsed = StructureParser.Parse(DocumentTextExtractor.Extract(file, File.ReadAllBytes(file)).Paragraphs);
            var doc = new PercolatorDocument(result.Count, parsed.Number, LegalReview.Search.Analysis.DocumentNumber.Normalize(parsed.Number),
                parsed.Title, parsed.Type.ToString(), parsed.Issuer, "InForce", parsed.IssuedOn?.Year, []);
            result.AddRange(IndexedProvisionBuilder.FromParsed(parsed.Provisions)
                .Select(p => new PercolatorProvision(p.ProvisionId, p.Label, p.Heading, p.Text, doc)));
        }
        return result;
    }

    /// <summary>Reviewer-like queries from the corpus vocabulary: 2–5 consecutive words of a provision, some folded.</summary>
    public static List<SavedSearchSpec> GenerateSearches(IReadOnlyList<PercolatorProvision> provisions, int count, int seed)
    {
        var random = new Random(seed);
        var abbreviations = new[] { "BHXH", "BHYT", "NLĐ", "NSDLĐ", "HĐLĐ", "ATVSLĐ", "BLLĐ", "TNLĐ", "BHTN", "UBND" };
        var searches = new List<SavedSearchSpec>(count);
        while (searches.Count < count)
        {
            var p = provisions[random.Next(provisions.Count)];
            var words = p.Text.Split([' ', '\n', ',', '.', ';', ':', '(', ')', '"', '“', '”'], StringSplitOptions.RemoveEmptyEntries)
                .Where(w => w.Any(char.IsLetter)).ToArray();
            if (words.Length < 6) continue;
            var length = 2 + random.Next(4);
            var start = random.Next(words.Length - length);
            var text = string.Join(' ', words.Skip(start).Take(length)).ToLowerInvariant();
            var roll = random.Next(100);
            text = roll switch
            {
                < 30 => LegalReview.Search.Analysis.VietnameseText.Fold(text),                                     // typed without diacritics
                < 40 => $"\"{text}\"",                                                  // exact phrase
                < 55 => $"{abbreviations[random.Next(abbreviations.Length)]} {text}",  // abbreviation + words
                < 62 => $"{text} OR {abbreviations[random.Next(abbreviations.Length)]}",
                < 68 => $"{text} -{words[random.Next(words.Length)].ToLowerInvariant()}",
                _ => text,
            };
            var filtered = random.Next(10) == 0;
            searches.Add(new SavedSearchSpec(searches.Count + 1, text, Type: filtered ? p.Document.Type : null));
        }
        return searches;
    }

    /// <summary>Imports Luật BHYT, sets up one user with the searches and a document watch, then times amending import + matching.</summary>
    private static async Task<(TimeSpan Import, TimeSpan Pipeline, int Notifications)> ImportToInboxAsync(
        string samples, IReadOnlyList<SavedSearchSpec> searches, CancellationToken ct)
    {
        var folder = Path.Combine(Path.GetTempPath(), "legalreview-bench-alerts-" + Guid.NewGuid().ToString("N"));
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = "Sqlite" }).Build();
            var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging()
                .AddLegalReviewData(configuration, folder).BuildServiceProvider();
            await using (services)
            {
                await services.MigrateLegalReviewDatabaseAsync(ct);
                var pair = Path.Combine(samples, "amendments", "bao-hiem-y-te_25-2008-QH12__46-2014-QH13");
                long baseId;
                await using (var scope = services.CreateAsyncScope())
                {
                    var importer = scope.ServiceProvider.GetRequiredService<DocumentImportService>();
                    baseId = (await importer.ImportAsync("base.txt", await File.ReadAllBytesAsync(Path.Combine(pair, "base.txt"), ct), "bench", ct)).DocumentId!.Value;
                    var db = scope.ServiceProvider.GetRequiredService<LegalReviewDbContext>();
                    db.Users.Add(new IdentityUser("bench") { Id = "bench", Email = "bench@localhost" });
                    var now = DateTimeOffset.UtcNow.AddMinutes(-1);
                    db.AlertWatches.Add(new Watch { UserId = "bench", Kind = WatchKind.Document, DocumentId = baseId, Name = "25/2008/QH12", FeedToken = "doc", CreatedAt = now });
                    db.AlertWatches.AddRange(searches.Select(s => new Watch
                    {
                        UserId = "bench", Kind = WatchKind.SavedSearch, Query = s.Query, FilterType = s.Type, Name = "Tìm: " + s.Query,
                        FeedToken = "s" + s.WatchId, CreatedAt = now,
                    }));
                    await db.SaveChangesAsync(ct);
                    // The base law's own event is not part of the measured change.
                    await new AlertMatcher(db, new SavedSearchPercolator(), TimeProvider.System, NullLogger<AlertMatcher>.Instance).RunAsync(ct);
                    await db.AlertNotifications.ExecuteDeleteAsync(ct);
                }

                await using (var scope = services.CreateAsyncScope())
                {
                    var sw = Stopwatch.StartNew();
                    var importer = scope.ServiceProvider.GetRequiredService<DocumentImportService>();
                    await importer.ImportAsync("amending.txt", await File.ReadAllBytesAsync(Path.Combine(pair, "amending.txt"), ct), "bench", ct);
                    var import = sw.Elapsed;
                    var db = scope.ServiceProvider.GetRequiredService<LegalReviewDbContext>();
                    await new AlertMatcher(db, new SavedSearchPercolator(), TimeProvider.System, NullLogger<AlertMatcher>.Instance).RunAsync(ct);
                    var total = sw.Elapsed;
                    var notes = await db.AlertNotifications.CountAsync(ct);
                    return (import, total - import, notes);
                }
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
