using BenchmarkDotNet.Running;

namespace Guangong.Bench;

public static class BenchmarkEntry
{
    // dotnet run -c Release --project bench/Guangong.Bench -- --filter '*'
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args);
}
