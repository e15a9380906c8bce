namespace LegalReview.Data.Practice;

/// <summary>Who reported a problem found in practice.</summary>
public enum PracticeSourceKind
{
    TradeUnion,
    Enterprise,
    Citizen,
    Agency,
    Other,
}
