namespace LegalReview.Data.Findings;

/// <summary>Rule that produced a suggested finding.</summary>
public enum SuggestionKind
{
    /// <summary>(a) A provision cites a document that has since been amended, replaced or repealed.</summary>
    CitesChangedDocument,

    /// <summary>(b) A document's legal basis ("Căn cứ …") has expired or been replaced.</summary>
    BasisNoLongerValid,
}
