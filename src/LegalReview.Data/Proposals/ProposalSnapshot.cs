using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LegalReview.Data.Proposals;

/// <summary>A proposal's content at one moment: what a revision freezes and what two revisions compare.</summary>
public sealed record ProposalSnapshot(
    string Subject,
    string Addressees,
    string Occasion,
    string LegalBasis,
    string Recipients,
    IReadOnlyList<ProposalItemSnapshot> Items)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static ProposalSnapshot Of(Proposal p) => new(p.Subject, p.Addressees, p.Occasion, p.LegalBasis, p.Recipients,
        p.Items.OrderBy(i => i.Order).Select(i => new ProposalItemSnapshot(i.ProvisionStableId, i.TargetProvision, i.Action,
            i.CurrentText, i.ProposedText, i.Reasoning, i.LinkedFindings)).ToList());

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ProposalSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<ProposalSnapshot>(json, Json) ?? throw new InvalidOperationException("Empty proposal snapshot");
}
