namespace Guangong.Web.Infrastructure.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Bound from the "Database" section, plus DataDir and ConnectionStrings:Guangong.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>
    /// How long a write waits for a lock another connection holds before it gives up and the user is
    /// told the database is busy (503, nothing saved). PostgreSQL would otherwise wait for ever; SQLite
    /// uses it as its busy timeout. Database:LockTimeoutSeconds, 5 by default; 0 waits without limit on PostgreSQL.
    /// </summary>
    public int LockTimeoutSeconds { get; set; } = 5;

    public static DatabaseOptions From(IConfiguration configuration, string contentRoot)
    {
        var options = new DatabaseOptions();
        configuration.GetSection("Database").Bind(options);
        var configured = configuration.GetConnectionString("Guangong");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            options.ConnectionString = configured;
        }
        else if (options.Provider == DatabaseProvider.Sqlite)
        {
            options.ConnectionString = $"Data Source={Path.Combine(DataDirectory(configuration, contentRoot), "guangong.db")}";
        }
        else
        {
            throw new InvalidOperationException("Database:Provider=Postgres needs ConnectionStrings:Guangong.");
        }

        return options;
    }

    /// <summary>The folder for the SQLite file and the data-protection keys (DataDir, default ./data).</summary>
    public static string DataDirectory(IConfiguration configuration, string contentRoot)
    {
        var dir = Path.GetFullPath(configuration["DataDir"] is { Length: > 0 } d ? d : "data", contentRoot);
        Directory.CreateDirectory(dir);
        return dir;
    }
}
