using LegalReview.Crawlers;
using LegalReview.Crawlers.Http;
using LegalReview.Crawlers.Sources.CongBao;
using LegalReview.Crawlers.Sources.LocalFolder;
using LegalReview.Crawlers.Sources.Vbpl;

namespace LegalReview.Data.Crawling;

/// <summary>The crawler kinds a configured source can use (<c>vbpl</c>, <c>congbao</c>, <c>localfolder</c>).</summary>
public static class CrawlerKinds
{
    public static IReadOnlyList<string> All { get; } = [VbplCrawler.Id, CongBaoCrawler.Id, LocalFolderCrawler.Id];

    /// <summary>A crawler of <paramref name="kind"/>.</summary>
    /// <param name="kind">One of <see cref="All"/>.</param>
    /// <param name="fetcher">The process's polite fetcher (ignored by localfolder).</param>
    /// <param name="time">Clock.</param>
    /// <param name="folder">The watched folder for localfolder (else taken from a file:// base URL).</param>
    /// <exception cref="ArgumentException">Unknown kind.</exception>
    public static ICrawler Create(string kind, PoliteFetcher fetcher, TimeProvider time, string? folder = null) => kind switch
    {
        VbplCrawler.Id => new VbplCrawler(fetcher, time),
        CongBaoCrawler.Id => new CongBaoCrawler(fetcher, time),
        LocalFolderCrawler.Id => new LocalFolderCrawler(folder, time),
        _ => throw new ArgumentException($"Unknown crawler kind '{kind}'; known: {string.Join(", ", All)}.", nameof(kind)),
    };
}
