namespace LegalReview.Core;

/// <summary>
/// Times shown to reviewers. Stored times are UTC instants; the server may run in UTC (containers, CI) while every
/// reader is in Việt Nam, so pages must not use the server's local zone. Việt Nam keeps UTC+7 all year (no daylight
/// saving since 1975), so a fixed offset is exact and needs no time-zone database.
/// </summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateTimeOffset ToVietnamTime(this DateTimeOffset value) => value.ToOffset(Offset);

    public static DateTimeOffset? ToVietnamTime(this DateTimeOffset? value) => value?.ToOffset(Offset);
}
