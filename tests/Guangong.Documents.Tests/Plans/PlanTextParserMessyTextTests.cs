using Guangong.Documents.Plans;

namespace Guangong.Documents.Tests.Plans;

/// <summary>Plan-shaped texts with the defects real uploads have.</summary>
public class PlanTextParserMessyTextTests
{
    private static PlanDocument Parse(params string[] lines) => PlanTextParser.Parse(string.Join("\n", lines));

    [Fact]
    public void Heading_running_into_its_body_is_split_at_the_first_full_stop()
    {
        var plan = Parse(
            "某某镇2024年关心下一代工作要点",
            "一、政治引领。坚持用习近平新时代中国特色社会主义思想武装头脑。",
            "二、队伍建设。加强“五老”队伍建设，全年开展培训2次。");

        Assert.Equal(["政治引领", "队伍建设"], plan.Sections.Select(s => s.Heading));
        Assert.Equal("坚持用习近平新时代中国特色社会主义思想武装头脑。", plan.Sections[0].Text);
        Assert.Equal("加强“五老”队伍建设，全年开展培训2次。", plan.Sections[1].Text);
    }

    [Fact]
    public void Ascii_punctuation_is_accepted_for_markers_and_sentence_ends()
    {
        var plan = Parse(
            "某镇2024年关工委工作计划",
            "一,政治引领,把准导向",
            "1.坚持学习二十大精神.",
            "2.加强宣传:年内编印简报4期.",
            "二.法治教育",
            "(1)开展普法进校园活动;",
            "(2)组织五老开展网吧义务监督!");

        Assert.Equal("某镇2024年关工委工作计划", plan.Title);
        Assert.Equal(["一", "二"], plan.Sections.Select(s => s.Number));
        Assert.Equal("政治引领,把准导向", plan.Sections[0].Heading);
        Assert.Equal(["1", "2"], plan.Sections[0].Items.Select(i => i.Number));
        Assert.Equal(["（1）", "（2）"], plan.Sections[1].Items.Select(i => i.Number));
        Assert.Contains("4期", plan.Sections[0].Items[1].Targets);
        Assert.Contains("网吧义务监督", plan.Sections[1].Items[1].Programs);
    }

    [Fact]
    public void Parenthesised_chinese_numerals_are_sections_when_there_is_no_outer_level()
    {
        var plan = Parse(
            "某社区关工委2024年工作计划",
            "（一）加强组织建设",
            "1．调整充实领导班子。",
            "(二)开展主题教育",
            "1．开展红色教育。",
            "2．组织征文活动。",
            "( 三 )关爱困境儿童",
            "1．走访慰问。");

        Assert.Equal(["一", "二", "三"], plan.Sections.Select(s => s.Number));
        Assert.Equal(["加强组织建设", "开展主题教育", "关爱困境儿童"], plan.Sections.Select(s => s.Heading));
        Assert.Equal([1, 2, 1], plan.Sections.Select(s => s.Items.Count));
    }

    [Fact]
    public void Parenthesised_chinese_numerals_under_sections_are_items()
    {
        var plan = Parse(
            "一、加强组织建设",
            "（一）调整领导班子。",
            "1．年内调整到位。",
            "（二）加强队伍建设。",
            "二、开展活动",
            "①开展红色教育。",
            "②开展征文。");

        Assert.Equal(["（一）", "（二）"], plan.Sections[0].Items.Select(i => i.Number));
        Assert.Equal("调整领导班子。\n1．年内调整到位。", plan.Sections[0].Items[0].Text);
        Assert.Equal(["①", "②"], plan.Sections[1].Items.Select(i => i.Number));
    }

    [Fact]
    public void Repeated_page_header_and_page_numbers_are_dropped_with_a_warning()
    {
        var plan = Parse(
            "郑陆镇关工委网站 首页>工作动态",
            "某镇2024年关工委工作意见",
            "一、政治引领",
            "1．坚持学习。",
            "郑陆镇关工委网站 首页>工作动态",
            "- 2 -",
            "2．加强宣传。",
            "二、队伍建设",
            "1．加强培训。",
            "郑陆镇关工委网站 首页>工作动态");

        Assert.Equal("某镇2024年关工委工作意见", plan.Title);
        Assert.Equal([2, 1], plan.Sections.Select(s => s.Items.Count));
        Assert.Equal("坚持学习。", plan.Sections[0].Items[0].Text);
        Assert.Equal("加强宣传。", plan.Sections[0].Items[1].Text);
        Assert.Contains(plan.Warnings, w => w.Contains("郑陆镇关工委网站"));
    }

