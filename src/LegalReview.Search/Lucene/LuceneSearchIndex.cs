using System.Globalization;
using LegalReview.Search.Analysis;
using LegalReview.Search.Querying;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace LegalReview.Search.Lucene;

/// <summary>
/// Embedded search index in the data folder: one <see cref="IndexWriter"/> and a <see cref="SearcherManager"/>,
/// meant to be a singleton (Lucene allows one writer per folder). Writes are serialized and committed per batch;
/// searches run concurrently on the last committed state.
/// </summary>
public sealed class LuceneSearchIndex : ISearchIndex, IDisposable
{
    /// <summary>Sub-folder of the data directory that holds the index.</summary>
    public const string FolderName = "search-index";

    /// <summary>How many first-pass hits the full query re-ranks.</summary>
    public const int RescoreDepth = 200;

    private readonly LuceneDirectory _writeDirectory;
    private readonly LuceneDirectory _readDirectory;
    private readonly VietnameseAnalyzer _analyzer = new();
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Abbreviations _abbreviations;
    private readonly LuceneQueryCompiler _compiler;
    private readonly SnippetBuilder _snippets;
    private readonly FilterCache _filters = new();

    // A hit shows these; the other stored fields (dates, stamp, entry id …) are not decoded.
    private static readonly ISet<string> HitFields = new HashSet<string>(
    [
        SearchFields.DocumentId, SearchFields.Number, SearchFields.Title, SearchFields.ProvisionId, SearchFields.Kind,
        SearchFields.Label, SearchFields.Heading, SearchFields.Text,
    ]);

    public LuceneSearchIndex(string dataDirectory, Abbreviations? abbreviations = null)
    {
        IndexPath = Path.Combine(dataDirectory, FolderName);
        System.IO.Directory.CreateDirectory(IndexPath);
        // The writer reads (flushes, merges) through plain file reads, the searchers through memory-mapped files: a
        // merge reads every old segment once, and mapped, those pages would count in the process's resident memory
        // (a one-segment merge of a 750 MB index took the peak from ~0.5 to ~1.4 GB). Queries keep the fast mapping.
        _writeDirectory = new NIOFSDirectory(new DirectoryInfo(IndexPath));
        _readDirectory = FSDirectory.Open(new DirectoryInfo(IndexPath));
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = new BM25Similarity(),
            MergePolicy = new BalancedMergePolicy(),
        };
        _writer = new IndexWriter(_writeDirectory, config);
        if (BuiltWithoutFirstPassFields(_writeDirectory))
        {
            // Queries match on all_folded and all_pairs first: an index written by a version without them would find
            // nothing. Empty, it is refilled from the database (SearchOutboxDrainer.EnqueueAllIfIndexEmptyAsync at start-up).
            _writer.DeleteAll();
        }

