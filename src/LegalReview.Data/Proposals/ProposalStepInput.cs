namespace LegalReview.Data.Proposals;

/// <summary>Data a workflow step needs: a note (return), number and date (sent), the answer (response).</summary>
public sealed record ProposalStepInput
{
    public string? Note { get; init; }
    public string? NumberSequence { get; init; }
    public DateOnly? SentOn { get; init; }
    public ProposalResponse? Response { get; init; }
    public string? ResponseDocument { get; init; }
    public DateOnly? RespondedOn { get; init; }

    public static ProposalStepInput None { get; } = new();
}
