namespace LegalReview.Core.Importing;

/// <summary>Limits applied by <see cref="DocumentTextExtractor"/> before any parsing of untrusted bytes.</summary>
public sealed record DocumentExtractionOptions
{
    /// <summary>The default cap on input size: 50 MB.</summary>
    public const long DefaultMaxBytes = 50L * 1024 * 1024;

    public static DocumentExtractionOptions Default { get; } = new();

    /// <summary>Inputs larger than this many bytes are rejected before they are opened.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;
}
