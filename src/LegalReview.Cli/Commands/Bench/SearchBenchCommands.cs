using System.CommandLine;
using LegalReview.Data.Importing;
using LegalReview.Data.Search;
using LegalReview.Search;
using LegalReview.Search.Benchmarks;
using LegalReview.Search.Relevance;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.Cli.Commands.Bench;

/// <summary>`legalreview bench relevance` and `legalreview bench search`.</summary>
public static class SearchBenchCommands
{
    public static Command CreateRelevance()
    {
        var command = new Command("relevance", "Độ liên quan: recall@5 và MRR trên bộ câu hỏi benchmarks/relevance/queries.json");
        command.SetAction(async (_, ct) =>
        {
            var samples = SamplesFolder.Find();
            var queriesFile = samples is null ? null : Path.Combine(Path.GetDirectoryName(samples)!, "benchmarks", "relevance", "queries.json");
            if (samples is null || !File.Exists(queriesFile))
            {
                Console.Error.WriteLine("Lỗi: không tìm thấy samples/ hoặc benchmarks/relevance/queries.json (chạy lệnh trong thư mục dự án).");
                return 2;
            }

            // A scratch data folder: the figures must not depend on what the user's database holds.
            var work = Directory.CreateTempSubdirectory("legalreview-relevance-");
            try
            {
                await using (var services = await CliHost.CreateAsync(work, ct))
                {
                    foreach (var file in SamplesFolder.ImportableFiles(samples))
                    {
                        await using var scope = services.CreateAsyncScope();
                        var importer = scope.ServiceProvider.GetRequiredService<DocumentImportService>();
                        await importer.ImportAsync(Path.GetFileName(file), CliFiles.Read(new FileInfo(file)), Path.GetFullPath(file), ct);
                    }

                    await using (var scope = services.CreateAsyncScope())
                    {
                        await scope.ServiceProvider.GetRequiredService<SearchIndexing>().ReindexAsync(null, ct);
                    }

                    var queries = await RelevanceQuery.LoadAsync(queriesFile!, ct);
                    var report = await new RelevanceBenchmark(services.GetRequiredService<ISearchIndex>()).RunAsync(queries, 5, ct);
                    Console.WriteLine($"bench relevance: {queries.Count} queries over the sample corpus, engine {services.GetRequiredService<ISearchIndex>().GetType().Name}");
                    Console.WriteLine($"  recall@{report.K}    : {report.Recall,8:F3}   (goal ≥ 0.9)");
                    Console.WriteLine($"  MRR         : {report.MeanReciprocalRank,8:F3}");
                    foreach (var miss in report.Misses)
                    {
                        Console.WriteLine($"  miss: \"{miss.Query.Query}\" → expected {miss.Query.Number} {miss.Query.Article}, rank {(miss.Rank?.ToString() ?? "-")}{(miss.Error is null ? "" : " (" + miss.Error + ")")}");
                    }

                    return report.Recall >= 0.9 ? 0 : 1;
                }
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                try { work.Delete(recursive: true); } catch (IOException) { } // best effort cleanup of a temp folder
            }
        });
        return command;
    }

    public static Command CreateSearch()
    {
        var provisions = new Option<int>("--provisions") { Description = "Số điều khoản tổng hợp", DefaultValueFactory = _ => 1_000_000 };
        var indexFolder = new Option<string?>("--index")
        {
            Description = "Thư mục giữ chỉ mục sau khi đo; lần chạy sau với cùng --provisions dùng lại chỉ mục và chỉ đo truy vấn",
        };
        var command = new Command("search", "Tốc độ tìm kiếm: Lucene và SQLite FTS5 trên kho điều khoản tổng hợp") { provisions, indexFolder };
        command.SetAction(async (result, ct) =>
        {
            var n = result.GetValue(provisions);
            var samples = SamplesFolder.Find();
            if (samples is null)
            {
                Console.Error.WriteLine("Lỗi: không tìm thấy thư mục samples/ (chạy lệnh trong thư mục dự án).");
                return 2;
            }

            if (n < 1000)
            {
                Console.Error.WriteLine("Lỗi: --provisions phải ≥ 1000.");
                return 2;
            }

            var keep = result.GetValue(indexFolder);
            if (keep is not null && File.Exists(keep))
            {
                Console.Error.WriteLine($"Lỗi: --index {keep} là một tệp, không phải thư mục.");
                return 2;
            }

            var work = keep is null ? Path.Combine(Path.GetTempPath(), "legalreview-bench-search-" + Guid.NewGuid().ToString("N")) : Path.GetFullPath(keep);
            try
            {
                var texts = Directory.GetFiles(Path.Combine(samples, "laws"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText);
                var progress = new Progress<string>(Console.Error.WriteLine);
                var r = await new SearchBenchmark().RunAsync(texts, new SearchBenchmarkOptions(work, Provisions: n, ReuseIndexes: keep is not null), progress, ct);
                Console.WriteLine($"bench search: {r.Provisions} synthetic provisions, {r.Queries} queries, {Environment.ProcessorCount} cores");
                foreach (var e in new[] { r.Lucene, r.LuceneWithFacets, r.Fts5 })
                {
                    Console.WriteLine($"  {e.Engine,-22} index {(e.IndexTime == TimeSpan.Zero ? "reused" : e.IndexTime.TotalSeconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + " s"),9}  size {e.IndexBytes / 1048576.0,8:F1} MB  p50 {e.Latency.P50,7:F2} ms  p95 {e.Latency.P95,7:F2} ms  p99 {e.Latency.P99,7:F2} ms  CPU/query {e.CpuPerQuery.TotalMilliseconds,7:F2} ms");
                    foreach (var (kind, stats) in e.ByKind)
                    {
                        Console.WriteLine($"           {kind,-10} p50 {stats.P50,7:F2} ms  p95 {stats.P95,7:F2} ms  p99 {stats.P99,7:F2} ms");
                    }
                }

                Console.WriteLine($"  p95 speed-up vs FTS5 : {r.P95Speedup,6:F1}×   (goal ≥ 3×)");
                Console.WriteLine($"  peak memory (Lucene) : {r.LucenePeakWorkingSetBytes / 1048576.0,6:F0} MB (goal ≤ 1024 MB; {(r.Lucene.IndexTime == TimeSpan.Zero ? "queries only: the index was reused" : "build, merge and queries")})");
                Console.WriteLine($"  peak memory (run)    : {r.PeakWorkingSetBytes / 1048576.0,6:F0} MB (with the FTS5 baseline afterwards)");
                Console.WriteLine("  goal: Lucene p95 ≤ 30 ms");
                return r.Lucene.Latency.P95 <= 30 && r.P95Speedup >= 3 && r.LucenePeakWorkingSetBytes <= 1L << 30 ? 0 : 1;
            }
            catch (ArgumentException) when (keep is not null)
            {
                Console.Error.WriteLine($"Lỗi: thư mục --index {keep} có tệp không do benchmark tạo ra; hãy chọn một thư mục trống hoặc thư mục benchmark cũ.");
                return 2;
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                try { if (keep is null && Directory.Exists(work)) Directory.Delete(work, recursive: true); } catch (IOException) { } // best effort
            }
        });
        return command;
    }
}
