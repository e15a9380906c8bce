namespace LegalReview.Data.Crawling;

/// <summary>What a <see cref="ChangeEvent"/> reports.</summary>
public enum ChangeEventKind
{
    /// <summary>A document not known before was stored (version 1).</summary>
    NewDocument,

    /// <summary>A known document got a new text (version 2, 3 …).</summary>
    NewVersion,

    /// <summary>A source reported a different validity status (tình trạng hiệu lực).</summary>
    ValidityChanged,

    /// <summary>A source listed a relation of the document not seen before.</summary>
    NewRelation,
}
