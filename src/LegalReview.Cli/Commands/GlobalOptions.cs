using System.CommandLine;

namespace LegalReview.Cli.Commands;

public static class GlobalOptions
{
    /// <summary>The data folder shared with the web app (also LEGALREVIEW_DATA).</summary>
    public static readonly Option<DirectoryInfo?> Data = new("--data")
    {
        Description = "Thư mục dữ liệu (mặc định: biến môi trường LEGALREVIEW_DATA hoặc ./data)",
        Recursive = true,
    };

    public static Option<string> Format(params string[] allowed)
    {
        var option = new Option<string>("--format")
        {
            Description = "Định dạng đầu ra: " + string.Join(", ", allowed),
            DefaultValueFactory = _ => allowed[0] == "json" && allowed.Length > 1 ? allowed[1] : allowed[0],
        };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }
}
