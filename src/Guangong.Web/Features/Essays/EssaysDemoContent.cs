using Guangong.Documents.Essays;
using Guangong.Web.Features.Demo;
using Guangong.Web.Features.Publicity;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Essays;

/// <summary>
/// 郑陆's "爷爷奶奶一堂课" contest: a few dozen pieces from its schools and villages, judged by three
/// judges (the town officer and the recorders of 焦溪小学 and 郑陆初级中学, who never score their own
/// school), awards fixed, and the fifth 内刊 《银龄关爱，同行致远》 compiled from the winners. And the
/// province's "我是强国小主人" call, forwarded and still open, for the schools to enter.
/// </summary>
public sealed class EssaysDemoContent(GuangongDbContext db, TimeProvider clock, IServiceProvider services) : IDemoContent
{
    private static readonly string[] Surnames = ["张", "王", "李", "赵", "陈", "刘", "周", "吴", "徐", "孙", "朱", "马", "胡", "郭", "何", "高", "林", "钱", "汤", "蒋"];

    private static readonly string[] Given = ["子涵", "欣怡", "梓轩", "雨桐", "浩然", "思远", "一诺", "可馨", "宇航", "佳怡", "俊杰", "诗琪", "明轩", "若曦", "天佑", "语嫣", "嘉懿", "沐阳"];

    private static readonly string[] Elders = ["爷爷", "奶奶", "外公", "外婆", "老支书", "退休的王老师", "五老宣讲团的周爷爷"];

    private static readonly string[] Lessons =
    [
        "他把一生的故事讲给我们听，讲到当年在焦溪古镇挑河泥、修圩堤，一干就是一整个冬天。",
        "她教我们包馄饨，一边包一边说：做人要像这馄饨皮，薄是薄，可是要包得住。",
        "他拿出一本发黄的笔记本，上面密密麻麻记着村里每一户人家的困难和需要。",
        "那一堂课没有黑板，只有一片菜园，爷爷说种菜和读书一样，急不得，也懒不得。",
        "奶奶讲起小时候点着煤油灯读书的日子，说现在的孩子有这么好的条件，更要珍惜。",
        "老支书带我们走了一遍舜山的小路，告诉我们每一棵老树下都有一段故事。",
        "他说，国家好了，家才好；家好了，孩子们才能安安心心地长大。",
        "那天下着小雨，爷爷撑着伞站在校门口，给我们讲防溺水的道理，讲得比老师还认真。",
    ];

    private static readonly string[] Endings =
    [
        "这一堂课，我会记一辈子。",
        "我想，爷爷奶奶的这堂课，就是给我们的传家宝。",
        "原来，最好的老师就在我们身边。",
        "我暗暗下定决心，也要做一个有用的人。",
    ];

    public int Order => 90;