        _writer.Commit(); // an empty index must be searchable
        // Every write commits before it refreshes (WriteAsync), so readers opened from the commits see all of it.
        _searchers = new SearcherManager(_readDirectory, new Bm25SearcherFactory());
        _abbreviations = abbreviations ?? Abbreviations.Default;
        _compiler = new LuceneQueryCompiler(_analyzer);
        _snippets = new SnippetBuilder(_analyzer);
    }

    public string IndexPath { get; }

    public async Task IndexAsync(IReadOnlyList<IndexedDocument> docs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(docs);
        foreach (var doc in docs)
        {
            IndexedDocumentValidator.Validate(doc);
        }

        // Mapping runs before any write, so a bad document leaves the index untouched.
        var mapped = docs.Select(d => (d.DocumentId, Entries: LuceneDocumentMapper.Map(d).ToList())).ToArray();
        await WriteAsync(
            () =>
            {
                for (var i = 0; i < mapped.Length; i++)
                {
                    _writer.DeleteDocuments(DocumentTerm(mapped[i].DocumentId));
                    _writer.AddDocuments(mapped[i].Entries);
                    // Indexing gives every string and numeric field a token stream of its own (~30 objects per entry):
                    // dropping the entries once added keeps a large batch from holding hundreds of MB until it ends.
                    mapped[i] = default;
                }
            },
            cancellationToken);
    }

    public Task DeleteAsync(long documentId, CancellationToken cancellationToken = default) =>
        WriteAsync(() => _writer.DeleteDocuments(DocumentTerm(documentId)), cancellationToken);

    public Task ClearAsync(CancellationToken cancellationToken = default) =>
        WriteAsync(() => _writer.DeleteAll(), cancellationToken);

    public Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Page < 1 || query.PageSize < 1 || query.Page > 10_000)
        {
            return Task.FromResult(SearchResult.Failed(QueryMessages.InvalidFilter));
        }

        var parsed = new UserQueryParser(_abbreviations).Parse(query.Text);
        if (parsed.Error is not null)
        {
            return Task.FromResult(SearchResult.Failed(parsed.Error));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var searcher = _searchers.Acquire();
        try
        {
            return Task.FromResult(Run((SlicedSearcher)searcher, query, parsed));
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return Task.FromResult(SearchResult.Failed(QueryMessages.TooComplex));
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public Task<IReadOnlyDictionary<long, string>> GetIndexedStampsAsync(CancellationToken cancellationToken = default) =>
        WithSearcher<IReadOnlyDictionary<long, string>>(searcher =>
        {
            var stamps = new Dictionary<long, string>();
            // Sized by the number of documents, not of entries (a million provisions are a few thousand documents).
            var count = new TotalHitCountCollector();
            searcher.Search(DocumentEntries(), count);
            var top = searcher.Search(DocumentEntries(), Math.Max(1, count.TotalHits));
            foreach (var scoreDoc in top.ScoreDocs)
            {
                var doc = searcher.Doc(scoreDoc.Doc);
                stamps[long.Parse(doc.Get(SearchFields.DocumentId), CultureInfo.InvariantCulture)] = doc.Get(SearchFields.VersionStamp);
            }

            return stamps;
        });

    public Task<IReadOnlyList<string>> SuggestNumbersAsync(string prefix, int max = 10, CancellationToken cancellationToken = default) =>
        WithSearcher<IReadOnlyList<string>>(searcher =>
        {
            var normalized = DocumentNumber.Normalize(prefix);
            if (normalized.Length == 0 || max < 1)
            {
                return [];
            }

            var query = new BooleanQuery
            {
                { new PrefixQuery(new Term(SearchFields.NumberNormalized, normalized)), Occur.MUST },
                { DocumentEntries(), Occur.MUST },
            };
            var top = searcher.Search(query, max * 4);
            return top.ScoreDocs.Select(d => searcher.Doc(d.Doc).Get(SearchFields.Number))
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(max).ToArray();
        });

    /// <summary>
    /// Merges the index down to <paramref name="maxSegments"/> segments after a bulk build (reindex, benchmark):
    /// fewer segments mean fewer term lookups per query (they allocate in Lucene.NET). Blocks until done; searches keep working meanwhile.
    /// </summary>
    public Task OptimizeAsync(int? maxSegments = null, CancellationToken cancellationToken = default) =>
        WriteAsync(() => _writer.ForceMerge(maxSegments ?? SegmentsAfterBulkBuild), cancellationToken);

    /// <summary>
    /// Segments left by <see cref="OptimizeAsync"/> by default: one per core, because <see cref="SlicedSearcher"/>
    /// searches segments in parallel and a single segment would leave the other cores idle.
    /// </summary>
    public static int SegmentsAfterBulkBuild => Math.Max(1, Environment.ProcessorCount);

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _readDirectory.Dispose();
        _writeDirectory.Dispose();
        _analyzer.Dispose();
        _writeLock.Dispose();
    }

    private SearchResult Run(SlicedSearcher searcher, SearchQuery query, ParsedUserQuery parsed)
    {
        // Two passes: the matching clauses alone find every match (total, facets, best RescoreDepth), then the full
        // query with its phrase and heading boosts ranks those few. Boost clauses on every match cost more than the
        // matching itself on large indexes.
        var firstPass = _compiler.Compile(parsed.Root!, rankingExtras: false);
        var filter = _filters.For(query);
        var size = Math.Min(query.PageSize, SearchQuery.MaxPageSize);
        var wanted = query.Page * size;
        var byDate = query.Sort == SearchSort.Date;
        var sort = byDate ? new Sort(new SortField(SearchFields.IssuedOn, SortFieldType.INT32, true), SortField.FIELD_SCORE) : null;
        var depth = byDate ? wanted : Math.Max(wanted, RescoreDepth);
        var (topDocs, facets) = searcher.Collect(
            firstPass,
            filter,
            () => sort is null
                ? TopScoreDocCollector.Create(depth, false)
                : TopFieldCollector.Create(sort, depth, true, true, false, false),
            sort,
            depth,
            query.IncludeFacets);
        if (!byDate && topDocs.ScoreDocs.Length > 0)
        {
            topDocs = searcher.Rescore(_compiler.Compile(parsed.Root!), topDocs, wanted);
        }

        var terms = _snippets.TermsOf(parsed.HighlightTexts);
        var hits = topDocs.ScoreDocs.Skip((query.Page - 1) * size).Select(scoreDoc =>
        {
            var visitor = new DocumentStoredFieldVisitor(HitFields);
            searcher.Doc(scoreDoc.Doc, visitor);
            var doc = visitor.Document;
            var provisionId = doc.Get(SearchFields.ProvisionId);
            return new SearchHit(
                long.Parse(doc.Get(SearchFields.DocumentId), CultureInfo.InvariantCulture),
                doc.Get(SearchFields.Number),
                doc.Get(SearchFields.Title),
                provisionId,
                doc.Get(SearchFields.Kind),
                doc.Get(SearchFields.Label) is { Length: > 0 } label ? label : null,
                doc.Get(SearchFields.Heading),
                float.IsNaN(scoreDoc.Score) ? 0f : scoreDoc.Score,
                _snippets.Build(doc.Get(SearchFields.Text) ?? "", terms));
        }).ToArray();

        return new SearchResult(topDocs.TotalHits, hits, facets?.ToFacets() ?? SearchFacets.Empty);
    }

    private async Task WriteAsync(Action write, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            write();
            _writer.Commit();
            _searchers.MaybeRefreshBlocking();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private Task<T> WithSearcher<T>(Func<IndexSearcher, T> read)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return Task.FromResult(read(searcher));
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private static bool BuiltWithoutFirstPassFields(LuceneDirectory directory)
    {
        if (!DirectoryReader.IndexExists(directory))
        {
            return false;
        }

        using var reader = DirectoryReader.Open(directory);
        var fields = MultiFields.GetMergedFieldInfos(reader);
        return reader.NumDocs > 0 && (fields.FieldInfo(SearchFields.AllFolded) is null || fields.FieldInfo(SearchFields.AllPairs) is null);
    }

    private static Term DocumentTerm(long documentId) =>
        new(SearchFields.DocumentId, documentId.ToString(CultureInfo.InvariantCulture));

    private static TermQuery DocumentEntries() => new(new Term(SearchFields.Kind, SearchFields.DocumentKind));

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new SlicedSearcher(reader);
    }
}
