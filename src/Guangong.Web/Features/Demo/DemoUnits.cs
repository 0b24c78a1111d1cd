using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Organization;

namespace Guangong.Web.Features.Demo;

/// <summary>The two demo towns of the seeds, with the villages, schools and units they name plus a few plausible ones.</summary>
internal static class DemoUnits
{
    public sealed record Node(string Name, UnitLevel Level, UnitKind Kind, params Node[] Children);

    private static Node Village(string name) => new(name, UnitLevel.Village, UnitKind.Committee);

    private static Node In(string name, UnitKind kind) => new(name, UnitLevel.Village, kind);

    public static readonly Node[] Roots =
    [
        new("江苏省关工委", UnitLevel.Province, UnitKind.Committee,
            new Node("常州市关工委", UnitLevel.City, UnitKind.Committee,
                new Node("天宁区关工委", UnitLevel.District, UnitKind.Committee,
                    new Node("郑陆镇关工委", UnitLevel.Town, UnitKind.Committee,
                        Village("焦溪村关工委"),
                        Village("舜山村关工委"),
                        Village("查家村关工委"),
                        Village("三河口村关工委"),
                        Village("郑陆社区关工委"),
                        In("郑陆实验学校关工委", UnitKind.School),
                        In("焦溪小学关工委", UnitKind.School),
                        In("郑陆初级中学关工委", UnitKind.School),
                        In("郑陆中心幼儿园", UnitKind.Kindergarten),
                        In("常州郑陆机械有限公司关工委", UnitKind.Enterprise),
                        In("郑陆法庭关爱工作站", UnitKind.CareStationCourt),
                        In("郑陆司法所关爱工作站", UnitKind.CareStationJustice),
                        In("郑陆派出所关爱工作站", UnitKind.CareStationPolice),
                        In("郑陆镇卫生院", UnitKind.MemberUnit),
                        In("郑陆镇团委", UnitKind.MemberUnit),
                        In("郑陆镇妇联", UnitKind.MemberUnit))))),
        new("内蒙古自治区关工委", UnitLevel.Province, UnitKind.Committee,
            new Node("鄂尔多斯市关工委", UnitLevel.City, UnitKind.Committee,
                new Node("乌审旗关工委", UnitLevel.District, UnitKind.Committee,
                    new Node("乌审召镇关工委", UnitLevel.Town, UnitKind.Committee,
                        Village("乌审召嘎查关工委"),
                        Village("查汗庙嘎查关工委"),
                        Village("巴音敖包嘎查关工委"),
                        Village("乌审召社区关工委"),
                        In("查汗淖学校", UnitKind.School),
                        In("乌审召小学", UnitKind.School),
                        In("查汗淖幼儿园", UnitKind.Kindergarten),
                        In("乌审召幼儿园", UnitKind.Kindergarten),
                        In("乌审召镇卫生院", UnitKind.MemberUnit),
                        In("乌审召镇团委", UnitKind.MemberUnit),
                        In("乌审召镇计生办", UnitKind.MemberUnit),
                        In("乌审召镇新时代文明实践所", UnitKind.MemberUnit),
                        In("乌审召派出所关爱工作站", UnitKind.CareStationPolice),
                        In("乌审召司法所关爱工作站", UnitKind.CareStationJustice),
                        In("牧区大寨生态教育基地", UnitKind.EducationBase))))),
    ];

    public sealed record DemoAccount(string UserName, string DisplayName, string? UnitName, string Role);

    public const string Password = "Demo@12345";

    public static readonly DemoAccount[] Accounts =
    [
        new("admin", "系统管理员", null, RoleNames.Administrator),
        new("tianning", "天宁区关工委", "天宁区关工委", RoleNames.Viewer),
        new("tianning-gw", "天宁区关工委干事", "天宁区关工委", RoleNames.Officer),
        new("zhenglu", "郑陆镇关工委干事", "郑陆镇关工委", RoleNames.Officer),
        new("wushenzhao", "道格通毕力格", "乌审召镇关工委", RoleNames.Officer),
        new("wsz-school", "萨日娜", "乌审召小学", RoleNames.Recorder),
        new("wsz-reporter", "乌审召镇通讯员", "乌审召镇关工委", RoleNames.Correspondent),
        new("wsz-elder", "郝和平", "乌审召镇关工委", RoleNames.Volunteer),
        new("zl-jiaoxi", "焦溪村联络员", "焦溪村关工委", RoleNames.Recorder),
        new("zl-court", "郑陆法庭关爱站个案工作者", "郑陆法庭关爱工作站", RoleNames.CaseWorker),
        new("zl-school", "焦溪小学关工委记录员", "焦溪小学关工委", RoleNames.Recorder),
        new("zl-middle", "郑陆初级中学关工委记录员", "郑陆初级中学关工委", RoleNames.Recorder),
        new("zl-company", "郑陆机械关工委联络员", "常州郑陆机械有限公司关工委", RoleNames.Recorder),
    ];
}
