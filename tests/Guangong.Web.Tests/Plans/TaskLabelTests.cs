using Guangong.Web.Features.Plans;

namespace Guangong.Web.Tests.Plans;

/// <summary>Task numbers read like the document ("二、3", "二（一）"), not "二.3".</summary>
public sealed class TaskLabelTests
{
    [Theory]
    [InlineData("二", "3", "二、3")]
    [InlineData("二", "3．", "二、3")]
    [InlineData("三", "（一）", "三（一）")]
    [InlineData("三", "（1）", "三（1）")]
    [InlineData("一", "一是", "一、一是")]
    [InlineData("一", "", "一")]
    public void A_task_label_joins_section_and_item_as_written(string section, string item, string expected) =>
        Assert.Equal(expected, PlanImportCommands.TaskLabel(section, item));
}

/// <summary>After import the specific suggestions are already ticked; frequencies and vague words are not.</summary>
public sealed class PlanDraftPickTests
{
    [Fact]
    public void Dates_and_counts_are_ticked_frequencies_are_not()
    {
        var doc = Guangong.Documents.Plans.PlanTextParser.Parse(
            "某镇2023年关心下一代工作计划\n一、加强组织建设\n1．调整配强领导班子，于2023年底前调整到位。\n2．每季度召开一次工作例会。\n3．年内出刊一本内刊读物。\n");
        var draft = PlanDraft.From(doc);

        draft.PickSpecific(2023);

        Assert.Contains(draft.Picked(0, 0, "due"), d => d.Contains("2023年底前", StringComparison.Ordinal));
        Assert.Empty(draft.Picked(0, 1, "due"));
        Assert.NotEmpty(draft.Picked(0, 2, "target"));
        Assert.Empty(draft.Picked(0, 0, "owner"));
    }
}
