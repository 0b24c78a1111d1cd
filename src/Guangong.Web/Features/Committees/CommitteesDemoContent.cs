using Guangong.Web.Features.Demo;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Committees;

/// <summary>
/// The 乌审召 committee exactly as its plan's appendix lists it, a 郑陆 team, member units, the
/// district rules due at the end of 2023 (郑陆 一.3), and correspondents in 乌审召's grid.
/// </summary>
public sealed class CommitteesDemoContent(GuangongDbContext db) : IDemoContent
{
    public int Order => 30;

    private static readonly DateOnly TermStart = new(2021, 1, 1);

    public async Task AddAsync(DemoUnitIds units, CancellationToken ct)
    {
        var paths = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Path, ct);
        void Seat(string unit, string role, string? name, string? post, int order, bool fiveElder = false, DateOnly? from = null, DateOnly? to = null)
        {
            var id = units[unit];
            db.LeadershipPositions.Add(new LeadershipPosition { UnitId = id, UnitPath = paths[id], Role = role, PersonName = name, PostElsewhere = post, SortOrder = order, IsFiveElder = fiveElder, TermStart = from ?? TermStart, TermEnd = to });
        }

        // 附件：乌审召镇关工委组成成员
        Seat("乌审召镇关工委", "主任", "宝音图", "党委副书记", 10);
        Seat("乌审召镇关工委", "副主任", "道格通毕力格", "关心下一代工作干事", 20);
        Seat("乌审召镇关工委", "副主任", "郝和平", "“五老”人员", 30, fiveElder: true);
        Seat("乌审召镇关工委", "成员", "李林", "查汗淖学校校长", 40);
        Seat("乌审召镇关工委", "成员", "刘存艳", "查汗淖幼儿园园长", 50);
        Seat("乌审召镇关工委", "成员", "萨日娜", "乌审召小学校长", 60);
        Seat("乌审召镇关工委", "成员", "塔娜", "乌审召幼儿园园长", 70);
        Seat("乌审召镇关工委", "成员", "左逸楠", "团委书记", 80);
        Seat("乌审召镇关工委", "成员", "娜仁图雅", "计生办主任", 90);
        Seat("乌审召镇关工委", "成员", "张鲜斌", "卫生院院长", 100);

        Seat("郑陆镇关工委", "主任", "陈建国", "原镇党委副书记（退休）", 10, fiveElder: true);
        Seat("郑陆镇关工委", "常务副主任", "王建华", "镇党委委员、宣传委员", 20);
        Seat("郑陆镇关工委", "秘书长", "周美华", "原郑陆实验学校副校长", 30, fiveElder: true);
        Seat("郑陆镇关工委", "干事", "徐丽", "镇社会事业局干事", 40);
        Seat("郑陆镇关工委", "成员", "郑德明", "原郑陆法庭庭长", 50, fiveElder: true);

        // A village whose director retired in mid-2023 and was not replaced: the report shows it since then.
        Seat("焦溪村关工委", "主任", "蒋国荣", "村党总支书记", 10, to: new DateOnly(2023, 6, 30));
        Seat("焦溪村关工委", "主任", null, null, 10, from: new DateOnly(2023, 7, 1));
        Seat("焦溪村关工委", "成员", "钱福生", "退役军人", 20, fiveElder: true);
        Seat("查汗庙嘎查关工委", "主任", "敖其尔", "原嘎查书记", 10, fiveElder: true);
        Seat("查汗庙嘎查关工委", "干事", "格日勒", "嘎查文书", 20);

        void Rule(string unit, RuleKind kind, string basis)
        {
            var id = units[unit];
            db.LeadershipRules.Add(new LeadershipRule { UnitId = id, UnitPath = paths[id], Kind = kind, DueDate = new DateOnly(2023, 12, 31), Basis = basis });
        }

        foreach (var district in new[] { "天宁区关工委", "乌审旗关工委" })
        {
            Rule(district, RuleKind.DirectorSet, "省市《实施意见》：调整配强各级关工委领导班子，于2023年底前调整到位");
            Rule(district, RuleKind.SecretaryOrStaffSet, "省市《实施意见》：配齐配强关工委工作力量");
        }

        Rule("乌审旗关工委", RuleKind.FiveElderOnTeam, "充分发挥“五老”作用");

        void Member(string unit, string name, string category, string person, string phone)
        {
            var id = units[unit];
            db.MemberUnits.Add(new MemberUnit { UnitId = id, UnitPath = paths[id], Name = name, Category = category, ContactPerson = person, ContactPhone = phone });
        }

        Member("乌审召镇关工委", "乌审召派出所", "派出所", "巴特尔", "13904779001");
        Member("乌审召镇关工委", "乌审召司法所", "司法所", "其木格", "13904779002");
        Member("乌审召镇关工委", "乌审召镇卫生院", "卫生院", "张鲜斌", "13904779003");
        Member("乌审召镇关工委", "乌审召镇团委", "团委", "左逸楠", "13904779004");
        Member("乌审召镇关工委", "乌审召镇新时代文明实践所", "新时代文明实践所", "乌力吉", "13904779005");
        Member("郑陆镇关工委", "郑陆法庭", "法庭", "李明", "13861209001");
        Member("郑陆镇关工委", "郑陆司法所", "司法所", "张强", "13861209002");
        Member("郑陆镇关工委", "郑陆派出所", "派出所", "王伟", "13861209003");

        var reporter = await db.Users.Where(u => u.UserName == "wsz-reporter").Select(u => (long?)u.Id).SingleOrDefaultAsync(ct);
        void Reporter(string unit, string name, string grid, long? userId = null)
        {
            var id = units[unit];
            db.Correspondents.Add(new Correspondent { UnitId = id, UnitPath = paths[id], Name = name, Grid = grid, UserId = userId, FromDate = new DateOnly(2023, 3, 1) });
        }

        Reporter("乌审召镇关工委", "其其格", "镇关工委（总网格）", reporter);
        Reporter("乌审召嘎查关工委", "乌日娜", "第一网格：乌审召嘎查、巴音敖包嘎查");
        Reporter("查汗庙嘎查关工委", "苏日娜", "第二网格：查汗庙嘎查");
        Reporter("乌审召小学", "王晓燕", "第三网格：学校、幼儿园");
        await db.SaveChangesAsync(ct);
    }
}
