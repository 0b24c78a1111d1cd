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
            var dataDir = configuration["DataDir"] is { Length: > 0 } dir ? dir : "data";
            var fullDir = Path.GetFullPath(dataDir, contentRoot);
            Directory.CreateDirectory(fullDir);
            options.ConnectionString = $"Data Source={Path.Combine(fullDir, "guangong.db")}";
        }
        else
        {
            throw new InvalidOperationException("Database:Provider=Postgres needs ConnectionStrings:Guangong.");
        }

        return options;
    }
}
