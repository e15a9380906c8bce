using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LegalReview.Data.Annotations;

/// <summary>Creates annotations and replies and lists what a user may see.</summary>
public sealed class AnnotationService(LegalReviewDbContext db, TimeProvider time, ILogger<AnnotationService> logger)
{
    /// <summary>Characters of context kept either side of the quote.</summary>
    public const int ContextLength = 32;

    public const int MaxQuoteLength = 2000;
    public const int MaxCommentLength = 4000;

    /// <summary>Saves an annotation, or returns the one-line reason it cannot be saved.</summary>
    public async Task<(Annotation? Annotation, string? Error)> CreateAsync(NewAnnotation request, string owner, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var quote = (request.QuotedText ?? "").Trim();
        var comment = (request.Comment ?? "").Trim();
        if (quote.Length == 0)
        {
            return (null, "Chưa chọn đoạn văn bản cần ghi chú.");
        }

        if (quote.Length > MaxQuoteLength)
        {
            return (null, $"Đoạn được chọn dài quá {MaxQuoteLength} ký tự; hãy chọn ngắn hơn.");
        }

        if (comment.Length == 0 || comment.Length > MaxCommentLength)
        {
            return (null, comment.Length == 0 ? "Chưa nhập nội dung ghi chú." : $"Ghi chú dài quá {MaxCommentLength} ký tự.");
        }

        var provision = await db.Provisions.AsNoTracking()
            .Where(p => p.VersionId == request.VersionId && p.StableId == request.StableId && p.Version!.DocumentId == request.DocumentId)
            .Select(p => new { p.StableId, p.Text }).SingleOrDefaultAsync(ct);
        if (provision is null)
        {
            return (null, "Không tìm thấy quy định được chọn trong phiên bản này.");
        }

        var match = QuoteLocator.Find(provision.Text, quote, request.Prefix ?? "", request.Suffix ?? "", 0);
        if (match is null)
        {
            return (null, "Đoạn được chọn không nằm trong nội dung của quy định; hãy chọn lại trong phần chữ của quy định.");
        }

        var now = time.GetUtcNow();
        var text = provision.Text;
        var annotation = new Annotation
        {
            DocumentId = request.DocumentId,
            StableId = provision.StableId,
            VersionId = request.VersionId,
            OriginalStableId = provision.StableId,
            OriginalVersionId = request.VersionId,
            Comment = comment,
            Visibility = request.Visibility,
            Owner = owner,
            AnchorStatus = AnchorStatus.Anchored,
            CreatedAt = now,
            UpdatedAt = now,
        };
        Place(annotation, text, match);
        annotation.OriginalQuotedText = annotation.QuotedText;
        db.Set<Annotation>().Add(annotation);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Annotation {AnnotationId} created on document {DocumentId} {StableId}", annotation.Id, annotation.DocumentId, annotation.StableId);
        return (annotation, null);
    }

    /// <summary>Adds a reply to an annotation the author can see.</summary>
    public async Task<string?> ReplyAsync(long annotationId, string text, string author, CancellationToken ct)
    {
        var body = (text ?? "").Trim();
        if (body.Length == 0 || body.Length > MaxCommentLength)
        {
            return body.Length == 0 ? "Chưa nhập nội dung trả lời." : $"Trả lời dài quá {MaxCommentLength} ký tự.";
        }

        var annotation = await db.Set<Annotation>().SingleOrDefaultAsync(a => a.Id == annotationId, ct);
        if (annotation is null || !annotation.IsVisibleTo(author))
        {
            return "Không tìm thấy ghi chú.";
        }

        db.Set<AnnotationReply>().Add(new AnnotationReply
        {
            AnnotationId = annotationId, Author = author, Text = body, CreatedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Owner only: make an annotation private or shared.</summary>
    public async Task<string?> SetVisibilityAsync(long annotationId, int rowVersion, AnnotationVisibility visibility, string user, CancellationToken ct)
    {
        var annotation = await db.Set<Annotation>().SingleOrDefaultAsync(a => a.Id == annotationId, ct);
        if (annotation is null || !annotation.IsVisibleTo(user))
        {
            return "Không tìm thấy ghi chú.";
        }

        if (!string.Equals(annotation.Owner, user, StringComparison.OrdinalIgnoreCase))
        {
            return "Chỉ người viết ghi chú mới được đổi chế độ chia sẻ.";
        }

        if (annotation.RowVersion != rowVersion)
        {
            return "Ghi chú vừa được cập nhật; hãy tải lại trang rồi thử lại.";
        }

        db.Entry(annotation).Property(a => a.RowVersion).OriginalValue = rowVersion;
        annotation.Visibility = visibility;
        annotation.UpdatedAt = time.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return "Ghi chú vừa được cập nhật; hãy tải lại trang rồi thử lại.";
        }
    }

    /// <summary>Annotations of a document the user may see (shared ones and their own), with replies.</summary>
    public async Task<IReadOnlyList<Annotation>> ForDocumentAsync(long documentId, string userName, CancellationToken ct)
    {
        var lowered = userName.ToLowerInvariant();
        return await db.Set<Annotation>().AsNoTracking().Include(a => a.Replies.OrderBy(r => r.Id))
            .Where(a => a.DocumentId == documentId
                        && (a.Visibility == AnnotationVisibility.Shared || a.Owner.ToLower() == lowered))
            .OrderBy(a => a.StartOffset).ThenBy(a => a.Id).ToListAsync(ct);
    }

    public async Task<Annotation?> GetAsync(long id, string userName, CancellationToken ct)
    {
        var annotation = await db.Set<Annotation>().AsNoTracking().Include(a => a.Replies.OrderBy(r => r.Id))
            .SingleOrDefaultAsync(a => a.Id == id, ct);
        return annotation is not null && annotation.IsVisibleTo(userName) ? annotation : null;
    }

    /// <summary>Sets quote, offsets and context from a match in <paramref name="text"/>.</summary>
    internal static void Place(Annotation annotation, string text, QuoteMatch match)
    {
        annotation.StartOffset = match.Start;
        annotation.EndOffset = match.End;
        annotation.QuotedText = text[match.Start..match.End];
        annotation.Prefix = text[Math.Max(0, match.Start - ContextLength)..match.Start];
        annotation.Suffix = text[match.End..Math.Min(text.Length, match.End + ContextLength)];
    }
}