    public async Task AddAsync(DemoUnitIds units, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var town = await db.Units.AsNoTracking().SingleAsync(u => u.Id == units["郑陆镇关工委"], ct);
        var contest = new Contest
        {
            UnitId = town.Id,
            UnitPath = town.Path,
            Title = "“爷爷奶奶一堂课”征文活动",
            Organiser = "郑陆镇关工委",
            Level = ContestLevel.Town,
            Theme = "围绕“爷爷奶奶一堂课”，写一写身边的五老、爷爷奶奶给你上的一堂难忘的课。成人·五老组写自己给孩子们上课的经历和感想。优秀作品编入第五本青少年内刊修身读物《银龄关爱，同行致远》。",
            Groups = "LowerPrimary,UpperPrimary,Junior,Adult",
            StartsOn = today.AddDays(-100),
            SubmissionDeadline = today.AddDays(-40),
            JudgingDeadline = today.AddDays(-12),
            MinLength = 300,
            MaxLength = 1500,
            Criteria = ContestCommands.DefaultCriteria,
            DisagreementPoints = 12,
            AwardMode = AwardMode.Counts,
            FirstValue = 1,
            SecondValue = 2,
            ThirdValue = 2,
            MeritValue = 2,
            AwardsOn = today.AddDays(-8),
            CreatedUtc = clock.GetUtcNow().UtcDateTime.AddDays(-100),
        };
        db.Contests.Add(contest);
        var forwarded = new Contest
        {
            UnitId = town.Id,
            UnitPath = town.Path,
            Title = "“我是强国小主人”主题征文",
            Organiser = "江苏省关工委",
            Level = ContestLevel.Province,
            Theme = "省关工委“我是强国小主人”主题教育征文，镇关工委转发至各校。每校每组推荐不超过5篇，由镇关工委初评后择优上报。",
            Groups = "LowerPrimary,UpperPrimary,Junior",
            StartsOn = today.AddDays(-10),
            SubmissionDeadline = today.AddDays(30),
            JudgingDeadline = today.AddDays(45),
            MinLength = 400,
            MaxLength = 1200,
            Criteria = ContestCommands.DefaultCriteria,
            ParticipatingUnitIds = string.Join(',', new[] { units["郑陆实验学校关工委"], units["焦溪小学关工委"], units["郑陆初级中学关工委"] }),
            CreatedUtc = clock.GetUtcNow().UtcDateTime.AddDays(-10),
        };
        db.Contests.Add(forwarded);
        await db.SaveChangesAsync(ct);

        var judges = await db.Users.AsNoTracking().Where(u => u.UserName == "zhenglu" || u.UserName == "zl-school" || u.UserName == "zl-middle")
            .Select(u => new { u.Id, u.DisplayName, u.HomeUnitId }).ToListAsync(ct);
        foreach (var g in contest.GroupList)
        {
            foreach (var j in judges)
            {
                db.ContestJudges.Add(new ContestJudge { ContestId = contest.Id, UserId = j.Id, JudgeName = j.DisplayName, JudgeUnitId = j.HomeUnitId, Group = g, UnitId = town.Id, UnitPath = town.Path });
            }
        }

        var random = new Random(16);
        var entrants = new (string Unit, EssayGroup Group, string? Grade, int Count)[]
        {
            ("焦溪小学关工委", EssayGroup.LowerPrimary, "二年级", 5),
            ("焦溪小学关工委", EssayGroup.UpperPrimary, "五年级", 5),
            ("郑陆实验学校关工委", EssayGroup.LowerPrimary, "三年级", 4),
            ("郑陆实验学校关工委", EssayGroup.UpperPrimary, "六年级", 5),
            ("郑陆实验学校关工委", EssayGroup.Junior, "初一", 3),
            ("郑陆初级中学关工委", EssayGroup.Junior, "初二", 6),
            ("焦溪村关工委", EssayGroup.Adult, null, 2),
            ("舜山村关工委", EssayGroup.Adult, null, 2),
            ("查家村关工委", EssayGroup.Adult, null, 1),
            ("郑陆社区关工委", EssayGroup.Adult, null, 2),
        };
        var pieces = new List<Submission>();
        var codes = new HashSet<string>();
        var n = 0;
        foreach (var (unitName, group, grade, count) in entrants)
        {
            var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == units[unitName], ct);
            for (var i = 0; i < count; i++)
            {
                n++;
                var adult = group == EssayGroup.Adult;
                var name = Surnames[(n * 7) % Surnames.Length] + (adult ? new[] { "建国", "秀英", "国平", "桂兰", "志刚", "玉珍", "福生" }[n % 7] : Given[(n * 5) % Given.Length]);
                var elder = Elders[n % Elders.Length];
                var title = adult ? $"我给孩子们上的{new[] { "一堂课", "第一课", "“老手艺”课", "防溺水课" }[n % 4]}" : $"{elder}的一堂课{(n % 3 == 0 ? "" : n % 3 == 1 ? "——记一次难忘的经历" : "")}";
                var text = Text(random, elder, adult, n);
                var code = group switch { EssayGroup.LowerPrimary => "A", EssayGroup.UpperPrimary => "B", EssayGroup.Junior => "C", _ => "E" } + random.Next(100, 1000);
                while (!codes.Add(code))
                {
                    code = code[..1] + random.Next(100, 1000);
                }

                var chars = EssayText.CountCharacters(text);
                pieces.Add(new Submission
                {
                    ContestId = contest.Id,
                    UnitId = unit.Id,
                    UnitPath = unit.Path,
                    Group = group,
                    Code = code,
                    Title = title,
                    Text = text,
                    CharacterCount = chars,
                    Fingerprint = EssayText.Fingerprint(text),
                    AuthorName = name,
                    Grade = grade,
                    ClassName = adult ? null : $"{1 + (n % 4)}班",
                    Adviser = adult ? null : new[] { "王芳老师", "陆建华老师", "五老周国平" }[n % 3],
                    SourceFileName = $"{name}.docx",
                    UnderLength = chars < contest.MinLength,
                    CreatedUtc = clock.GetUtcNow().UtcDateTime.AddDays(-60 + n % 20),
                });
            }
        }

        db.Submissions.AddRange(pieces);
        await db.SaveChangesAsync(ct);

