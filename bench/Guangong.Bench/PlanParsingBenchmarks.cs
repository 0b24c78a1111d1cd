using BenchmarkDotNet.Attributes;
using Guangong.Documents.Official;
using Guangong.Documents.Plans;

namespace Guangong.Bench;

/// <summary>
/// Target: a town plan parses in under 5 ms and writes as an official .docx in under 50 ms, so the
/// import preview and the export answer at once even on the 2-core server of a district.
/// Issue 20: 1 MB of text (the parser's limit) parses in under 200 ms, with its line breaks and without them.
/// </summary>
[MemoryDiagnoser]
public class PlanParsingBenchmarks
{
    private string zhenglu = string.Empty;
    private string wushenzhao = string.Empty;
    private OfficialDocument document = null!;
    private string megabyte = string.Empty;
    private string megabyteFlattened = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        zhenglu = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", "zhenglu-2023-opinions.txt"));
        wushenzhao = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", "wushenzhao-2023-plan.txt"));
        document = PlanDocumentLayout.ToOfficialDocument(PlanTextParser.Parse(wushenzhao), "乌审召镇关工委组成成员");
        var text = new System.Text.StringBuilder();
        while (text.Length < 1_000_000)
        {
            text.Append(zhenglu).Append('\n').Append(wushenzhao).Append('\n');
        }
        megabyte = text.ToString(0, 1_000_000);
        megabyteFlattened = megabyte.Replace("\n", string.Empty, StringComparison.Ordinal);
    }

    [Benchmark]
    public PlanDocument ParseOneMegabyte() => PlanTextParser.Parse(megabyte);

    [Benchmark]
    public PlanDocument ParseOneMegabyteWithoutLineBreaks() => PlanTextParser.Parse(megabyteFlattened);

    [Benchmark]
    public PlanDocument ParseZhenglu() => PlanTextParser.Parse(zhenglu);

    [Benchmark]
    public PlanDocument ParseWushenzhao() => PlanTextParser.Parse(wushenzhao);

    [Benchmark]
    public byte[] WriteOfficialDocx() => OfficialDocumentWriter.ToBytes(document);
}
