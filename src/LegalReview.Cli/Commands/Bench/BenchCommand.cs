using System.CommandLine;

namespace LegalReview.Cli.Commands.Bench;

/// <summary>`legalreview bench …`: speed figures printed next to the goal or baseline the issues name.</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Đo hiệu năng (benchmark)");
        command.Subcommands.Add(CreateParse());
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
}
