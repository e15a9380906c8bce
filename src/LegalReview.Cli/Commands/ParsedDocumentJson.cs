using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using LegalReview.Core.Parsing;

namespace LegalReview.Cli.Commands;

/// <summary>The JSON shape of `legalreview parse --format json`, shared with `consolidate`.</summary>
public static class ParsedDocumentJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static object ToJson(ParsedDocument d) => new
    {
        number = d.Number,
        type = d.TypeName,
        issuer = d.Issuer,
        issuedOn = d.IssuedOn?.ToString("yyyy-MM-dd"),
        effectiveOn = d.EffectiveOn?.ToString("yyyy-MM-dd"),
        title = d.Title,
        place = d.Place,
        signer = d.Signer,
        signerTitle = d.SignerTitle,
        bases = d.Bases.Select(b => new { text = b.Text, type = b.DocumentType, number = b.Number }),
        provisions = d.Provisions.Select(ToJson),
    };

    private static object ToJson(ParsedProvision p) => new
    {
        id = p.Id,
        kind = p.Kind.ToString(),
        label = p.Label,
        heading = p.Heading,
        text = p.Text,
        children = p.Children.Select(ToJson),
    };
}
