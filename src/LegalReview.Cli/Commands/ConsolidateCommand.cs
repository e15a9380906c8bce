using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using LegalReview.Core.Amendments;
using LegalReview.Core.Consolidation;
using LegalReview.Core.Parsing;

namespace LegalReview.Cli.Commands;

/// <summary>
/// `legalreview consolidate BASE AMENDING... [--as-of D] --format json|text`: applies the amending laws' instructions
/// to the base law and prints every instruction's outcome and the consolidated document.
/// </summary>
public static class ConsolidateCommand
{
    public static Command Create()
    {
        var baseFile = new Argument<FileInfo>("BASE") { Description = "Văn bản được sửa đổi" };
        var amending = new Argument<FileInfo[]>("AMENDING") { Description = "Văn bản sửa đổi, bổ sung", Arity = ArgumentArity.OneOrMore };
        var asOf = new Option<string?>("--as-of") { Description = "Hợp nhất đến ngày (YYYY-MM-DD)" };
        var format = GlobalOptions.Format("text", "json");
        var command = new Command("consolidate", "Hợp nhất văn bản với các văn bản sửa đổi, bổ sung") { baseFile, amending, asOf, format };
        command.SetAction(result => Run(result.GetValue(baseFile)!, result.GetValue(amending)!, result.GetValue(asOf), result.GetValue(format)!));
        return command;
    }

    public static int Run(FileInfo baseFile, FileInfo[] amendingFiles, string? asOfText, string format)
    {
        DateOnly? asOf = null;
        if (asOfText is not null)
        {
            if (!DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                Console.Error.WriteLine($"Lỗi: --as-of phải có dạng YYYY-MM-DD (nhận được \"{asOfText}\").");
                return 2;
            }

            asOf = date;
        }

        ConsolidationResult result;
        try
        {
            var baseDocument = CliFiles.ParseFile(baseFile);
            var instructions = new List<AmendmentInstruction>();
            foreach (var file in amendingFiles)
            {
                var text = CliFiles.ExtractText(file);
                instructions.AddRange(AmendmentInstructionParser.Parse(text).Instructions);
            }

            result = Consolidator.Apply(baseDocument, instructions, asOf);
        }
        catch (DocumentRejectedException ex)
        {
            Console.Error.WriteLine($"Lỗi: {ex.Message}");
            return 2;
        }

        if (format == "json")
        {
            var json = new
            {
                instructions = result.Outcomes.Select(o => new
                {
                    source = o.Instruction.SourceProvisionId,
                    sourceDocument = o.Instruction.SourceDocumentNumber,
                    action = o.Instruction.Action.ToString(),
                    target = o.Instruction.Target.Path,
                    targetDocument = o.Instruction.TargetDocumentNumber,
                    oldPhrase = o.Instruction.OldPhrase,
                    newPhrase = o.Instruction.NewPhrase,
                    anchor = o.Instruction.Anchor == PhraseAnchor.None ? null : o.Instruction.Anchor.ToString(),
                    anchorPhrase = o.Instruction.AnchorPhrase,
                    status = o.Status.ToString(),
                    reason = o.Reason,
                }),
                document = ParsedDocumentJson.ToJson(result.Document),
            };
            Console.WriteLine(JsonSerializer.Serialize(json, ParsedDocumentJson.Options));
        }
        else
        {
            foreach (var o in result.Outcomes)
            {
                Console.WriteLine($"{o.Status,-10} {o.Instruction.SourceDocumentNumber} {o.Instruction.SourceProvisionId}: {o.Instruction.Action} {o.Instruction.Target}{(o.Reason is null ? "" : " — " + o.Reason)}");
            }

            Console.WriteLine($"Áp dụng {result.AppliedCount}/{result.Outcomes.Count} chỉ dẫn ({result.AppliedRate:P1}); chưa xử lý được: {result.UnresolvedCount}.");
        }

        return 0;
    }
}
