using BenchmarkDotNet.Running;

namespace Guangong.Bench;

public static class BenchmarkEntry
{
    // dotnet run -c Release --project bench/Guangong.Bench -- --filter '*'
    // dotnet run -c Release --project bench/Guangong.Bench -- quick   (list pages, Stopwatch, GUANGONG_BENCH_DB set)
    // dotnet run -c Release --project bench/Guangong.Bench -- quick-scale   (record view, dashboard, coverage, 100k import)
    // dotnet run -c Release --project bench/Guangong.Bench -- quick-record   (the record view alone, 2,000 times each side: for a profiler)
    // dotnet run -c Release --project bench/Guangong.Bench -- quick-import   (the 100k roster import alone, SQLite)
    // dotnet run -c Release --project bench/Guangong.Bench -- quick-import postgres   (the same on PostgreSQL, GUANGONG_BENCH_PG set)
    // dotnet run -c Release --project bench/Guangong.Bench -- quick-dashboard   (a city's or province's dashboard on PostgreSQL, GUANGONG_BENCH_PG set)
    // dotnet run -c Release --project bench/Guangong.Bench -- quick-photo   (peak working set keeping a 100 MP photo, Linux)
    public static async Task Main(string[] args)
    {
        if (args is ["quick", ..])
        {
            await ListPageBenchmarks.QuickAsync(Console.Out);
            return;
        }

        if (args is ["quick-scale", ..])
        {
            await ScaleCaseBenchmarks.QuickAsync(Console.Out);
            return;
        }

        if (args is ["quick-record", ..])
        {
            await ScaleCaseBenchmarks.RecordOnlyAsync(Console.Out);
            return;
        }

        if (args is ["quick-import", ..])
        {
            await RosterImportScale.QuickAsync(Console.Out, postgres: args is [_, "postgres", ..]);
            return;
        }

        if (args is ["quick-dashboard", ..])
        {
            await DashboardAtScale.QuickAsync(Console.Out);
            return;
        }

        if (args is ["quick-photo", ..])
        {
            await PictureMemory.RunAsync(Console.Out);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args);
    }
}
