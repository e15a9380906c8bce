namespace LegalReview.Data.Findings;

/// <summary>Outcome of a finding operation: the saved finding, or a one-line Vietnamese reason nothing was saved.</summary>
public sealed record FindingResult(Finding? Finding, string? Error)
{
    public bool Succeeded => Error is null;

    public static FindingResult Ok(Finding finding) => new(finding, null);

    public static FindingResult Fail(string error) => new(null, error);
}
