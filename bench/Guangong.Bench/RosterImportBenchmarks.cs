using BenchmarkDotNet.Attributes;
using Guangong.Web.Features.People;
using Guangong.Web.Features.People.Import;

namespace Guangong.Bench;

/// <summary>
/// Target: reading and checking a 10,000-row roster takes under 3 s and under 300 MB allocated, so
/// "a 10,000-row file imports in one go" holds with room to spare (the database write is measured by
/// the integration test that imports such a file on SQLite and PostgreSQL).
/// </summary>
[MemoryDiagnoser]
public class RosterImportBenchmarks
{
    private byte[] file = [];
    private RosterCodes codes = null!;

    [Params(1_000, 10_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        file = RosterImportScale.RosterSheet(Enumerable.Range(0, Rows), i => "志愿者" + (char)('甲' + (i % 10)) + (char)('子' + (i / 10 % 12)));
        codes = new RosterCodes(["老干部", "老战士", "老专家", "老教师", "老模范"], ["核心层", "骨干层", "参与层"],
            new Dictionary<long, RosterUnit> { [7] = new(7, "焦溪村关工委", "/1/7/", 1, "焦溪村关工委") }, new DateOnly(2023, 6, 1));
    }

    [Benchmark]
    public int ReadAndCheck()
    {
        using var stream = new MemoryStream(file);
        var (rows, _) = RosterSpreadsheet.Read(stream);
        return rows.Count(r => VolunteerRules.Check(r.Input, codes, isNew: true).Values is not null);
    }
}
