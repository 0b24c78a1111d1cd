using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Organization;
using Guangong.Web.Features.People.Import;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Guangong.Bench;

/// <summary>
/// (d) 100,000 roster rows into 焦溪村 by the 郑陆 officer: the app's import (read and check every row against the town's
/// roster, then one save with the history and audit lines) against a bare baseline that reads the same file with MiniExcel
/// and writes the rows the app writes (the volunteer, their first history line, an audit line for each, in one
/// transaction) without the framework: prepared statements on SQLite, binary COPY on PostgreSQL. The bare side does not keep
/// what the app's save followers keep with the rows (the roster tallies along the unit's path, the roll-up cells of
/// joining), so the ratio is if anything against the app.
/// Each side works on its own copy of the database, so the generated town stays as it was. Target: ≤ 1.5× and under 5 s.
/// </summary>
internal static class RosterImportScale
{
    private const int Rows = 100_000;

    /// <summary>The import takes at most 20,000 rows a file, so 100,000 rows are five files, each previewed and confirmed.</summary>
    private const int PerFile = 20_000;
    private const int WarmUpRows = 500;
    private static readonly string Digits = "零一二三四五六七八九";

    /// <summary>`-- quick-import` on <c>GUANGONG_BENCH_DB</c> (SQLite); `-- quick-import postgres` on <c>GUANGONG_BENCH_PG</c>.</summary>
    public static async Task QuickAsync(TextWriter output, bool postgres = false)
    {
        IImportDatabase database = postgres ? PostgresImportDatabase.FromEnvironment() : SqliteImportDatabase.FromEnvironment();
        var sheets = Enumerable.Range(0, Rows / PerFile).Select(i => Sheet(i * PerFile, PerFile)).ToList();
        // Both sides import a small file of other names first, untimed: the measure is of a server that has run an import
        // before (its code compiled and optimized), not of the runtime's first compilation of either side.
        var warm = Sheet(Rows, WarmUpRows);
        await output.WriteLineAsync($"roster files: {sheets.Count} × {PerFile} rows, {sheets.Sum(s => s.Length) / 1024} KB, {database.Name}");
        var bare = await database.OnCopyAsync(async copy =>
        {
            await database.BareAsync(copy, warm);
            var clock = Stopwatch.StartNew();
            long n = 0;
            foreach (var sheet in sheets)
            {
                n += await database.BareAsync(copy, sheet);
            }

            return (n, clock.Elapsed.TotalMilliseconds);
        });
        var app = await database.OnCopyAsync(async copy =>
        {
            // The app is built before the clock starts, as a server is started once before anyone imports.
            var server = database.BuildApp(copy);
            try
            {
                await AppAsync(server, database, copy, warm);
                var clock = Stopwatch.StartNew();
                long n = 0;
                foreach (var sheet in sheets)
                {
                    n += await AppAsync(server, database, copy, sheet);
                }

                return (n, clock.Elapsed.TotalMilliseconds);
            }
            finally
            {
                ((IDisposable)server).Dispose();
            }
        });
        await output.WriteLineAsync($"{"import 100k rows",-22} app {app.Ms,9:0} ms ({app.Rows} rows)  bare {bare.Ms,9:0} ms ({bare.Rows} rows)  app/bare {app.Ms / bare.Ms,6:0.00}");
    }

    private static byte[] Sheet(int first, int count) =>
        RosterSheet(Enumerable.Range(first, count), i => "名册" + string.Concat(i.ToString(CultureInfo.InvariantCulture).Select(c => Digits[c - '0'])));

