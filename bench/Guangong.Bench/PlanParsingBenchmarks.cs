using BenchmarkDotNet.Attributes;
using Guangong.Documents.Official;
using Guangong.Documents.Plans;

namespace Guangong.Bench;

/// <summary>
/// Target: a town plan parses in under 5 ms and writes as an official .docx in under 50 ms, so the
/// import preview and the export answer at once even on the 2-core server of a district.
/// </summary>
[MemoryDiagnoser]
public class PlanParsingBenchmarks
{
    private string zhenglu = string.Empty;
    private string wushenzhao = string.Empty;
    private OfficialDocument document = null!;

    [GlobalSetup]
    public void Setup()
    {
        zhenglu = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", "zhenglu-2023-opinions.txt"));
        wushenzhao = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", "wushenzhao-2023-plan.txt"));
        document = PlanDocumentLayout.ToOfficialDocument(PlanTextParser.Parse(wushenzhao), "乌审召镇关工委组成成员");
    }

    [Benchmark]
    public PlanDocument ParseZhenglu() => PlanTextParser.Parse(zhenglu);

    [Benchmark]
    public PlanDocument ParseWushenzhao() => PlanTextParser.Parse(wushenzhao);

    [Benchmark]
    public byte[] WriteOfficialDocx() => OfficialDocumentWriter.ToBytes(document);
}