    [Fact]
    public void Hard_line_breaks_in_mid_sentence_are_joined()
    {
        var plan = Parse(
            "某镇2024年关心下一代工作计划",
            "2024年，全镇关心下一代工作要坚持以习近平新时代中国特色社",
            "会主义思想为指导，服务青少年健康成长。",
            "一、加强组织建设",
            "1．调整配强各级关工委领导班子，于2024年6月30日前",
            "调整到位。",
            "2．建立健全“五老”常态化补充机制。",
            "二、开展法治教育",
            "1．深化“关爱明天，普法先行”活动，",
            "组织五老开展网吧义务监督。");

        Assert.Equal("2024年，全镇关心下一代工作要坚持以习近平新时代中国特色社会主义思想为指导，服务青少年健康成长。", plan.Preamble);
        Assert.Equal(["加强组织建设", "开展法治教育"], plan.Sections.Select(s => s.Heading));
        Assert.Equal("调整配强各级关工委领导班子，于2024年6月30日前调整到位。", plan.Sections[0].Items[0].Text);
        Assert.Contains("2024年6月30日前", plan.Sections[0].Items[0].Deadlines);
        Assert.Equal("深化“关爱明天，普法先行”活动，组织五老开展网吧义务监督。", plan.Sections[1].Items[0].Text);
    }

    [Fact]
    public void A_heading_broken_at_the_wrap_width_is_joined()
    {
        var plan = Parse(
            "某镇2024年关心下一代工作意见",
            "一、开展“老少心向党”主题教育，深入推进“五个",
            "一”系列活动",
            "1．开展主题教育活动，引导青少年传承好红色基",
            "因，争做时代新人，开展祭奠革命先烈活动。",
            "2．组织撰写征文，争取年内出刊一本优秀内刊读",
            "物，作为第五本青少年内刊修身读物。",
            "二、加强组织建设",
            "1．加强培训。");

        Assert.Equal("开展“老少心向党”主题教育，深入推进“五个一”系列活动", plan.Sections[0].Heading);
        Assert.Equal([2, 1], plan.Sections.Select(s => s.Items.Count));
        Assert.Equal("组织撰写征文，争取年内出刊一本优秀内刊读物，作为第五本青少年内刊修身读物。", plan.Sections[0].Items[1].Text);
    }

    [Fact]
    public void Document_starting_at_section_two_without_title_is_parsed_with_a_warning()
    {
        var plan = Parse(
            "二、加强法治教育",
            "1．开展普法活动。",
            "2．开展网吧义务监督。",
            "三、加强队伍建设",
            "1．开展培训。");

        Assert.Null(plan.Title);
        Assert.Contains("未识别到标题", plan.Warnings);
        Assert.Equal(["二", "三"], plan.Sections.Select(s => s.Number));
        Assert.Equal([2, 1], plan.Sections.Select(s => s.Items.Count));
    }

    [Fact]
    public void National_day_written_as_ten_comma_one_is_not_a_heading()
    {
        var plan = Parse(
            "某镇2024年工作计划",
            "一、开展假期教育",
            "1．利用暑期开展防溺水宣传。",
            "2．组织青少年在",
            "十、一期间参观红色教育基地。",
            "二、加强宣传",
            "1．每月通报信息宣传情况。");

        Assert.Equal(["一", "二"], plan.Sections.Select(s => s.Number));
        Assert.Equal("组织青少年在十、一期间参观红色教育基地。", plan.Sections[0].Items[1].Text);
        Assert.Contains("十、一期间", plan.Sections[0].Items[1].Deadlines);
    }

    [Fact]
    public void National_day_is_not_a_heading_even_after_section_nine()
    {
        var headings = Enumerable.Range(1, 9).Select(i => $"{"一二三四五六七八九"[i - 1]}、第{i}项工作");
        var plan = Parse([.. headings, "十、一期间组织参观。", "十一、其他工作"]);

        Assert.Equal(10, plan.Sections.Count);
        Assert.Equal("十一", plan.Sections[^1].Number);
        Assert.Contains("十、一期间组织参观。", plan.Sections[8].Text);
    }

