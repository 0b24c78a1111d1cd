using Guangong.Documents.Official;

namespace Guangong.Documents.Tests.Official.Rendering;

/// <summary>
/// GB/T 9704 measured on the PDF LibreOffice makes of each kind of document: margins, the 22 × 28
/// grid, title lines, page numbers, the red head and the record block. Tolerances allow for glyph
/// boxes (a CJK glyph's box sits inside its line) and for the free faces standing in for the official ones.
/// </summary>
public sealed class RenderedLayoutTests
{
    private const double Mm = RenderedPdf.PointsPerMm;

    [Fact]
    public void A_full_page_holds_22_lines_of_28_characters_inside_the_37_28_margins()
    {
        var pdf = RenderedPdf.Render(OfficialDocumentWriter.ToBytes(FullPages()), "grid");

        var page = pdf.Pages[1];
        var lines = page.Lines().Where(l => l.Any(w => w.Text.Contains('测'))).ToList();
        Assert.Equal(22, lines.Count);
        // A paragraph's first line is indented two characters; every other line is full.
        Assert.All(lines, line => Assert.Equal(line[0].XMin / Mm > 35 ? 26 : 28, string.Concat(line.Select(w => w.Text)).Length));
        var left = lines.Min(l => l[0].XMin) / Mm;
        var right = lines.Max(l => l[^1].XMax) / Mm;
        var top = lines[0].Min(w => w.YMin) / Mm;
        var bottom = lines[^1].Max(w => w.YMax) / Mm;
        Assert.InRange(left, 27.0, 29.5);
        Assert.InRange(right, 181.5, 184.5);
        Assert.InRange(top, 36.5, 41.0);
        Assert.InRange(bottom, 255.0, 262.5);
    }

    [Fact]
    public void Page_numbers_sit_7_mm_under_the_block_on_the_outside()
    {
        var pdf = RenderedPdf.Render(OfficialDocumentWriter.ToBytes(FullPages()), "numbers");

        var odd = pdf.Pages[0].Words.Single(w => w.Text == "1");
        var even = pdf.Pages[1].Words.Single(w => w.Text == "2");
        // The dash's centre 7 mm below the 262 mm block bottom; odd pages right, even pages left.
        Assert.InRange((odd.YMin + odd.YMax) / 2 / Mm, 266.0, 272.0);
        Assert.True(odd.XMin / Mm > 160, $"odd page number at x={odd.XMin / Mm:0.0} mm");
        Assert.True(even.XMax / Mm < 50, $"even page number at x={even.XMax / Mm:0.0} mm");
    }

    [Fact]
    public void A_two_line_title_takes_two_grid_lines_not_four()
    {
        var document = new OfficialDocument
        {
            Title = "乌审召镇关心下一代工作委员会关于印发《乌审召镇2023年关心下一代工作计划》的通知",
            Body = [new OfficialParagraph("正文第一行。")],
        };
        var pdf = RenderedPdf.Render(OfficialDocumentWriter.ToBytes(document), "title");

        var lines = pdf.Pages[0].Lines();
        var titleLines = lines.Where(l => l.Any(w => w.Text.Contains("乌审召") || w.Text.Contains("通知"))).ToList();
        Assert.Equal(2, titleLines.Count);
        var pitch = (titleLines[1][0].YMax - titleLines[0][0].YMax) / Mm;
        Assert.InRange(pitch, 9.0, 11.5);
    }

    [Fact]
    public void The_head_is_red_35_mm_under_the_block_top_with_a_red_rule_under_the_number()
    {
        var document = SampleDocuments.Bulletin() with
        {
            IssuerMark = "乌审召镇关心下一代工作委员会文件",
            DocumentNumber = "乌召关发〔2023〕3号",
        };
        var pdf = RenderedPdf.Render(OfficialDocumentWriter.ToBytes(document), "head");

        var pixels = pdf.Pixels(0);
        var red = pixels.RedRows();
        Assert.NotEmpty(red);
        var markTop = pixels.Mm(red[0]);
        Assert.InRange(markTop, 37 + 35 - 1.0, 37 + 35 + 6.0);
        // The rule: a red row across most of the block's width, under the number.
        var rule = pixels.RedRows(minimum: (int)(150 / 25.4 * pixels.Dpi));
        Assert.NotEmpty(rule);
        var numberLine = pdf.Pages[0].Lines().Single(l => l.Any(w => w.Text.Contains("乌召关发", StringComparison.Ordinal)));
        Assert.InRange(pixels.Mm(rule[0]) - numberLine.Max(w => w.YMax) / Mm, 1.0, 7.0);
        var numberCentre = (numberLine[0].XMin + numberLine[^1].XMax) / 2 / Mm;
        Assert.InRange(numberCentre, 28 + 78 - 3.0, 28 + 78 + 3.0);
        // The mark is not wider than the block.
        var markColumns = Enumerable.Range(0, pixels.Width).Where(x => red.Take(10).Any(y => pixels.IsRed(x, y))).ToList();
        Assert.InRange(pixels.Mm(markColumns[0]), 27.0, 60.0);
        Assert.InRange(pixels.Mm(markColumns[^1]), 150.0, 185.0);
    }

