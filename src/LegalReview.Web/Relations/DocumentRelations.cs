using LegalReview.Core.Documents;

namespace LegalReview.Web.Relations;

/// <summary>A document and every relation it takes part in.</summary>
public sealed record DocumentRelations(LegalDocument Document, IReadOnlyList<RelationEdge> Edges);