    /// <summary>A roster file of the 焦溪村 volunteers numbered <paramref name="numbers"/>, as an office fills the template.</summary>
    internal static byte[] RosterSheet(IEnumerable<int> numbers, Func<int, string> name)
    {
        var rows = numbers.Select(i => new Dictionary<string, object?>
        {
            ["姓名"] = name(i),
            ["性别"] = i % 2 == 0 ? "男" : "女",
            ["民族"] = "汉族",
            ["出生年份"] = 1940 + (i % 35),
            ["联系电话"] = $"137{i:D8}",
            ["五老类别"] = "老教师",
            ["队伍层级"] = "骨干层",
            ["所在单位"] = "焦溪村关工委",
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: RosterSpreadsheet.SheetName);
        return stream.ToArray();
    }

    /// <summary>One file through the import's preview and confirm, in a request of its own.</summary>
    private static async Task<long> AppAsync(WebApplication app, IImportDatabase database, string copy, byte[] sheet)
    {
        await using var request = app.Services.CreateAsyncScope();
        var services = request.ServiceProvider;
        // Looked up bare: before the request's scope is set, the app's queries see nothing.
        long userId;
        var town = new Unit { Name = "郑陆镇关工委" };
        await using (var lookup = await database.OpenAsync(copy))
        {
            await using var command = lookup.CreateCommand();
            command.CommandText = """SELECT (SELECT "Id" FROM "AspNetUsers" WHERE "UserName" = 'zhenglu'), "Id", "Path" FROM "Units" WHERE "Name" = '郑陆镇关工委'""";
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            (userId, town.Id, town.Path) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2));
        }

        services.GetRequiredService<DataScope>().Restrict(town.Id, town.Path);
        services.GetRequiredService<CurrentUser>().SignedIn(userId, "zhenglu", "郑陆镇", [RoleNames.Officer], town, false);
        var import = services.GetRequiredService<RosterImport>();
        using var stream = new MemoryStream(sheet);
        var (token, preview) = await import.UploadAsync(stream, sheet.Length);
        if (token is null)
        {
            throw new InvalidOperationException(preview.FileError);
        }

        var done = await import.ConfirmAsync(token);
        return done!.Rows.Count(r => r.IsValid);
    }

    /// <summary>The file's rows as the bare side reads them: MiniExcel's rows by header, nothing checked.</summary>
    internal static List<RosterLine> Read(byte[] sheet)
    {
        using var stream = new MemoryStream(sheet);
        return [.. stream.Query(useHeaderRow: true, sheetName: RosterSpreadsheet.SheetName).Cast<IDictionary<string, object>>().Select(row => new RosterLine(
            (string)row["姓名"], (string)row["性别"] == "男", (string)row["民族"], Convert.ToInt32(row["出生年份"], CultureInfo.InvariantCulture),
            (string)row["联系电话"], (string)row["五老类别"], (string)row["队伍层级"]))];
    }

    /// <summary>The field lists of the two audit lines the app writes for a row: the volunteer, and their first history line.</summary>
    internal static (string Volunteer, string History) AuditChanges(RosterLine line, long volunteerId, long unit, string path, string now, string today) =>
        (AuditJson.Changes(
        [
            ("BirthYear", line.BirthYear), ("Category", line.Category), ("CreatedUtc", now), ("Ethnicity", line.Ethnicity),
            ("Gender", line.Male ? "Male" : "Female"), ("Layer", line.Layer), ("Name", line.Name), ("Phone", line.Phone),
            ("Status", "Active"), ("StatusDate", today), ("UnitId", unit), ("UnitPath", path),
        ]),
        AuditJson.Changes([("CreatedUtc", now), ("Date", today), ("Note", "录入名册"), ("ToStatus", "Active"), ("UnitId", unit), ("UnitPath", path), ("VolunteerId", volunteerId)]));
}

internal sealed record RosterLine(string Name, bool Male, string Ethnicity, int BirthYear, string Phone, string Category, string Layer);

/// <summary>Where the import case runs: a fresh copy of the generated database for each side, the app built on it, the bare writer.</summary>
internal interface IImportDatabase
{
    string Name { get; }

    /// <summary>Runs on a fresh copy (a file path or a connection string); <paramref name="run"/> says how many rows it wrote and how long its timed part took.</summary>
    Task<(double Ms, long Rows)> OnCopyAsync(Func<string, Task<(long Rows, double Ms)>> run);

    WebApplication BuildApp(string copy);

    Task<DbConnection> OpenAsync(string copy);

    Task<long> BareAsync(string copy, byte[] sheet);
}
