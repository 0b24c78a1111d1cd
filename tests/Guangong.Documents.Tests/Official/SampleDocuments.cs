using Guangong.Documents.Official;

namespace Guangong.Documents.Tests.Official;

/// <summary>A bulletin with every part filled, so each layout rule has something to show on.</summary>
internal static class SampleDocuments
{
    public static OfficialDocument Bulletin() => new()
    {
        Title = "关于2023年第一季度关工委信息宣传工作情况的通报",
        MainRecipients = ["各嘎查（村）", "社区", "各相关单位"],
        Body =
        [
            new OfficialParagraph("为进一步做好关心下一代工作信息宣传，现将第一季度各单位信息报送情况通报如下。"),
            new OfficialHeading(1, "一、总体情况"),
            new OfficialParagraph("第一季度共收到信息稿件42篇，其中被区级以上媒体采用15篇。"),
            new OfficialHeading(2, "（一）报送数量"),
            new OfficialHeading(3, "1.按单位统计"),
            new OfficialHeading(4, "（1）嘎查（村）"),
            new OfficialParagraph("各嘎查（村）共报送28篇。"),
            new OfficialHeading(1, "二、下一步要求"),
            new OfficialParagraph("各单位要进一步完善通讯员网格化制度。"),
        ],
        Attachments = ["第一季度信息报送情况统计表", "优秀稿件目录"],
        IssuerSignature = "乌审召镇关心下一代工作委员会",
        Date = new DateOnly(2023, 4, 5),
        Appendices =
        [
            new OfficialAppendix("第一季度信息报送情况统计表", [new OfficialParagraph("（略）")]),
            new OfficialAppendix("优秀稿件目录", [new OfficialParagraph("（略）")]),
        ],
        CopyTo = ["旗关工委", "镇党委办公室"],
        PrintedBy = "乌审召镇关工委办公室",
        PrintedDate = new DateOnly(2023, 4, 6),
    };
}
