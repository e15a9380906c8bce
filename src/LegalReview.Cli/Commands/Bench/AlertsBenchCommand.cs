using System.CommandLine;

namespace LegalReview.Cli.Commands.Bench;

/// <summary>`legalreview bench alerts`: saved-search percolation time and import → inbox latency, next to the goals.</summary>
public static class AlertsBenchCommand
{
    public static Command Create()
    {
        var searches = new Option<int>("--searches") { Description = "Số tìm kiếm đã lưu", DefaultValueFactory = _ => 10_000 };
        var provisions = new Option<int>("--provisions") { Description = "Số điều, khoản thay đổi", DefaultValueFactory = _ => 1_000 };
        var runs = new Option<int>("--runs") { Description = "Số lần đo", DefaultValueFactory = _ => 3 };
        var command = new Command("alerts", "Đối chiếu tìm kiếm đã lưu với các điều, khoản thay đổi; độ trễ từ nhập văn bản đến hộp thông báo")
        {
            searches, provisions, runs,
        };
        command.SetAction(async (result, ct) =>
        {
            var samples = SamplesFolder.Find();
            if (samples is null)
            {
                Console.Error.WriteLine("Lỗi: không tìm thấy thư mục samples/ (chạy lệnh trong thư mục dự án).");
                return 2;
            }
            if (result.GetValue(searches) < 1 || result.GetValue(provisions) < 1 || result.GetValue(runs) < 1)
            {
                Console.Error.WriteLine("Lỗi: --searches, --provisions và --runs phải ≥ 1.");
                return 2;
            }

            var r = await AlertsBenchmark.RunAsync(samples, result.GetValue(searches), result.GetValue(provisions), result.GetValue(runs), ct);
            Console.WriteLine($"bench alerts: {r.Searches} saved searches × {r.Provisions} changed provisions (sample corpus), {Environment.ProcessorCount} cores");
            Console.WriteLine($"  matching      : best {r.MatchBest.TotalSeconds,6:F2} s   mean {r.MatchMean.TotalSeconds,6:F2} s   (goal ≤ 5 s on 2 cores)   {r.Matches} searches matched");
            Console.WriteLine($"  memory        : peak working set {r.PeakWorkingSetMb} MB, {r.AllocatedMb} MB allocated per matching run");
            Console.WriteLine($"  import → inbox: {(r.Import + r.Pipeline).TotalSeconds,6:F2} s   (goal ≤ 60 s; + up to Alerts:PollSeconds in the app)");
            Console.WriteLine($"    import 46/2014/QH13 {r.Import.TotalSeconds:F2} s, alert pipeline {r.Pipeline.TotalSeconds:F2} s, {r.Notifications} notifications for {r.Searches + 1} watches");
            return r.MatchBest.TotalSeconds <= 5 && (r.Import + r.Pipeline).TotalSeconds <= 60 ? 0 : 1;
        });
        return command;
    }
}
