using System.Runtime.CompilerServices;
using LegalReview.Crawlers.State;

namespace LegalReview.Crawlers;

/// <summary>
/// The crawl loop shared by the sources: resume or start a run, seed the frontier, process entries one at a time,
/// yield documents, record faults, report progress. A source only says how to seed and how to process one entry.
/// </summary>
public abstract class FrontierCrawler(TimeProvider time) : ICrawler
{
    protected TimeProvider Time { get; } = time;

    public abstract string SourceId { get; }

    /// <summary>The entries a fresh run starts from.</summary>
    protected abstract IReadOnlyList<FrontierEntry> Seeds(CrawlRequest request);

    /// <summary>Fetches and parses one frontier entry. Throw <see cref="PageLayoutException"/> for unknown layouts.</summary>
    protected abstract Task<CrawlStep> ProcessAsync(FrontierEntry entry, CrawlRequest request, ICrawlStateStore state, CancellationToken cancellationToken);

    public async IAsyncEnumerable<CrawledDocument> CrawlAsync(
        CrawlRequest request, ICrawlStateStore state, IProgress<CrawlProgress>? progress,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var run = await state.StartOrResumeRunAsync(Time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (!run.Resumed) await state.EnqueueAsync(Seeds(request), cancellationToken).ConfigureAwait(false);
        var totals = run.Counters;
        var yielded = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Stopping at the limit leaves the run unfinished, so the next call carries on from here.
            if (request.MaxDocuments is { } max && yielded >= max) yield break;
            var entry = await state.PeekNextAsync(cancellationToken).ConfigureAwait(false);
            if (entry is null)
            {
                await state.FinishRunAsync(Time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                yield break;
            }

            CrawlStep step;
            try
            {
                step = await ProcessAsync(entry, request, state, cancellationToken).ConfigureAwait(false);
            }
            catch (PageLayoutException e)
            {
                step = CrawlStep.Failed(entry.Url, "Layout", e.Message, Time.GetUtcNow(), fetched: 1);
            }

            if (step.Fault is { } fault)
            {
                var delta = new CrawlCounters(Fetched: step.Fetched, Failed: 1);
                await state.FailAsync(fault, delta, cancellationToken).ConfigureAwait(false);
                totals = totals.Add(delta);
            }
            else
            {
                if (step.Links.Count > 0) await state.EnqueueAsync(step.Links, cancellationToken).ConfigureAwait(false);
                if (step.Document is { } document)
                {
                    yield return document;
                    yielded++;
                }
                var delta = new CrawlCounters(
                    Fetched: step.Fetched,
                    New: step.Document is not null && step.IsNew ? 1 : 0,
                    Changed: step.Document is not null && !step.IsNew ? 1 : 0,
                    Unchanged: step.Unchanged ? 1 : 0);
                // Not cancellable: the consumer has taken the document, so it must be recorded as done even when the
                // crawl is being cancelled right now; otherwise a resumed crawl would yield it twice.
                await state.CompleteAsync(entry.Url, step.UrlStates, delta, CancellationToken.None).ConfigureAwait(false);
                totals = totals.Add(delta);
            }
            if (progress is not null)
            {
                var pending = await state.CountPendingAsync(cancellationToken).ConfigureAwait(false);
                progress.Report(new CrawlProgress(totals.Fetched, totals.New, totals.Changed, totals.Unchanged, totals.Failed, pending, entry.Url.ToString()));
            }
        }
    }
}
