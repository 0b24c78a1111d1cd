namespace Guangong.Web.Infrastructure.Data;

/// <summary>Rows that are only ever added (ledgers); the write guard refuses to change or delete them.</summary>
public interface IAppendOnly;
