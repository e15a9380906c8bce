namespace LegalReview.Data.Practice;

/// <summary>Handling state of a practice problem.</summary>
public enum PracticeProblemStatus
{
    New,
    UnderReview,
    ConvertedToFinding,
    Closed,
}