        var criteria = contest.CriterionList;
        var sheets = new List<SubmissionScore>();
        foreach (var piece in pieces)
        {
            var quality = 0.55 + random.NextDouble() * 0.4;
            foreach (var judge in judges.Where(j => j.HomeUnitId != piece.UnitId))
            {
                var points = criteria.Select(c => Math.Round((decimal)(c.MaxPoints * Math.Clamp(quality + (random.NextDouble() - 0.5) * 0.2, 0.3, 1.0)), 0)).ToList();
                sheets.Add(new SubmissionScore
                {
                    ContestId = contest.Id, SubmissionId = piece.Id, JudgeUserId = judge.Id, Points = string.Join(',', points), Total = points.Sum(),
                    ScoredUtc = clock.GetUtcNow().UtcDateTime.AddDays(-20), UnitId = town.Id, UnitPath = town.Path,
                });
            }
        }

        db.SubmissionScores.AddRange(sheets);
        foreach (var r in ContestResults.Compute(contest, pieces, sheets))
        {
            var piece = pieces.Single(p => p.Id == r.SubmissionId);
            piece.FinalScore = r.Average;
            piece.Rank = r.Rank;
            piece.Award = r.Award;
        }

        await db.SaveChangesAsync(ct);

        var journal = new Journal
        {
            UnitId = town.Id,
            UnitPath = town.Path,
            Title = "银龄关爱，同行致远",
            Issue = "第五期",
            EditingUnit = "郑陆镇关心下一代工作委员会 编",
            DateText = $"{today.Year}年{today.Month}月",
            Foreword = string.Empty,
            PageSize = Guangong.Documents.Journals.JournalPageSize.A5,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        var position = 0;
        foreach (var p in pieces.Where(p => p.Award is AwardLevel.First or AwardLevel.Second or AwardLevel.Third).OrderBy(p => p.Group).ThenBy(p => p.Rank))
        {
            journal.Entries.Add(new JournalEntry { Section = $"征文获奖作品·{Components.Shared.EnumText.Of(p.Group)}", Position = ++position, SubmissionId = p.Id, UnitId = town.Id, UnitPath = town.Path });
        }

        var articles = await db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Adopted && a.UnitPath.StartsWith(town.Path)).OrderBy(a => a.Id).Take(2).Select(a => a.Id).ToListAsync(ct);
        foreach (var a in articles)
        {
            journal.Entries.Add(new JournalEntry { Section = "工作纪实", Position = ++position, ArticleId = a, UnitId = town.Id, UnitPath = town.Path });
        }

        // The foreword tells of what the issue holds: work records only when an adopted article is in it.
        journal.Foreword = "“爷爷奶奶一堂课”是郑陆镇关工委的一项传统活动。一年来，全镇五老走进学校、村（社区），把自己的人生经历、家风家训和一技之长讲给孩子们听。\n"
            + $"本期收录了征文活动的获奖作品{(articles.Count > 0 ? "和部分工作纪实" : null)}，作为第五本青少年内刊修身读物，献给每一位默默付出的五老，也献给正在成长的孩子们。";
        db.Journals.Add(journal);
        await db.SaveChangesAsync(ct);

        // Compiled by the town officer, as the page would: the pupils' names are theirs to print (a scope with no user
        // would print the bylines without them, and 编印人 系统).
        await using var officer = await DemoActor.ActingAsync(services, db, town, "zhenglu", Accounts.RoleNames.Officer, ct);
        var compiled = await officer.ServiceProvider.GetRequiredService<JournalCommands>().CompileAsync(journal.Id, ct);
        if (!compiled.Succeeded)
        {
            throw new InvalidOperationException("Demo 内刊 not compiled: " + string.Join(" ", compiled.Errors.Select(e => e.Message)));
        }
    }

    private static string Text(Random random, string elder, bool adult, int n)
    {
        var lines = new List<string>
        {
            adult
                ? "退休以后，我报名参加了镇里的五老宣讲团。第一次走进焦溪小学的教室，看着一双双亮晶晶的眼睛，我心里既紧张又高兴。"
                : $"在我的记忆里，{elder}上的那一堂课，比任何一堂课都生动。那是一个周末的下午，村里的校外教育辅导站里坐满了小朋友。",
        };
        var count = 4 + random.Next(0, 4);
        for (var i = 0; i < count; i++)
        {
            lines.Add(Lessons[(n + i * 3) % Lessons.Length] + Lessons[(n * 2 + i) % Lessons.Length]);
        }

        lines.Add(adult ? "孩子们的笑脸，是我晚年最大的收获。关心下一代，我们五老责无旁贷。" : Endings[n % Endings.Length]);
        return string.Join("\n", lines);
    }
}
