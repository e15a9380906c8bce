namespace LegalReview.Data;

/// <summary>Database engines LegalReview runs on; chosen by configuration <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
