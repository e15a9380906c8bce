namespace LegalReview.Data.Alerts;

/// <summary>
/// Sending failed. <see cref="NothingSent"/> is true only when the server surely did not take the message (connection
/// or login failed, or the server rejected it with a reply code): only then is the sent-marker released for a retry.
/// </summary>
public sealed class AlertMailException(string message, bool nothingSent, Exception? inner = null) : Exception(message, inner)
{
    public bool NothingSent { get; } = nothingSent;
}
