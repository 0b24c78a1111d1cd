using Guangong.Web.Features.Demo;
using Guangong.Web.Infrastructure.Data;

namespace Guangong.Web.Features.Documents;

/// <summary>The demo towns' committees issue under their own marks and numbers (e.g. 乌召关发〔2023〕3号).</summary>
public sealed class DocumentsDemoContent(GuangongDbContext db) : IDemoContent
{
    public int Order => 15;

    public async Task AddAsync(DemoUnitIds units, CancellationToken ct)
    {
        Add(units["乌审召镇关工委"], "乌审召镇关心下一代工作委员会", "乌召关发〔{year}〕{n}号", "乌审召镇关工委办公室");
        Add(units["郑陆镇关工委"], "郑陆镇关心下一代工作委员会", "郑关工发〔{year}〕{n}号", "郑陆镇关工委办公室");
        await db.SaveChangesAsync(ct);
    }

    private void Add(long unitId, string name, string pattern, string office) =>
        db.IssuingProfiles.Add(new IssuingProfile
        {
            UnitId = unitId,
            IssuerMark = name + "文件",
            SignatureName = name,
            NumberPattern = pattern,
            PrintingOffice = office,
        });
}
