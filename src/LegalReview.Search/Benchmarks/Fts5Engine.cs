using LegalReview.Search.Lucene;
using Microsoft.Data.Sqlite;

namespace LegalReview.Search.Benchmarks;

/// <summary>
/// The comparison baseline: SQLite FTS5 (unicode61 remove_diacritics 2) over the same provisions, with the
/// metadata needed for the type filter and "in force on" in a plain table. A query returns the top 20 by bm25 and the
/// total count, the least a results page needs.
/// </summary>
internal sealed class Fts5Engine : IDisposable
{
    private readonly SqliteConnection _connection;

    public Fts5Engine(string file)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        _connection.Open();
        Execute("""
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            CREATE TABLE IF NOT EXISTS meta(id INTEGER PRIMARY KEY, doc_type TEXT NOT NULL, effective INTEGER NOT NULL, expires INTEGER);
            CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(heading, text, tokenize = 'unicode61 remove_diacritics 2');
            """);
    }

    public void Add(IReadOnlyList<IndexedDocument> docs, ref long nextId)
    {
        using var transaction = _connection.BeginTransaction();
        using var meta = Command("INSERT INTO meta(id, doc_type, effective, expires) VALUES ($id, $type, $effective, $expires)", transaction);
        using var fts = Command("INSERT INTO fts(rowid, heading, text) VALUES ($id, $heading, $text)", transaction);
        foreach (var doc in docs)
        {
            foreach (var p in doc.Provisions)
            {
                var id = nextId++;
                meta.Parameters["$id"].Value = id;
                meta.Parameters["$type"].Value = doc.Type;
                meta.Parameters["$effective"].Value = doc.EffectiveOn is { } e ? LuceneDocumentMapper.DateKey(e) : 0;
                meta.Parameters["$expires"].Value = doc.ExpiresOn is { } x ? LuceneDocumentMapper.DateKey(x) : DBNull.Value;
                meta.ExecuteNonQuery();
                fts.Parameters["$id"].Value = id;
                fts.Parameters["$heading"].Value = (object?)p.Heading ?? DBNull.Value;
                fts.Parameters["$text"].Value = p.Text;
                fts.ExecuteNonQuery();
            }
        }

        transaction.Commit();
    }

    public void Optimize() => Execute("INSERT INTO fts(fts) VALUES('optimize'); CREATE INDEX meta_type ON meta(doc_type);");

    /// <summary>Runs the query; returns (total, top ids).</summary>
    public (long Total, List<long> Top) Search(SearchQuery query)
    {
        var match = Match(query.Text ?? "");
        var where = "fts MATCH $match";
        if (query.Type is not null)
        {
            where += " AND meta.doc_type = $type";
        }

        if (query.AsOf is not null)
        {
            where += " AND meta.effective <= $day AND (meta.expires IS NULL OR meta.expires > $day)";
        }

        using var count = Command($"SELECT count(*) FROM fts JOIN meta ON meta.id = fts.rowid WHERE {where}", null);
        using var top = Command($"SELECT fts.rowid FROM fts JOIN meta ON meta.id = fts.rowid WHERE {where} ORDER BY bm25(fts) LIMIT 20", null);
        foreach (var command in new[] { count, top })
        {
            command.Parameters.AddWithValue("$match", match);
            if (query.Type is not null)
            {
                command.Parameters.AddWithValue("$type", query.Type);
            }

            if (query.AsOf is { } day)
            {
                command.Parameters.AddWithValue("$day", LuceneDocumentMapper.DateKey(day));
            }
        }

        var total = (long)count.ExecuteScalar()!;
        var ids = new List<long>();
        using var reader = top.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return (total, ids);
    }

    public void Dispose() => _connection.Dispose();

    // A quoted query is an FTS5 phrase; otherwise every word must occur (FTS5's implicit AND), as Lucene requires
    // for two-word queries.
    private static string Match(string text)
    {
        var words = text.Trim('"').Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Replace("\"", "", StringComparison.Ordinal));
        return text.StartsWith('"')
            ? "\"" + string.Join(' ', words) + "\""
            : string.Join(' ', words.Select(w => "\"" + w + "\""));
    }

    private SqliteCommand Command(string sql, SqliteTransaction? transaction)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var name in new[] { "$id", "$type", "$effective", "$expires", "$heading", "$text" }.Where(n => sql.Contains(n, StringComparison.Ordinal) && sql.StartsWith("INSERT", StringComparison.Ordinal)))
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