    [Fact]
    public void Out_of_sequence_numbers_stay_in_the_text()
    {
        var plan = Parse(
            "一、开展暑期教育",
            "1．组织学生参加活动，其中",
            "一、二年级学生参观教育基地。",
            "二、加强宣传",
            "1．每月通报。");

        Assert.Equal(["一", "二"], plan.Sections.Select(s => s.Number));
        Assert.Equal("组织学生参加活动，其中一、二年级学生参观教育基地。", plan.Sections[0].Items[0].Text);
    }

    [Fact]
    public void A_list_restarting_at_one_inside_an_item_keeps_its_own_lines_under_that_item()
    {
        var plan = Parse(
            "一、开展暑期教育",
            "1．组织学生参加活动。",
            "2．开展防溺水宣传。",
            "3．做好以下几项工作，包括",
            "1．走访留守儿童；",
            "2．开展安全巡逻。",
            "二、加强宣传",
            "1．每月通报。");

        Assert.Equal(["1", "2", "3"], plan.Sections[0].Items.Select(i => i.Number));
        Assert.Equal("做好以下几项工作，包括\n1．走访留守儿童；\n2．开展安全巡逻。", plan.Sections[0].Items[2].Text);
        Assert.Equal("每月通报。", plan.Sections[1].Items[0].Text);
    }

    [Fact]
    public void Articles_are_sections()
    {
        var plan = Parse(
            "某镇关心下一代工作委员会工作规则",
            "第一条 为加强关心下一代工作，制定本规则。",
            "第二条 镇关工委每年召开全体会议2次。",
            "第三条 各村、社区关工委每月报送工作信息。");

        Assert.Equal("某镇关心下一代工作委员会工作规则", plan.Title);
        Assert.Equal(["一", "二", "三"], plan.Sections.Select(s => s.Number));
        Assert.Equal("为加强关心下一代工作，制定本规则", plan.Sections[0].Heading);
    }

    [Fact]
    public void Inline_roster_lines_are_taken_out_of_the_body()
    {
        var plan = Parse(
            "某镇2024年关心下一代工作计划",
            "一、加强组织建设",
            "1．调整领导班子。",
            "主任:张三;副主任:李四、王五",
            "成员：赵六（派出所所长）、孙七（中心校校长）");

        Assert.Equal("调整领导班子。", plan.Sections[0].Items[0].Text);
        Assert.Equal(
            [
                new RosterMember("主任", "张三", ""),
                new RosterMember("副主任", "李四", ""),
                new RosterMember("副主任", "王五", ""),
                new RosterMember("成员", "赵六", "派出所所长"),
                new RosterMember("成员", "孙七", "中心校校长"),
            ],
            plan.Roster);
    }

    [Fact]
    public void Appendix_with_name_and_post_pairs_is_a_roster()
    {
        var plan = Parse(
            "某镇2024年关心下一代工作计划",
            "一、加强组织建设",
            "1．调整领导班子。",
            "附件：镇关工委成员名单",
            "张三：关工委主任、党委副书记",
            "李  四：派出所所长");

        Assert.Equal(
            [new RosterMember("主任", "张三", "党委副书记"), new RosterMember("成员", "李四", "派出所所长")],
            plan.Roster);
        Assert.Single(plan.Sections[0].Items);
    }

    [Fact]
    public void Text_without_numbering_becomes_paragraph_items_with_a_warning()
    {
        var plan = Parse(
            "今年我们要做好关心下一代工作。",
            "要加强五老队伍建设。",
            "",
            "要开展防溺水宣传。");

        var section = Assert.Single(plan.Sections);
        Assert.Equal(["1", "2", "3"], section.Items.Select(i => i.Number));
        Assert.Equal("要开展防溺水宣传。", section.Items[2].Text);
        Assert.Contains("未识别到编号结构，已按段落拆分", plan.Warnings);
    }

    [Fact]
    public void Prose_enumeration_without_sections_becomes_items()
    {
        var plan = Parse("全年重点做好以下工作：一是加强组织建设；二是开展法治教育；三是做好防溺水工作。");

        var section = Assert.Single(plan.Sections);
        Assert.Equal("全年重点做好以下工作：", section.Text);
        Assert.Equal(["一是", "二是", "三是"], section.Items.Select(i => i.Number));
        Assert.Equal("开展法治教育；", section.Items[1].Text);
    }

    [Fact]
    public void Words_ending_in_yi_shi_do_not_start_an_enumeration()
    {
        var plan = Parse(
            "一、统一思想",
            "统一是前提，唯一是目标。二是不成对出现时不拆分。");

        Assert.Empty(plan.Sections[0].Items);
    }