    [Fact]
    public void A_letter_has_its_mark_30_mm_from_the_top_and_170_mm_red_rules_at_head_and_foot()
    {
        var document = SampleDocuments.Bulletin() with
        {
            IssuerMark = "乌审召镇关心下一代工作委员会",
            DocumentNumber = "乌召关函〔2023〕2号",
            Format = OfficialFormat.Letter,
        };
        var bytes = OfficialDocumentWriter.ToBytes(document);
        Assert.Empty(OfficialDocx.Validate(bytes));
        var pdf = RenderedPdf.Render(bytes, "letter");

        // GB/T 9704 10.1: the mark's top 30 mm from the paper's top; a double rule 4 mm under it and
        // one 20 mm above the paper's foot, both 170 mm long and centred (20 mm in from each side).
        var pixels = pdf.Pixels(0, dpi: 150);
        Assert.InRange(pixels.Mm(pixels.RedRows()[0]), 29.0, 31.5);
        var wide = pixels.RedRows(minimum: (int)(165 / 25.4 * pixels.Dpi));
        var head = wide.Where(y => pixels.Mm(y) < 70).ToList();
        var foot = wide.Where(y => pixels.Mm(y) > 200).ToList();
        Assert.NotEmpty(head);
        Assert.InRange(pixels.Mm(foot.Min()), 275.5, 278.5);
        foreach (var y in new[] { head[0], foot[0] })
        {
            var red = Enumerable.Range(0, pixels.Width).Where(x => pixels.IsRed(x, y)).ToList();
            Assert.InRange(pixels.Mm(red[0]), 19.0, 21.5);
            Assert.InRange(pixels.Mm(red[^1]), 188.5, 191.0);
        }
        var markBottom = pixels.RedRows().Where(y => y < head[0]).Max();
        Assert.InRange(pixels.Mm(head[0]) - pixels.Mm(markBottom), 2.5, 6.0);
        // The number flush right, 7/8 of a 3号 character's height (about 5 mm) under the rule.
        var number = pdf.Pages[0].Lines().Single(l => l.Any(w => w.Text.Contains("乌召关函", StringComparison.Ordinal)));
        Assert.InRange(number[^1].XMax / Mm, 178.0, 184.5);
        Assert.InRange(number.Min(w => w.YMin) / Mm - pixels.Mm(head[^1]), 2.5, 7.0);
        // The first page has no page number; the second has.
        Assert.DoesNotContain(pdf.Pages[0].Words, w => w.Text == "1" && w.YMin / Mm > 262);
        Assert.Contains(pdf.Pages[1].Words, w => w.Text == "2" && w.YMin / Mm > 262);
        // A letter's record block holds the copy recipients only: no printing office or date.
        Assert.Contains("抄送", pdf.Pages[^1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(pdf.Pages, p => p.Text.Contains("印发", StringComparison.Ordinal) || p.Text.Contains("关工委办公室", StringComparison.Ordinal));
    }

    [Fact]
    public void The_record_block_sits_at_the_foot_of_the_last_page()
    {
        var pdf = RenderedPdf.Render(OfficialDocumentWriter.ToBytes(SampleDocuments.Bulletin()), "record");

        var last = pdf.Pages[^1];
        var printed = last.Words.Single(w => w.Text.EndsWith("印发", StringComparison.Ordinal));
        Assert.InRange(printed.YMax / Mm, 245.0, 263.0);
        Assert.DoesNotContain(pdf.Pages.SkipLast(1), p => p.Text.Contains("印发", StringComparison.Ordinal) && p.Text.Contains("抄送", StringComparison.Ordinal));
    }

    [Fact]
    public void A_certificate_renders_on_one_page_inside_the_margins()
    {
        var certificate = new CertificateDocument
        {
            Number = "乌召关证〔2023〕1号",
            VolunteerName = "李林",
            PeriodStart = new DateOnly(2023, 1, 1),
            PeriodEnd = new DateOnly(2023, 12, 31),
            IssuingUnit = "乌审召镇关心下一代工作委员会",
            TotalHours = 12.5m,
            Activities = [new CertificateActivity(new DateOnly(2023, 6, 1), "防溺水宣传", 10m), new CertificateActivity(new DateOnly(2023, 12, 12), "焦溪星空网咖义务监督", 2.5m)],
            IssuerSignature = "乌审召镇关心下一代工作委员会",
            Date = new DateOnly(2023, 12, 31),
        };
        var pdf = RenderedPdf.Render(CertificateDocumentWriter.ToBytes(certificate), "certificate");
        var lines = pdf.Pages[0].Lines().Select(l => string.Concat(l.Select(w => w.Text))).ToList();

        Assert.Single(pdf.Pages);
        var words = pdf.Pages[0].Words.Where(w => w.Text.Any(c => c > 0x3000)).ToList();
        Assert.InRange(words.Min(w => w.XMin) / Mm, 27.0, 40.0);
        Assert.InRange(words.Max(w => w.XMax) / Mm, 150.0, 184.5);
        Assert.InRange(words.Min(w => w.YMin) / Mm, 36.0, 45.0);
        // The hours column's header, a long date and a venue's name are not broken over two lines ("2023年12月12/日" was).
        Assert.Contains(lines, l => l.Contains("小时数", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("2023年12月12日", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("焦溪星空网咖义务监督", StringComparison.Ordinal));
    }

    [Fact]
    public void A_six_column_list_keeps_names_awards_and_classes_on_one_line()
    {
        // By weight alone, 作者 and 指导老师 at 2 of 18 split "欧阳思/远" and "陆建华老/师"; the title column gives way.
        var table = new OfficialTable(["奖项", "作品题目", "作者", "学校", "班级", "指导老师"],
            [
                ["一等奖", "外婆的一堂课", "王语嫣", "焦溪小学", "二年级4班", "王芳老师"],
                ["二等奖", "奶奶的一堂课——记一次难忘的经历", "欧阳思远", "郑陆实验学校", "三年级12班", "陆建华老师"],
            ],
            [2, 5, 2, 4, 3, 2]);
        var pdf = RenderedPdf.Render(OfficialDocumentWriter.ToBytes(new OfficialDocument { Title = "获奖作品名单", Body = [table] }), "six-columns");
        var lines = pdf.Pages[0].Lines().Select(l => string.Concat(l.Select(w => w.Text))).ToList();

        foreach (var whole in new[] { "一等奖", "王语嫣", "欧阳思远", "郑陆实验学校", "三年级12班", "陆建华老师", "作品题目", "指导老师" })
        {
            Assert.True(lines.Any(l => l.Contains(whole, StringComparison.Ordinal)), $"{whole} is broken: {string.Join(" / ", lines)}");
        }
    }

    [Fact]
    public void The_signature_never_stands_on_a_page_without_text()
    {
        // A text whose last paragraph ends at the foot of page 1, or a line or two above it: the attachment note, the
        // signature and the date do not fit under it. A March bulletin printed them alone on page 2.
        for (var lines = 17; lines <= 20; lines++)
        {
            var document = new OfficialDocument
            {
                Title = "关于2023年3月份关工信息宣传工作情况的通报",
                Body = [.. Enumerable.Range(0, lines - 2).Select(_ => (OfficialBlock)new OfficialParagraph(new string('报', 26))), new OfficialParagraph("请以上单位按照通讯员网格化制度，按时报送稿件，" + new string('送', 30))],
                Attachments = ["2023年3月份通讯员积分排名"],
                IssuerSignature = "乌审召镇关心下一代工作委员会",
                Date = new DateOnly(2023, 4, 6),
                PrintedBothSides = false,
            };
            var pdf = RenderedPdf.Render(OfficialDocumentWriter.ToBytes(document), $"signature-{lines}");
            var signed = pdf.Pages.Single(p => p.Text.Contains("2023年4月6日", StringComparison.Ordinal));
            Assert.True(signed.Text.Contains('报') || signed.Text.Contains('送'), $"{lines} lines: the page with the signature has no text: {signed.Text}");
        }
    }

    [Fact]
    public void The_signature_under_a_closing_table_never_stands_on_a_page_without_it()
    {
        // The essay list ends with a table: its last row goes over with the signature when they do not fit together.
        for (var lines = 14; lines <= 19; lines++)
        {
            var document = new OfficialDocument
            {
                Title = "获奖作品名单",
                Body = [.. Enumerable.Range(0, lines - 4).Select(_ => (OfficialBlock)new OfficialParagraph(new string('评', 26))),
                    new OfficialTable(["奖项", "作品题目", "作者"], [["一等奖", "外婆的一堂课", "王语嫣"], ["二等奖", "奶奶的一堂课", "吴思远"], ["三等奖", "爷爷的菜园", "陈一诺"]], [1, 3, 1])],
                IssuerSignature = "郑陆镇关心下一代工作委员会",
                Date = new DateOnly(2026, 11, 29),
                PrintedBothSides = false,
            };
            var pdf = RenderedPdf.Render(OfficialDocumentWriter.ToBytes(document), $"table-signature-{lines}");
            var signed = pdf.Pages.Single(p => p.Text.Contains("2026年11月29日", StringComparison.Ordinal));
            Assert.True(signed.Text.Contains("奖", StringComparison.Ordinal) || signed.Text.Contains('评'), $"{lines} lines: the page with the signature has no text: {signed.Text}");
        }
    }

    [Fact]
    public void The_seed_plan_and_its_notice_stay_inside_the_text_block_on_every_page()
    {
        var text = Plans.SeedFiles.ReadText(Plans.SeedFiles.Wushenzhao);
        var plan = PlanDocumentLayout.ToOfficialDocument(Guangong.Documents.Plans.PlanTextParser.Parse(text), sourceText: text);
        var notice = CoverNotice.Issue(plan, "乌审召镇关心下一代工作委员会", ["各嘎查（村）、社区、各相关单位"], new DateOnly(2023, 4, 5)) with
        {
            IssuerMark = "乌审召镇关心下一代工作委员会文件",
            DocumentNumber = "乌召关发〔2023〕1号",
            PrintedBy = "乌审召镇关工委办公室",
            PrintedDate = new DateOnly(2023, 4, 5),
        };
        var pdf = RenderedPdf.Render(OfficialDocumentWriter.ToBytes(notice), "notice");

        Assert.True(pdf.Pages.Count >= 3);
        foreach (var page in pdf.Pages)
        {
            // Nothing runs into the margins. LibreOffice 7 hangs a line-end comma past the block's
            // right edge whatever w:overflowPunct says (Word and WPS honour it): only punctuation may
            // pass 184 mm, and by no more than one character.
            var words = page.Words.Where(w => w.YMax / Mm < 263).ToList();
            Assert.InRange(words.Min(w => w.XMin) / Mm, 27.0, 60.0);
            Assert.All(words.Where(w => w.XMax / Mm > 184.5), w =>
            {
                Assert.Contains(w.Text[^1], "，。、；：？！”）》");
                Assert.InRange(w.XMax / Mm, 184.5, 190.5);
            });
            Assert.InRange(words.Min(w => w.YMin) / Mm, 36.5, 120.0);
        }
        Assert.Contains("2023年4月5日印发", pdf.Pages[^1].Text);
    }

    /// <summary>
    /// 楷体_GB2312 (level-2 headings) is not on Debian: the alias file maps it to AR PL UKai CN
    /// (fonts-arphic-ukai, installed by .ci/run) and, where that is missing, to the serif on purpose.
    /// The PDF shows which face the heading got; never the Japanese sans fontconfig falls back to.
    /// </summary>
    [Fact]
    public void Level_2_headings_resolve_to_a_kai_face_or_the_serif()
    {
        var document = new OfficialDocument { Title = "楷", Body = [new OfficialHeading(2, "（一）加强组织领导")] };
        var pdf = RenderedPdf.Render(OfficialDocumentWriter.ToBytes(document), "kai");

        var fonts = pdf.FontNames();
        var kaiInstalled = FcList().Contains("AR PL UKai CN", StringComparison.Ordinal);
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        Assert.False(ci && !kaiInstalled, ".ci/run installs fonts-arphic-ukai, but fc-list has no AR PL UKai CN.");
        // pdffonts names the Noto faces by the collection's PostScript name (NotoSerifCJKjp-…) whatever
        // the language picked; what tells the alias from the fallback is serif or kai versus the sans.
        bool Kai(string f) => f.Contains("UKai", StringComparison.Ordinal);
        Assert.All(fonts, f => Assert.True(Kai(f) || f.StartsWith("NotoSerifCJK", StringComparison.Ordinal), "unexpected face " + f + " in " + string.Join(", ", fonts)));
        // The title is 小标宋 (the serif); the heading is the only 楷 text.
        Assert.Equal(kaiInstalled, fonts.Any(Kai));
        Assert.Contains(fonts, f => f.StartsWith("NotoSerifCJK", StringComparison.Ordinal));
    }

    private static string FcList()
    {
        var start = new System.Diagnostics.ProcessStartInfo("fc-list") { RedirectStandardOutput = true };
        using var process = System.Diagnostics.Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }

    /// <summary>Three pages of 28-character paragraphs without indent, so every line is a full line.</summary>
    private static OfficialDocument FullPages() => new()
    {
        Title = "测试",
        Body = Enumerable.Range(0, 60).Select(_ => (OfficialBlock)new OfficialParagraph(new string('测', 26 + 28 * 3))).ToList(),
    };
}
