using Guangong.Web.Features.Demo;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Infrastructure.Data;

public static class DatabaseStartup
{
    /// <summary>Applies the provider's migrations, then seeds roles, dictionaries and the first accounts.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var steps = new List<string>();
        void Step(string name)
        {
            steps.Add($"{name} {clock.ElapsedMilliseconds} ms");
            clock.Restart();
            Diagnostics.StartupClock.Step("database: " + name);
        }

        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<DataScope>().Widen();
        var db = scope.ServiceProvider.GetRequiredService<GuangongDbContext>();

        // Built here anyway on the first query; touched apart so that its cost is told apart from the queries'.
        _ = db.Model;
        Step("EF model");

        // Migrate only when a migration is pending: MigrateAsync also takes the migrations lock and
        // compares the model with the last snapshot, which costs a restart about a second for nothing.
        var pending = (await db.Database.GetPendingMigrationsAsync()).Any();
        Step("migrations check");
        if (pending)
        {
            await db.Database.MigrateAsync();
            Step("migrate");
        }

        if (db.Database.IsSqlite())
        {
            // The planner's statistics, gathered for the tables whose size changed much since the last time: with
            // them SQLite reads a district's activity list backwards by date instead of sorting the whole scope
            // (issue 18.3). PostgreSQL's autovacuum keeps its own.
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002;");
            Step("optimize");
        }

        await scope.ServiceProvider.GetRequiredService<PlatformSeeder>().SeedAsync();
        Step("seed check");

        // A database from before the roll-up (or restored without it) gets its cells once.
        await scope.ServiceProvider.GetRequiredService<Features.Statistics.Rollup.RollupRebuild>().IfMissingAsync();
        await Features.Activities.ServiceHourTotalsFollower.RebuildIfMissingAsync(db);
        await Features.Statistics.Rollup.RosterTally.RebuildIfMissingAsync(db);
        await Features.Statistics.Rollup.TaskTally.RebuildIfMissingAsync(db);
        Step("roll-up check");
        app.Logger.LogInformation("Database ready: {Steps}", string.Join(", ", steps));
    }

    /// <summary>
    /// Command-line verbs: `migrate` applies migrations and exits; `unlock USER` lifts a login lockout; `backup|verify|restore PATH` (Backup/); `plan parse FILE` prints a parsed plan; `plan eval DIR` scores the parser on documents with .expected.json files; `statistics rebuild` recomputes the roll-up cells; `generate --preset …` fills the database with a generated data set (Generation/). Returns null when the
    /// arguments ask to run the web server.
    /// </summary>
    public static async Task<int?> RunCommandAsync(this WebApplication app, string[] args)
    {
        if (args.Length == 0)
        {
            return null;
        }

        switch (args[0])
        {
            case "migrate":
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    scope.ServiceProvider.GetRequiredService<DataScope>().Widen();
                    var db = scope.ServiceProvider.GetRequiredService<GuangongDbContext>();
                    await db.Database.MigrateAsync();
                    Console.WriteLine($"数据库已迁移到最新版本（{db.Database.ProviderName}）。");
                }

                return 0;
            case "backup" or "verify" or "restore" when args.Length >= 2:
                return await Backup.BackupCommand.RunAsync(app.Services, args[0], args[1], Console.Out, Console.Error);
            case "backup" or "verify" or "restore":
                Console.Error.WriteLine($"用法：dotnet run --project src/Guangong.Web -- {args[0]} 备份目录");
                return 2;
            case "unlock" when args.Length >= 2:
                return await Features.Accounts.AccountUnlockCommand.RunAsync(app.Services, args[1], Console.Out, Console.Error);
            case "unlock":
                Console.Error.WriteLine("用法：dotnet run --project src/Guangong.Web -- unlock 用户名");
                return 2;
            case "statistics" when args.Length >= 2 && args[1] == "rebuild":
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    scope.ServiceProvider.GetRequiredService<DataScope>().Widen();
                    var cells = await scope.ServiceProvider.GetRequiredService<Features.Statistics.Rollup.RollupRebuild>().RunAsync();
                    Console.WriteLine($"统计汇总已重建：{cells}个单位月份。");
                    var (people, units) = await Features.Activities.ServiceHourTotalsFollower.RebuildAsync(scope.ServiceProvider.GetRequiredService<GuangongDbContext>());
                    Console.WriteLine($"服务时长汇总已重建：{people}条志愿者年度、{units}条单位年度。");
                    var roster = await Features.Statistics.Rollup.RosterTally.RebuildAsync(scope.ServiceProvider.GetRequiredService<GuangongDbContext>());
                    Console.WriteLine($"五老在册汇总已重建：{roster}条。");
                    var tasks = await Features.Statistics.Rollup.TaskTally.RebuildAsync(scope.ServiceProvider.GetRequiredService<GuangongDbContext>());
                    Console.WriteLine($"计划任务汇总已重建：{tasks}条。");
                }

                return 0;
            case "statistics":
                Console.Error.WriteLine("用法：dotnet run --project src/Guangong.Web -- statistics rebuild");
                return 2;
            case "generate":
                return await Generation.GenerateCommand.RunAsync(app, args, Console.Out, Console.Error);
            case "plan" when args.Length >= 3 && args[1] == "parse":
                return Features.Plans.PlanParseCommand.Run(args[2], Console.Out, Console.Error);
            case "plan" when args.Length >= 3 && args[1] == "eval":
                return Features.Plans.PlanEvalCommand.Run(args[2], Console.Out, Console.Error);
            case "plan":
                Console.Error.WriteLine("用法：dotnet run --project src/Guangong.Web -- plan parse 文件路径 | plan eval 文件夹");
                return 2;
            default:
                return null;
        }
    }
}
