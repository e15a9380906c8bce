namespace LegalReview.Exports.Lists;

/// <summary>The four official lists of a review or systematization (DOMAIN.md §3, "Official outputs").</summary>
public enum CatalogueKind
{
    /// <summary>Danh mục văn bản hết hiệu lực, tạm ngưng hiệu lực toàn bộ.</summary>
    ExpiredWhole = 1,

    /// <summary>Danh mục văn bản hết hiệu lực, tạm ngưng hiệu lực một phần.</summary>
    ExpiredPart = 2,

    /// <summary>Danh mục văn bản còn hiệu lực (including partly expired and not yet in force).</summary>
    InForce = 3,

    /// <summary>Danh mục văn bản cần tạm ngưng hiệu lực, sửa đổi, bổ sung, thay thế, bãi bỏ hoặc ban hành mới.</summary>
    NeedsHandling = 4,
}