    [Fact]
    public void Numbered_items_without_sections_go_into_one_unnamed_section()
    {
        var plan = Parse(
            "某村关工委2024年工作安排",
            "1．开展防溺水宣传。",
            "2．开展网吧义务监督。");

        var section = Assert.Single(plan.Sections);
        Assert.Equal("", section.Number);
        Assert.Equal(2, section.Items.Count);
    }

    [Fact]
    public void Trailing_signature_gives_issuer_and_date()
    {
        var plan = Parse(
            "郑陆镇2024年关心下一代工作要点",
            "一、加强组织建设",
            "1．调整领导班子。",
            "",
            "郑陆镇关工委",
            "二〇二四年二月十日");

        Assert.Equal("郑陆镇关工委", plan.Issuer);
        Assert.Equal(new DateOnly(2024, 2, 10), plan.Date);
        Assert.Equal("调整领导班子。", plan.Sections[0].Items[0].Text);
    }

    [Fact]
    public void Letterhead_above_the_title_becomes_the_issuer()
    {
        var plan = Parse(
            "郑陆镇关心下一代工作委员会",
            "",
            "郑陆镇2024年关心下一代工作要点",
            "一、加强组织建设",
            "1．调整领导班子。");

        Assert.Equal("郑陆镇2024年关心下一代工作要点", plan.Title);
        Assert.Equal("郑陆镇关心下一代工作委员会", plan.Issuer);
    }

    [Fact]
    public void Title_broken_over_two_lines_is_joined()
    {
        var plan = Parse(
            "乌审召镇人民政府关于印发乌审召镇2023年关心下一代",
            "工作计划的通知",
            "各嘎查（村）、社区：",
            "现将计划印发给你们。",
            "乌审召镇人民政府",
            "2023年4月5日",
            "一、强化理论学习",
            "持续学习。");

        Assert.Equal("乌审召镇人民政府", plan.Issuer);
        Assert.Equal("乌审召镇2023年关心下一代工作计划", plan.Title);
        Assert.Equal(new DateOnly(2023, 4, 5), plan.Date);
        Assert.Equal("持续学习。", Assert.Single(plan.Sections).Text);
    }

    [Fact]
    public void Windows_line_endings_and_full_width_indentation_are_handled()
    {
        var plan = PlanTextParser.Parse("某镇2024年工作计划\r\n\u3000\u3000一、加强组织建设\r\n\u3000\u30001．调整领导班子。\r\n");

        Assert.Equal("加强组织建设", plan.Sections[0].Heading);
        Assert.Equal("调整领导班子。", plan.Sections[0].Items[0].Text);
    }

    [Fact]
    public void Three_levels_keep_the_bracketed_headings_as_subsections_with_their_own_items()
    {
        var plan = Parse(
            "某镇2024年关心下一代工作要点",
            "一、加强组织建设",
            "（一）健全组织网络",
            "1．调整充实村关工委班子，年底前调整到位。",
            "2．新建企业关工委2个。",
            "（二）加强队伍建设",
            "1．新增“五老”志愿者20名。",
            "二、深化主题教育",
            "（一）开展“爷爷奶奶一堂课”活动",
            "1．各村全年不少于4次。");

        Assert.Equal(["一", "（一）", "（二）", "二", "（一）"], plan.Sections.Select(s => s.Number));
        Assert.Equal([1, 2, 2, 1, 2], plan.Sections.Select(s => s.Level));
        Assert.Equal("健全组织网络", plan.Sections[1].Heading);
        Assert.Equal(["1", "2"], plan.Sections[1].Items.Select(i => i.Number));
        Assert.Equal("新建企业关工委2个。", plan.Sections[1].Items[1].Text);
        Assert.Empty(plan.Sections[0].Items);
        Assert.Equal("各村全年不少于4次。", Assert.Single(plan.Sections[4].Items).Text);
    }

    [Theory]
    [InlineData("一", "总体要求", "一、总体要求")]
    [InlineData("第一章", "总则", "第一章　总则")]
    [InlineData("（一）", "健全组织网络", "（一）健全组织网络")]
    [InlineData("", "附则", "附则")]
    [InlineData("二", "", "二、")]
    public void A_section_title_is_written_as_documents_write_it(string number, string heading, string expected) =>
        Assert.Equal(expected, SectionTitle.Format(number, heading));
}
