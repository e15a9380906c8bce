using System.CommandLine;
using LegalReview.Cli.Commands;

var root = new RootCommand("legalreview — rà soát, hệ thống hóa văn bản quy phạm pháp luật");
root.Options.Add(GlobalOptions.Data);
root.Subcommands.Add(ParseCommand.Create());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(CrawlCommand.Create());
root.Subcommands.Add(ParsePageCommand.Create());
root.Subcommands.Add(ConsolidateCommand.Create());
root.Subcommands.Add(DiffCommand.Create());
root.Subcommands.Add(LegalReview.Cli.Commands.Search.ReindexCommand.Create());
root.Subcommands.Add(LegalReview.Cli.Commands.Search.VerifyCommand.Create());
root.Subcommands.Add(LegalReview.Cli.Commands.Search.SearchCommand.Create());
root.Subcommands.Add(LegalReview.Cli.Commands.Bench.BenchCommand.Create());
root.Subcommands.Add(LegalReview.Cli.Commands.Backup.BackupCommands.CreateBackup());
root.Subcommands.Add(LegalReview.Cli.Commands.Backup.BackupCommands.CreateRestore());
root.Subcommands.Add(ExportCommand.Create());
return await LegalReview.Cli.Commands.Reliability.CliErrors.InvokeAsync(root.Parse(args));
