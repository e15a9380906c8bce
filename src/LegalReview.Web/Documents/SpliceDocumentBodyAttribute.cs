using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalReview.Web.Documents;

/// <summary>
/// Buffers the Razor output of an <see cref="IDocumentBodyPage"/> (about 10 KB without the body), then writes it
/// with the cached body bytes spliced in (<see cref="DocumentBodySplicer"/>): the body is never re-encoded or copied
/// into a string per request.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SpliceDocumentBodyAttribute : Attribute, IAsyncResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.Result is not PageResult || context.Controller is not IDocumentBodyPage page || page.Body is null)
        {
            await next();
            return;
        }

        var response = context.HttpContext.Response;
        var original = response.Body;
        using var buffer = new MemoryStream(16 * 1024);
        response.Body = buffer;
        ResultExecutedContext executed;
        try
        {
            executed = await next();
        }
        finally
        {
            response.Body = original;
        }

        if (executed.Exception is not null && !executed.ExceptionHandled)
        {
            return; // rethrown by the invoker; nothing was written to the client
        }

        var segments = DocumentBodySplicer.Segments(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), page.Body, page.UnitHtml);
        response.ContentLength = segments.Sum(s => (long)s.Length);
        var ct = context.HttpContext.RequestAborted;
        foreach (var segment in segments)
        {
            await original.WriteAsync(segment, ct);
        }
    }
}
