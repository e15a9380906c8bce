using System.CommandLine;

namespace LegalReview.Cli.Commands.Bench;

/// <summary>`legalreview bench …`: speed figures printed next to the goal or baseline the issues name.</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Đo hiệu năng (benchmark)");
        command.Subcommands.Add(CreateParse());
        command.Subcommands.Add(CreateDiff());
        command.Subcommands.Add(CreateCrawl());
        command.Subcommands.Add(SearchBenchCommands.CreateRelevance());
        command.Subcommands.Add(SearchBenchCommands.CreateSearch());
        command.Subcommands.Add(WebBenchCommand.Create());
        command.Subcommands.Add(AlertsBenchCommand.Create());
        return command;
    }

    private static Command CreateParse()
    {
        var seconds = new Option<int>("--seconds") { Description = "Thời gian đo (giây)", DefaultValueFactory = _ => 10 };
        var threads = new Option<int>("--threads") { Description = "Số luồng", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("parse", "Tốc độ trích xuất + phân tích trên bộ văn bản mẫu") { seconds, threads };
        command.SetAction(result =>
        {
            var samples = SamplesFolder.Find();
            if (samples is null)
            {
                Console.Error.WriteLine("Lỗi: không tìm thấy thư mục samples/ (chạy lệnh trong thư mục dự án).");
                return 2;
            }

            var files = SamplesFolder.ImportableFiles(samples);
            var r = ParseBenchmark.Run(files, TimeSpan.FromSeconds(result.GetValue(seconds)), result.GetValue(threads));
            Console.WriteLine($"bench parse: {files.Count} sample files ({r.Bytes / r.Rounds / 1024} KB), {r.Rounds} rounds, {r.Threads} threads, {Environment.ProcessorCount} cores");
            Console.WriteLine($"  documents/s : {r.DocumentsPerSecond,10:F1}   (goal ≥ 50)");
            Console.WriteLine($"  MB/s        : {r.MegabytesPerSecond,10:F1}");
            Console.WriteLine($"  elapsed     : {r.Elapsed.TotalSeconds,10:F1} s for {r.Documents} documents");
            return r.DocumentsPerSecond >= 50 ? 0 : 1;
        });
        return command;
    }

    private static Command CreateDiff()
    {
        var runs = new Option<int>("--runs") { Description = "Số lần đo", DefaultValueFactory = _ => 20 };
        var warmUp = new Option<double>("--warmup") { Description = "Thời gian chạy khởi động trước khi đo (giây)", DefaultValueFactory = _ => 5 };
        var consolidated = new Option<bool>("--consolidated") { Description = "Chỉ đối chiếu từng điều Luật Đấu thầu với bản hợp nhất không chính thức consolidated.md" };
        var command = new Command("diff", "So sánh Bộ luật Hình sự 2015 với bản hợp nhất sau Luật 12/2017/QH14, cạnh git diff --word-diff; hợp nhất Luật BHYT") { runs, warmUp, consolidated };
        command.SetAction(result =>
        {
            var samples = SamplesFolder.Find();
            if (samples is null)
            {
                Console.Error.WriteLine("Lỗi: không tìm thấy thư mục samples/ (chạy lệnh trong thư mục dự án).");
                return 2;
            }

            if (result.GetValue(consolidated)) return CompareWithReference(samples);
            var n = result.GetValue(runs);
            var warm = TimeSpan.FromSeconds(result.GetValue(warmUp));
            if (n < 1 || warm < TimeSpan.Zero)
            {
                Console.Error.WriteLine("Lỗi: --runs phải ≥ 1 và --warmup ≥ 0.");
                return 2;
            }

            var penal = Path.Combine(samples, "amendments", "bo-luat-hinh-su_100-2015-QH13__12-2017-QH14");
            var health = Path.Combine(samples, "amendments", "bao-hiem-y-te_25-2008-QH12__46-2014-QH13");
            Console.WriteLine($"bench diff: Bộ luật Hình sự 100/2015/QH13 ({new FileInfo(Path.Combine(penal, "base.txt")).Length / 1024} KB) vs its consolidation by 12/2017/QH14, "
                + $"{n} runs after {warm.TotalSeconds:0.#} s warm-up, {Environment.ProcessorCount} cores, load average {LoadAverage()}");
            var diff = new LegalReview.Core.Diffing.DiffBenchmark().Run(File.ReadAllText(Path.Combine(penal, "base.txt")), File.ReadAllText(Path.Combine(penal, "amending.txt")), n, warm);
            foreach (var t in diff) Print(t);
            if (diff.Count > 1)
            {
                var (ours, git) = (diff[0], diff[1]);
                Console.WriteLine($"  goal: VersionDiff ≤ 300 ms {(ours.Median.TotalMilliseconds <= 300 ? "met" : "NOT met")} (median), "
                    + $"faster than git {(ours.Best < git.Best && ours.Median < git.Median ? "met" : "NOT met")} (best {git.Best.TotalMilliseconds / ours.Best.TotalMilliseconds:0.0}×, median {git.Median.TotalMilliseconds / ours.Median.TotalMilliseconds:0.0}×)");
            }
            else
            {
                Console.WriteLine("  goal: VersionDiff ≤ 300 ms and faster than git (git not found: no comparison)");
            }

            Console.WriteLine($"bench consolidate: Luật BHYT 25/2008/QH12 + Luật 46/2014/QH13, {n} runs after {warm.TotalSeconds:0.#} s warm-up each");
            var consolidation = new LegalReview.Core.Consolidation.ConsolidationBenchmark().Run(File.ReadAllText(Path.Combine(health, "base.txt")), [File.ReadAllText(Path.Combine(health, "amending.txt"))], n, warm);
            foreach (var t in consolidation) Print(t);
            var total = consolidation.Sum(t => t.Median.TotalMilliseconds);
            Console.WriteLine($"  goal: consolidation of a 40-instruction amending law ≤ 100 ms {(total <= 100 ? "met" : "NOT met")} (parse + apply, median {total:F1} ms)");
            Console.WriteLine($"  load average at the end: {LoadAverage()}");
            return 0;
        });
        return command;
    }

    private static void Print(LegalReview.Core.Diffing.BenchmarkTiming t)
    {
        Console.WriteLine($"  {t.Name,-34} best {t.Best.TotalMilliseconds,7:F1} ms   median {t.Median.TotalMilliseconds,7:F1} ms   mean {t.Mean.TotalMilliseconds,7:F1} ms");
        var memory = t.Memory is { } m
            ? $"allocated {m.AllocatedBytesPerRun / (1024.0 * 1024):F2} MB/run, GC gen0/1/2 {m.Gen0}/{m.Gen1}/{m.Gen2} over {t.Runs} runs"
            : "separate process (memory not counted)";
        Console.WriteLine($"  {"",-34} {memory}; {t.Detail}");
    }

    /// <summary>The 1/5/15-minute load averages (Linux), since the figures are only comparable at a known load.</summary>
    private static string LoadAverage()
    {
        try
        {
            return string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
        catch (UnauthorizedAccessException)
        {
            return "unknown";
        }
    }

    /// <summary>Luật Đấu thầu: our consolidation (no amending text in the corpus, so the original) vs consolidated.md.</summary>
    private static int CompareWithReference(string samples)
    {
        var set = Path.Combine(samples, "amendments", "dau-thau_22-2023-QH15__consolidated");
        var ours = LegalReview.Core.Consolidation.Consolidator.Apply(
            LegalReview.Core.Parsing.StructureParser.Parse(File.ReadAllText(Path.Combine(set, "base.txt"))), []).Document;
        var reference = LegalReview.Core.Parsing.StructureParser.Parse(
            LegalReview.Core.Diffing.ReferenceComparison.FromMarkdown(File.ReadAllText(Path.Combine(set, "consolidated.md"))));
        var r = LegalReview.Core.Diffing.ReferenceComparison.Compare(ours, reference);
        Console.WriteLine("bench diff --consolidated: Luật Đấu thầu 22/2023/QH15 vs consolidated.md (unofficial, approximate ground truth)");
        Console.WriteLine("  " + r);
        foreach (var a in r.Articles.Where(a => a.Match != LegalReview.Core.Diffing.ReferenceMatch.Identical))
        {
            Console.WriteLine($"  Điều {a.Label,-4} {a.Match,-9} {a.Similarity:F3}");
        }

        if (r.OnlyInOurs.Count > 0) Console.WriteLine("  only in ours: Điều " + string.Join(", ", r.OnlyInOurs));
        return 0;
    }

    private static Command CreateCrawl()
    {
        var documents = new Option<int>("--documents") { Description = "Số văn bản của trang thử nghiệm", DefaultValueFactory = _ => 2000 };
        var command = new Command("crawl", "Tốc độ thu thập + phân tích + lưu trên trang vbpl thử nghiệm cục bộ (không giới hạn tốc độ)") { documents };
        command.SetAction(async (result, ct) =>
        {
            var n = result.GetValue(documents);
            if (n < 1)
            {
                Console.Error.WriteLine("Lỗi: --documents phải ≥ 1.");
                return 2;
            }

            var r = await CrawlStoreBenchmark.RunAsync(n, ct);
            var pagesPerSecond = r.Pages / Math.Max(r.Elapsed.TotalSeconds, 1e-6);
            Console.WriteLine($"bench crawl: local vbpl fixture site, {n} documents, fetch + parse + store into a temporary SQLite folder, {Environment.ProcessorCount} cores");
            Console.WriteLine($"  pages/s     : {pagesPerSecond,10:F1}   (goal ≥ 100)");
            Console.WriteLine($"  documents/s : {r.Documents / Math.Max(r.Elapsed.TotalSeconds, 1e-6),10:F1}   ({r.Documents} stored)");
            Console.WriteLine($"  elapsed     : {r.Elapsed.TotalSeconds,10:F1} s for {r.Pages} pages");
            Console.WriteLine($"  fetch       : {r.Fetch}");
            return pagesPerSecond >= 100 ? 0 : 1;
        });
        return command;
    }
}
