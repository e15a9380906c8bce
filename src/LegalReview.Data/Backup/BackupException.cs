namespace LegalReview.Data.Backup;

/// <summary>A backup or restore that cannot proceed; the message is the one-line reason shown to the user.</summary>
public sealed class BackupException(string message, Exception? inner = null) : Exception(message, inner);
