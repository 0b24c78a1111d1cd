namespace Guangong.Web.Infrastructure.Data;

/// <summary>
/// An editable row with an app-managed version: incremented on every save and checked as a
/// concurrency token, so SQLite and PostgreSQL refuse a stale save alike.
/// </summary>
public interface IVersioned
{
    long Version { get; set; }
}
