using System.Globalization;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Guangong.Web.Infrastructure.Time;

namespace Guangong.Web.Infrastructure.Generation;

/// <summary>
/// <c>-- generate --preset town|county|city|province [--years N] [--seed S] [--until yyyy-MM-dd]</c>: migrates
/// and seeds the database as a start would (the demo towns too, unless Demo is off), then adds the preset's
/// generated tree below the demo tree and prints the rows written per table and the time taken.
/// </summary>
public static class GenerateCommand
{
    public const string Usage = "用法：dotnet run --project src/Guangong.Web -- generate --preset town|county|city|province [--years 3] [--seed 18] [--until 2026-12-31]";

    public static async Task<int> RunAsync(WebApplication app, string[] args, TextWriter output, TextWriter error)
    {
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        if (Option("--preset") is not { } name || !GeneratorPreset.All.TryGetValue(name, out var preset))
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        var years = int.TryParse(Option("--years"), CultureInfo.InvariantCulture, out var y) && y is >= 1 and <= 20 ? y : 3;
        var seed = int.TryParse(Option("--seed"), CultureInfo.InvariantCulture, out var s) ? s : 18;
        var until = DateOnly.TryParseExact(Option("--until") ?? string.Empty, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var u)
            ? u : ChinaTime.Today(TimeProvider.System);

        await app.PrepareDatabaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<DataScope>().Widen();
        var generator = new DataGenerator(scope.ServiceProvider.GetRequiredService<GuangongDbContext>());
        try
        {
            var report = await generator.RunAsync(preset, new GeneratorOptions(years, seed, until), output);
            foreach (var (table, rows) in report.Rows)
            {
                await output.WriteLineAsync($"{table,-24}{rows,12:N0} 行");
            }

            await output.WriteLineAsync($"已生成 {name}（{years}年，截至{ChinaTime.Date(until)}，种子{seed}），用时 {report.Elapsed.TotalSeconds:0.0} 秒。");
            return 0;
        }
        catch (InvalidOperationException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return 1;
        }
    }
}
