using Guangong.Web.Features.Audit;

namespace Guangong.Web.Tests.Audit;

/// <summary>The audit log in a person's words: no stamps, keys or paths, no False → True, no ISO times or US dates.</summary>
public sealed class AuditTextTests
{
    [Fact]
    public void A_change_reads_as_a_person_would_say_it()
    {
        const string changes = """
            [
              {"Field":"ConcurrencyStamp","Old":"***","New":"***(已更改)"},
              {"Field":"ElderMode","Old":"False","New":"True"},
              {"Field":"CreatedUtc","Old":null,"New":"2026-12-01T23:10:01.1029029Z"},
              {"Field":"Date","Old":"06/30/2023","New":"07/01/2023"},
              {"Field":"UnitId","Old":null,"New":"4"},
              {"Field":"UnitPath","Old":null,"New":"/1/2/3/4/"},
              {"Field":"Gender","Old":"Male","New":"Female"},
              {"Field":"PasswordHash","Old":"***","New":"***(已更改)"}
            ]
            """;

        var lines = AuditText.Lines(changes, id => id == 4 ? "郑陆镇关工委" : null).ToList();

        Assert.Equal(
            ["长辈模式：否 → 是", "创建时间：2026年12月2日 07:10", "日期：2023年6月30日 → 2023年7月1日", "单位：郑陆镇关工委", "性别：男 → 女", "密码：已更改"],
            lines);
    }

    [Fact]
    public void A_deleted_record_lists_what_it_held_without_a_suffix_on_every_line()
    {
        var lines = AuditText.Lines("""[{"Field":"Id","Old":"6","New":null},{"Field":"Name","Old":"郑陆法庭","New":null}]""").ToList();

        Assert.Equal(["名称：郑陆法庭"], lines);
        Assert.Equal(["系统内部字段已更新"], AuditText.Lines("""[{"Field":"SecurityStamp","Old":"***","New":"***(已更改)"}]""").ToList());
    }

    [Fact]
    public void A_new_account_is_not_listed_with_its_sign_in_bookkeeping_but_a_change_of_it_is_said()
    {
        const string created = """
            [
              {"Field":"UserName","Old":null,"New":"zl-new"},
              {"Field":"EmailConfirmed","Old":null,"New":"False"},
              {"Field":"LockoutEnabled","Old":null,"New":"True"},
              {"Field":"AccessFailedCount","Old":null,"New":"0"},
              {"Field":"PhoneNumberConfirmed","Old":null,"New":"False"}
            ]
            """;
        Assert.Equal(["用户名：zl-new"], AuditText.Lines(created, "AppUser", AuditLookup.None).ToList());
        Assert.Equal(["连续失败次数：0 → 1"], AuditText.Lines("""[{"Field":"AccessFailedCount","Old":"0","New":"1"}]""", "AppUser", AuditLookup.None).ToList());
    }

    [Fact]
    public void A_table_of_figures_reads_figure_by_figure_when_its_slice_names_them()
    {
        var names = new AuditFigureNames("ReportPeriod", "Typed", new Dictionary<string, string> { ["a"] = "报告会、讲座（场）", ["b"] = "上级拨款（万元）" });
        var lookup = AuditLookup.None with { Figures = new Dictionary<(string, string), AuditFigureNames> { [("ReportPeriod", "Typed")] = names } };
        Assert.Equal(["年报手填数字·报告会、讲座（场）：3 → 5", "年报手填数字·上级拨款（万元）：2.5 → （空）"],
            AuditText.Lines("""[{"Field":"Typed","Old":"{\"a\":3,\"b\":2.5}","New":"{\"a\":5}"}]""", "ReportPeriod", lookup).ToList());
        Assert.Equal(["年报手填数字：已更改"], AuditText.Lines("""[{"Field":"Typed","Old":"{}","New":"{\"a\":5}"}]""", "ReportPeriod", AuditLookup.None).ToList());
    }

    [Fact]
    public void A_value_reads_by_the_enum_of_its_own_entity_and_ids_read_as_names()
    {
        var lookup = new AuditLookup(id => id == 4 ? "郑陆镇关工委" : null, new Dictionary<long, string> { [7] = "郑陆干事" }, new Dictionary<long, string> { [2] = "关工委干事" });
        const string changes = """
            [
              {"Field":"Status","Old":"Draft","New":"Submitted"},
              {"Field":"CreatedByUserId","Old":null,"New":"7"},
              {"Field":"LockoutEnd","Old":"12/03/2026 01:30:00 +00:00","New":null},
              {"Field":"SizeBytes","Old":null,"New":"2621440"}
            ]
            """;

        Assert.Equal(["状态：草稿 → 已提交", "记录人：郑陆干事", "锁定至：2026年12月3日 09:30", "大小：2.5 MB"], AuditText.Lines(changes, "Article", lookup).ToList());
        Assert.Equal(["四进：校园、村"], AuditText.Lines("""[{"Field":"FourIn","Old":null,"New":"School, Village"}]""", "Activity", lookup).ToList());
        Assert.Equal(["状态：自评中"], AuditText.Lines("""[{"Field":"Status","Old":null,"New":"Draft"}]""", "Assessment", lookup).ToList());
        Assert.Equal(["参赛组别：小学低年级组、初中组"], AuditText.Lines("""[{"Field":"Groups","Old":null,"New":"LowerPrimary,Junior"}]""", "Contest", lookup).ToList());
        // Phone numbers read masked, as in lists: the log says that a number changed, not what it is.
        Assert.Equal(["联系电话：139****2222 → 138****5678"], AuditText.Lines("""[{"Field":"Phone","Old":"13900002222","New":"13812345678"}]""", "Volunteer", lookup).ToList());
        Assert.DoesNotContain("13800001111", string.Concat(AuditText.Lines("""[{"Field":"PhoneNumber","Old":null,"New":"13800001111"}]""", "AppUser", lookup)));
        Assert.Equal("郑陆干事的身份验证器密钥", AuditText.EntityId("IdentityUserToken`1", "7,[AspNetUserStore],AuthenticatorKey", lookup));
        Assert.Equal("郑陆干事：关工委干事", AuditText.EntityId("IdentityUserRole`1", "7,2", lookup));
        Assert.Equal("用户9的恢复码", AuditText.EntityId("IdentityUserToken`1", "9,[AspNetUserStore],RecoveryCodes", lookup));
        Assert.Equal("12", AuditText.EntityId("Activity", "12", lookup));
        Assert.Equal("郑陆干事", AuditText.EntityId("AppUser", "7", lookup));
        Assert.Equal(["记录人：（无）"], AuditText.Lines("""[{"Field":"CreatedByUserId","Old":null,"New":"0"}]""", "Activity", lookup).ToList());
        Assert.Equal(["公文类型：宣传工作通报"], AuditText.Lines("""[{"Field":"Kind","Old":null,"New":"PublicityBulletin"}]""", "IssuedDocument", lookup).ToList());
        Assert.Equal(["凭据：身份验证器密钥", "凭据内容：已记录"],
            AuditText.Lines("""[{"Field":"LoginProvider","Old":null,"New":"[AspNetUserStore]"},{"Field":"Name","Old":null,"New":"AuthenticatorKey"},{"Field":"Value","Old":null,"New":"JBSWY3DPEHPK3PXP"}]""", "IdentityUserToken`1", lookup).ToList());
        Assert.Equal(["服务时长：1.5小时"], AuditText.Lines("""[{"Field":"Tenths","Old":null,"New":"15"}]""", "ServiceHourEntry", lookup).ToList());
    }
}
