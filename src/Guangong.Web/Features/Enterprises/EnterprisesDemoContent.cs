using Guangong.Web.Features.Assessments;
using Guangong.Web.Features.Demo;
using Guangong.Web.Infrastructure.Time;

namespace Guangong.Web.Features.Enterprises;

/// <summary>郑陆's company committee has started this year's 五有五好 self-assessment.</summary>
public sealed class EnterprisesDemoContent(AssessmentStarter starter, TimeProvider clock) : IDemoContent
{
    public int Order => 47;

    public async Task AddAsync(DemoUnitIds units, CancellationToken ct) =>
        await starter.StartAsync(ProgramKind.Enterprise, units["常州郑陆机械有限公司关工委"], ChinaTime.Today(clock).Year, ct);
}
