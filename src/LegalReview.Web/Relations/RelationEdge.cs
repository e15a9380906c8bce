using LegalReview.Core.Documents;

namespace LegalReview.Web.Relations;

/// <summary>One relation seen from a document: the other document (id when stored), its number and title, the provisions.</summary>
public sealed record RelationEdge(
    RelationType Type,
    bool Incoming,
    long? OtherId,
    string OtherNumber,
    string OtherTitle,
    string? SourceProvisionId,
    string? TargetProvisionId,
    RelationOrigin Origin)
{
    public string Name => Incoming ? RelationNames.Incoming(Type) : RelationNames.Outgoing(Type);
}
