namespace LegalReview.Crawlers;

/// <summary>Document properties as printed by the source (Vietnamese text kept as is; mapping to enums is the integrator's job).</summary>
/// <param name="Number">Số, ký hiệu, e.g. <c>45/2019/QH14</c>; null when the document has none (e.g. the Constitution).</param>
/// <param name="TypeName">Loại văn bản, e.g. <c>Luật</c>, <c>Quyết định</c>.</param>
/// <param name="Issuer">Cơ quan ban hành.</param>
/// <param name="Signer">Người ký.</param>
/// <param name="Title">Trích yếu / name of the document.</param>
/// <param name="IssuedOn">Ngày ban hành.</param>
/// <param name="EffectiveOn">Ngày có hiệu lực.</param>
/// <param name="ValidityStatusText">Tình trạng hiệu lực as printed (e.g. <c>Còn hiệu lực</c>); null when hidden or unknown.</param>
/// <param name="Fields">Every other label → value the page shows (Lĩnh vực, Số công báo, Ngày công báo, Chức danh …).</param>
public sealed record DocumentMetadata(
    string? Number = null,
    string? TypeName = null,
    string? Issuer = null,
    string? Signer = null,
    string? Title = null,
    DateOnly? IssuedOn = null,
    DateOnly? EffectiveOn = null,
    string? ValidityStatusText = null,
    IReadOnlyDictionary<string, string>? Fields = null)
{
    public static DocumentMetadata Empty { get; } = new();
}
