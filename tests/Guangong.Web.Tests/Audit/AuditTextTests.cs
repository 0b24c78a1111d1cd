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
    }
}
