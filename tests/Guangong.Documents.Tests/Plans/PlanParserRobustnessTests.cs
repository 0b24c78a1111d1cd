using System.Diagnostics;
using System.Text;
using Guangong.Documents.Plans;

namespace Guangong.Documents.Tests.Plans;

/// <summary>
/// Whatever is uploaded, the parser and reader answer instead of throwing. Both catch every
/// exception as a last resort, so "did not throw" proves nothing: each test asserts that the
/// last resort did not fire, i.e. that the structured parse itself coped.
/// </summary>
public class PlanParserRobustnessTests
{
    // Characters the parser reacts to, so random text hits its edge cases often.
    private const string Interesting = "一二三四五六七八九十是、，。；：！？（）()［］《》“”\"'.,;:!?1234567890①②③第条附件主任副成员名单年月日底前内\n\n\r\t \u3000\0\uFEFF\uD800\uDC00郑陆镇关工委计划意见通知印发";

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\n\t\u3000")]
    [InlineData("\0\0\0\u0001\u0002")]
    [InlineData("一、")]
    [InlineData("一、\n二、\n三、")]
    [InlineData("（")]
    [InlineData("附件")]
    [InlineData("主任：")]
    [InlineData("\uD800")]
    [InlineData("一是二是三是")]
    [InlineData("关于印发的通知")]
    public void Degenerate_inputs_do_not_throw(string? text)
    {
        var plan = ParseWithoutFallback(text);

        PlanJson.Serialize(plan);
    }

    [Fact]
    public void Empty_text_gives_an_empty_plan_with_a_warning()
    {
        var plan = PlanTextParser.Parse("");

        Assert.Empty(plan.Sections);
        Assert.Contains("文本为空，未识别到计划内容", plan.Warnings);
    }

    [Fact]
    public void Random_text_never_throws()
    {
        var random = new Random(20230405);
        for (var i = 0; i < 3000; i++)
        {
            var text = RandomText(random, random.Next(0, 400));
            var plan = ParseWithoutFallback(text);
            PlanJson.Serialize(plan);
        }
    }

    [Fact]
    public void Shuffled_seed_lines_never_throw()
    {
        var random = new Random(42);
        var lines = (SeedFiles.ReadText(SeedFiles.Zhenglu) + "\n" + SeedFiles.ReadText(SeedFiles.Wushenzhao)).Split('\n');
        for (var i = 0; i < 300; i++)
        {
            var sample = lines.OrderBy(_ => random.Next()).Take(random.Next(1, lines.Length)).Select(line => Cut(random, line));
            ParseWithoutFallback(string.Join(random.Next(2) == 0 ? "\n" : "\r\n", sample));
        }
    }

    [Fact]
    public void Random_bytes_decoded_as_text_never_throw()
    {
        var random = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(0, 5000)];
            random.NextBytes(bytes);
            ParseWithoutFallback(Encoding.UTF8.GetString(bytes));
            ParseWithoutFallback(Encoding.Latin1.GetString(bytes));
        }
    }

    [Fact]
    public void Random_and_mutated_files_never_throw_from_the_reader()
    {
        var random = new Random(99);
        var docx = TestDocx.Build(body => body.Append(TestDocx.Plain("一、政治引领"), TestDocx.Plain("1．坚持学习。")));
        foreach (var name in new[] { "plan.txt", "plan.docx" })
        {
            for (var i = 0; i < 100; i++)
            {
                var bytes = new byte[random.Next(1, 3000)];
                random.NextBytes(bytes);
                ReadWithoutFallback(bytes, name);

                var mutated = (byte[])docx.Clone();
                for (var flips = 0; flips < 5; flips++)
                {
                    mutated[random.Next(mutated.Length)] = (byte)random.Next(256);
                }
                ReadWithoutFallback(mutated, name);
            }
        }
    }

    [Fact]
    public void Huge_input_is_truncated_and_parsed_quickly()
    {
        var seed = SeedFiles.ReadText(SeedFiles.Zhenglu);
        var builder = new StringBuilder();
        while (builder.Length <= PlanTextCleaner.MaxChars)
        {
            builder.Append(seed);
        }
        var stopwatch = Stopwatch.StartNew();

        var plan = ParseWithoutFallback(builder.ToString());

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20), $"took {stopwatch.Elapsed}");
        Assert.Contains(plan.Warnings, w => w.StartsWith("文本过长"));
    }

    [Fact]
    public void One_huge_unpunctuated_paragraph_is_joined_in_linear_time()
    {
        var text = string.Join("\n", Enumerable.Range(0, 40_000).Select(i => $"没有标点的很长的一行文字用来测试拼接性能{i}"));
        var stopwatch = Stopwatch.StartNew();

        var plan = ParseWithoutFallback(text);

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20), $"took {stopwatch.Elapsed}");
        Assert.Single(plan.Sections);
    }

    [Fact]
    public void Text_made_only_of_one_repeated_line_is_kept()
    {
        var plan = PlanTextParser.Parse(string.Join("\n", Enumerable.Repeat("加强五老队伍建设", 5)));

        // Unpunctuated lines read as one hard-wrapped paragraph; what matters is that none was dropped.
        Assert.Equal(string.Concat(Enumerable.Repeat("加强五老队伍建设", 5)), Assert.Single(Assert.Single(plan.Sections).Items).Text);
    }

    private static PlanDocument ParseWithoutFallback(string? text)
    {
        var plan = PlanTextParser.Parse(text);
        Assert.DoesNotContain(PlanTextParser.FallbackWarning, plan.Warnings);
        return plan;
    }

    /// <summary>A file is either read or refused with a message that says why, never with the catch-all.</summary>
    private static void ReadWithoutFallback(byte[] bytes, string name)
    {
        var result = PlanFileReader.Read(new MemoryStream(bytes), name);
        Assert.NotEqual(PlanFileReader.UnexpectedFailure, result.Error);
        Assert.Equal(result.IsSuccess, result.Text is not null);
        if (result.IsSuccess)
        {
            ParseWithoutFallback(result.Text);
        }
    }

    private static string RandomText(Random random, int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(random.Next(4) == 0 ? (char)random.Next(0, 0xFFFF) : Interesting[random.Next(Interesting.Length)]);
        }
        return builder.ToString();
    }

    private static string Cut(Random random, string line) =>
        random.Next(3) == 0 && line.Length > 2 ? line[..random.Next(1, line.Length)] : line;
}
