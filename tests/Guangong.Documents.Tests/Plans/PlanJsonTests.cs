using System.Text.Json;
using Guangong.Documents.Plans;

namespace Guangong.Documents.Tests.Plans;

public class PlanJsonTests
{
    [Fact]
    public void Json_has_the_agreed_shape_in_camel_case()
    {
        var json = PlanJson.Serialize(PlanTextParser.Parse(SeedFiles.ReadText(SeedFiles.Wushenzhao)));
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        Assert.Equal(
            ["title", "issuer", "date", "preamble", "sections", "roster", "warnings", "kind", "issuedByNotice", "figures"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2023-04-05", root.GetProperty("date").GetString());
        var section = root.GetProperty("sections")[1];
        Assert.Equal(["number", "heading", "text", "items", "confidence", "level"], section.EnumerateObject().Select(p => p.Name));
        Assert.Equal("plan", root.GetProperty("kind").GetString());
        Assert.True(root.GetProperty("issuedByNotice").GetBoolean());
        Assert.Equal(
            ["number", "text", "deadlines", "targets", "owners", "programs", "confidence", "frequencies"],
            section.GetProperty("items")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["role", "name", "post"], root.GetProperty("roster")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Array, root.GetProperty("warnings").ValueKind);
    }

    [Fact]
    public void Json_is_indented_and_keeps_chinese_readable()
    {
        var json = PlanJson.Serialize(PlanTextParser.Parse(SeedFiles.ReadText(SeedFiles.Wushenzhao)));

        Assert.Contains("\"title\": \"乌审召镇2023年关心下一代工作计划\"", json);
        Assert.Contains("“五老”人员", json);
        Assert.DoesNotContain("\\u", json);
        Assert.Contains("\n  \"sections\"", json);
    }

    [Fact]
    public void Missing_title_and_date_are_null()
    {
        var json = PlanJson.Serialize(PlanTextParser.Parse("二、加强宣传\n1．每月通报。"));
        using var document = JsonDocument.Parse(json);

        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("title").ValueKind);
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("date").ValueKind);
    }

    [Fact]
    public void Json_reads_back()
    {
        var plan = PlanTextParser.Parse(SeedFiles.ReadText(SeedFiles.Zhenglu));

        var copy = PlanJson.Deserialize(PlanJson.Serialize(plan));

        Assert.NotNull(copy);
        Assert.Equal(plan.Title, copy.Title);
        Assert.Equal(plan.Sections.Select(s => s.Items.Count), copy.Sections.Select(s => s.Items.Count));
        Assert.Equal(plan.Sections[1].Items[2].Targets, copy.Sections[1].Items[2].Targets);
    }
}
