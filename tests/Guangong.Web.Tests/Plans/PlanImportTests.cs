using System.Net;
using System.Net.Http.Headers;
using DocumentFormat.OpenXml.Packaging;
using Guangong.Web.Features.Plans;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Plans;

/// <summary>Importing a plan through the page, correcting it, saving it as tasks, and tracking it; run once per provider.</summary>
public abstract class PlanImportTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    private const string Text = """
        焦溪村2024年关心下一代工作要点
        一、加强组织建设
        1．调整配强村关工委班子，于2024年底前调整到位。
        2．各村、社区、学校关工委年内各开展一次法治教育。
        二、开展主题教育
        1．暑期组织“五老”开展防溺水巡逻。
        2．编印内刊
        第五本，年内出刊一本。
        """;

    private static async Task<string> ParseAsync(HttpClient client, string? text, (string Name, byte[] Bytes)? file = null)
    {
        var page = await client.GetStringAsync("/plans/import");
        using var form = new MultipartFormDataContent
        {
            { new StringContent("plan-parse"), "_handler" },
            { new StringContent(HttpSession.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent(text ?? string.Empty), "text" },
        };
        if (file is { } f)
        {
            var content = new ByteArrayContent(f.Bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(content, "file", f.Name);
        }

        var response = await client.PostAsync("/plans/import", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<HttpResponseMessage> EditAsync(HttpClient client, string html, string op, Action<List<KeyValuePair<string, string>>>? change = null)
    {
        var fields = HtmlForm.Fields(html, "plan-edit").With("Edit.Op", op);
        change?.Invoke(fields);
        return await client.PostAsync("/plans/import", new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task The_officer_corrects_the_parsed_plan_and_saves_it_as_tasks_with_owners_and_due_dates()
    {
        var officer = await App.SignedInAsync("zhenglu");
        var html = await ParseAsync(officer, Text);
        Assert.Contains("焦溪村2024年关心下一代工作要点", WebUtility.HtmlDecode(html));
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(html, "data-testid=\"draft-section\"").Count);

        // "编印内刊" and its continuation line were read as two items: merge them back.
        var split = await (await EditAsync(officer, html, "refresh")).Content.ReadAsStringAsync();
        var merged = await (await EditAsync(officer, split, "merge:1:2")).Content.ReadAsStringAsync();
        var picked = await (await EditAsync(officer, merged, "pick-all")).Content.ReadAsStringAsync();
        Assert.Contains("checked", picked);
        var title = "焦溪村2024年工作要点" + Guid.NewGuid().ToString("N")[..4];
        var saved = await EditAsync(officer, picked, "save", f => f.With("Edit.Title", title).With("Edit.Year", "2024"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var plan = await App.WithDbAsync(db => db.WorkPlans.SingleAsync(p => p.Title == title));
        var tasks = await App.WithDbAsync(db => db.PlanTasks.Include(t => t.Assignments).ThenInclude(a => a.Unit).Where(t => t.PlanId == plan.Id).OrderBy(t => t.SectionId).ThenBy(t => t.Order).ToListAsync());
        Assert.Equal(4, tasks.Count);
        Assert.Equal(new DateOnly(2024, 12, 31), tasks[0].DueDate);
        Assert.Equal(new DateOnly(2024, 8, 31), tasks[2].DueDate);
        Assert.Contains("第五本", tasks[3].Target);
        var owners = tasks[1].Assignments.Select(a => a.Unit!.Name).ToList();
        Assert.Contains("焦溪村关工委", owners);
        Assert.Contains("郑陆社区关工委", owners);
        Assert.Contains("郑陆实验学校关工委", owners);
        Assert.DoesNotContain(owners, o => o.Contains("乌审召", StringComparison.Ordinal));
        Assert.All(tasks[1].Assignments, a => Assert.Equal(a.Unit!.Path, a.UnitPath));

        var page = WebUtility.HtmlDecode(await officer.GetStringAsync($"/plans/{plan.Id}"));
        Assert.Contains("一、加强组织建设", page);
        Assert.Contains("aria-valuenow=\"0\"", page);

        // Imported by mistake and untouched: it can be deleted, tasks and assignments with it.
        var deleted = await officer.PostFormAsync($"/plans/{plan.Id}", "plan-delete", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await App.WithDbAsync(db => db.WorkPlans.AnyAsync(p => p.Id == plan.Id)));
        Assert.False(await App.WithDbAsync(db => db.TaskAssignments.AnyAsync(a => a.PlanId == plan.Id)));
        var demo = await App.WithDbAsync(db => db.WorkPlans.SingleAsync(p => p.Title == "郑陆镇2023年关心下一代工作意见"));
        Assert.DoesNotContain("value=\"plan-delete\"", await officer.GetStringAsync($"/plans/{demo.Id}"));
    }

    [Fact]
    public async Task A_three_level_plan_keeps_its_subsections_and_its_tasks_read_as_the_document_numbers_them()
    {
        var officer = await App.SignedInAsync("zhenglu");
        var html = await ParseAsync(officer, """
            焦溪村2025年关心下一代工作要点
            一、加强组织建设
            （一）健全组织网络
            1．调整充实村关工委班子。
            2．新建企业关工委2个。
            （二）加强队伍建设
            1．新增“五老”志愿者20名。
            二、深化主题教育
            1．开展“爷爷奶奶一堂课”活动。
            """);
        Assert.Contains("<legend class=\"h6\">（一）</legend>", WebUtility.HtmlDecode(html));
        var title = "焦溪村2025年工作要点" + Guid.NewGuid().ToString("N")[..4];
        var saved = await EditAsync(officer, html, "save", f => f.With("Edit.Title", title).With("Edit.Year", "2025"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var plan = await App.WithDbAsync(db => db.WorkPlans.SingleAsync(p => p.Title == title));
        var labels = await App.WithDbAsync(db => db.PlanTasks.Where(t => t.PlanId == plan.Id).OrderBy(t => t.SectionId).ThenBy(t => t.Order).Select(t => t.Label).ToListAsync());
        // "一、加强组织建设" heads its subsections and is no task of its own.
        Assert.Equal(["一（一）1", "一（一）2", "一（二）1", "二、1"], labels);
        var page = WebUtility.HtmlDecode(await officer.GetStringAsync($"/plans/{plan.Id}"));
        Assert.Contains("（一）健全组织网络", page);
        Assert.DoesNotContain("（一）、", page);
    }

    [Fact]
    public async Task The_same_plan_imported_again_is_refused_with_a_link_to_it_unless_the_officer_ticks_to_save_another()
    {
        var officer = await App.SignedInAsync("zhenglu");
        var title = "焦溪村2026年工作要点" + Guid.NewGuid().ToString("N")[..4];
        var first = await EditAsync(officer, await ParseAsync(officer, Text), "save", f => f.With("Edit.Title", title).With("Edit.Year", "2026"));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var plan = await App.WithDbAsync(db => db.WorkPlans.SingleAsync(p => p.Title == title));
        var assignments = await App.WithDbAsync(db => db.TaskAssignments.CountAsync());

        var again = await (await EditAsync(officer, await ParseAsync(officer, Text), "save", f => f.With("Edit.Title", title).With("Edit.Year", "2026"))).Content.ReadAsStringAsync();
        var text = WebUtility.HtmlDecode(again);
        Assert.Contains("本单位已有2026年度的同名计划", text);
        Assert.Contains($"href=\"/plans/{plan.Id}\"", again);
        Assert.Equal(1, await App.WithDbAsync(db => db.WorkPlans.CountAsync(p => p.Title == title)));
        Assert.Equal(assignments, await App.WithDbAsync(db => db.TaskAssignments.CountAsync()));

        // Another year's plan of the same title is no repeat; a tick saves a second copy on purpose.
        Assert.Equal(HttpStatusCode.Redirect, (await EditAsync(officer, again, "save", f => f.With("Edit.Year", "2027"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await EditAsync(officer, again, "save", f => f.With("Edit.Again", "true"))).StatusCode);
        Assert.Equal(3, await App.WithDbAsync(db => db.WorkPlans.CountAsync(p => p.Title == title)));
    }

    [Fact]
    public async Task The_page_says_what_kind_of_document_it_read_and_proposes_tasks_only_for_a_plan()
    {
        var officer = await App.SignedInAsync("zhenglu");
        var plan = WebUtility.HtmlDecode(await ParseAsync(officer, Text));
        Assert.Contains("识别为：<strong>工作计划", plan);
        Assert.Contains("name=\"Edit.Pick\"", plan);

        var summary = WebUtility.HtmlDecode(await ParseAsync(officer, """
            焦溪村关工委2023年工作总结
            一、思想教育
            全年举办讲座12场，受教育学生3000余人次。
            二、关爱帮扶
            结对帮扶留守儿童30名，于2023年底前全部建档。
            """));
        Assert.Contains("识别为：<strong>工作总结", summary);
        Assert.Contains("<li>举办讲座：12场</li>", summary);
        Assert.Contains("<li>受教育学生：3000余人次</li>", summary);
        Assert.DoesNotContain("name=\"Edit.Pick\"", summary);
    }

    [Fact]
    public async Task Bad_files_are_refused_with_a_message_and_nothing_is_saved()
    {
        var officer = await App.SignedInAsync("zhenglu");
        var before = await App.WithDbAsync(db => db.WorkPlans.CountAsync());
        var binary = await ParseAsync(officer, null, ("plan.txt", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0xFF, 0xFF, 0x00, 0x00, 0xB8, 0x00]));
        Assert.Contains("validation-message", binary);
        var corrupt = await ParseAsync(officer, null, ("plan.docx", "PK\u0003\u0004garbage"u8.ToArray()));
        Assert.Contains("validation-message", corrupt);
        var nothing = await ParseAsync(officer, "   ");
        Assert.Contains("请上传计划文件，或粘贴计划全文", WebUtility.HtmlDecode(nothing));

        var tampered = await EditAsync(officer, await ParseAsync(officer, Text), "refresh", f => f.With("Edit.Draft", "{\"sections\":"));
        // A tampered page cannot be edited: the import page again, saying why; nothing breaks.
        Assert.Equal(HttpStatusCode.OK, tampered.StatusCode);
        Assert.Contains("页面已过期，请重新导入。", await tampered.Content.ReadAsStringAsync());

        var flat = await ParseAsync(officer, "今年要多开展活动，多关心孩子，多走访五老。");
        var refused = await EditAsync(officer, flat, "save", f => f.With("Edit.Year", "二〇二四"));
        Assert.Contains("年度须为四位年份", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));

        // A title the officer erased stays erased and is asked for, not silently replaced by the one the document gave.
        var untitled = await (await EditAsync(officer, await ParseAsync(officer, Text), "save", f => f.With("Edit.Title", string.Empty).With("Edit.Year", "2024"))).Content.ReadAsStringAsync();
        Assert.Contains("请填写计划标题。", WebUtility.HtmlDecode(untitled));
        Assert.Contains("name=\"Edit.Title\" value=\"\"", untitled);
        Assert.Equal(before, await App.WithDbAsync(db => db.WorkPlans.CountAsync()));
    }

    [Fact]
    public async Task A_village_reports_progress_on_its_task_and_the_town_sees_it_while_the_other_town_does_not()
    {
        var plan = await App.WithDbAsync(db => db.WorkPlans.SingleAsync(p => p.Title == "郑陆镇2023年关心下一代工作意见"));
        var village = await App.UnitAsync("焦溪村关工委");
        var assignment = await App.WithDbAsync(db => db.TaskAssignments.Where(a => a.PlanId == plan.Id && a.UnitId == village.Id).FirstAsync());

        var officer = await App.SignedInAsync("zhenglu");
        var page = await officer.GetStringAsync($"/plans/assignments/{assignment.Id}");

        // The town opens the whole task from a village's part; the village, whose scope holds only its part, is not offered it.
        Assert.Contains($"href=\"/plans/tasks/{assignment.TaskId}\"", page);
        var villageRecorder = await App.SignedInAsync("zl-jiaoxi");
        var own = await villageRecorder.GetStringAsync($"/plans/assignments/{assignment.Id}");
        Assert.DoesNotContain($"href=\"/plans/tasks/{assignment.TaskId}\"", own);
        Assert.Contains("<td data-label=\"状态\">", await villageRecorder.GetStringAsync("/plans/assignments"));
        using var form = new MultipartFormDataContent
        {
            { new StringContent("progress"), "_handler" },
            { new StringContent(HttpSession.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent("2023-09-01"), "date" },
            { new StringContent("120"), "percent" },
            { new StringContent("召开村民大会宣讲"), "text" },
        };
        var bad = await officer.PostAsync($"/plans/assignments/{assignment.Id}", form);
        Assert.Contains("完成比例须为0到100之间的整数", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()));

        using var good = new MultipartFormDataContent
        {
            { new StringContent("progress"), "_handler" },
            { new StringContent(HttpSession.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent("2023-09-01"), "date" },
            { new StringContent("60"), "percent" },
            { new StringContent("召开村民大会宣讲"), "text" },
            { new ByteArrayContent("%PDF-1.4 evidence"u8.ToArray()), "files", "会议记录.pdf" },
        };
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostAsync($"/plans/assignments/{assignment.Id}", good)).StatusCode);
        var stored = await App.WithDbAsync(db => db.TaskAssignments.SingleAsync(a => a.Id == assignment.Id));
        Assert.Equal(60, stored.Percent);
        Assert.Contains("召开村民大会宣讲", WebUtility.HtmlDecode(await officer.GetStringAsync($"/plans/tasks/{assignment.TaskId}")));

        var other = await App.SignedInAsync("wushenzhao");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/plans/{plan.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/plans/assignments/{assignment.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/plans/tasks/{assignment.TaskId}")).StatusCode);
    }

    [Fact]
    public async Task Correcting_a_tasks_words_changes_what_its_owners_see_and_a_stale_edit_is_a_conflict()
    {
        var plan = await App.WithDbAsync(db => db.WorkPlans.SingleAsync(p => p.Title == "郑陆镇2023年关心下一代工作意见"));
        var task = await App.WithDbAsync(db => db.PlanTasks.Include(t => t.Assignments).Where(t => t.PlanId == plan.Id && t.Assignments.Count > 1).FirstAsync());
        var officer = await App.SignedInAsync("zhenglu");
        var fields = new Dictionary<string, string> { ["version"] = task.Version.ToString(), ["text"] = "改写后的任务内容" + Guid.NewGuid().ToString("N")[..4], ["due"] = "2023-11-30", ["target"] = "全覆盖" };
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync($"/plans/tasks/{task.Id}", "task-edit", fields)).StatusCode);
        var copies = await App.WithDbAsync(db => db.TaskAssignments.Where(a => a.TaskId == task.Id).ToListAsync());
        Assert.All(copies, a => Assert.Equal((fields["text"], new DateOnly(2023, 11, 30), "全覆盖"), (a.TaskText, a.DueDate!.Value, a.Target!)));

        var stale = await officer.PostFormAsync($"/plans/tasks/{task.Id}", "task-edit", fields);
        Assert.Contains("该记录已被他人修改", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()));
        var bad = await officer.PostFormAsync($"/plans/tasks/{task.Id}", "task-edit", new Dictionary<string, string> { ["version"] = (task.Version + 1).ToString(), ["text"] = "", ["due"] = "明年" });
        var html = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Contains("请填写任务内容", html);
        Assert.Contains("日期格式应如", html);
    }

    [Fact]
    public async Task The_officer_gives_a_task_to_other_units_but_cannot_drop_one_that_reported()
    {
        var plan = await App.WithDbAsync(db => db.WorkPlans.SingleAsync(p => p.Title == "郑陆镇2023年关心下一代工作意见"));
        var task = await App.WithDbAsync(db => db.PlanTasks.Include(t => t.Assignments).Where(t => t.PlanId == plan.Id && t.Assignments.Count == 1 && !t.Assignments.Any(a => a.HasProgress)).FirstAsync());
        var village = await App.UnitAsync("舜山村关工委");
        var officer = await App.SignedInAsync("zhenglu");
        var keep = task.Assignments.Single().UnitId;
        var response = await officer.PostAsync($"/plans/tasks/{task.Id}", new FormUrlEncodedContent(
        [
            new("_handler", "task-owners"),
            new("__RequestVerificationToken", HttpSession.AntiforgeryToken(await officer.GetStringAsync($"/plans/tasks/{task.Id}"))),
            new("version", task.Version.ToString()),
            new("owner", keep.ToString()),
            new("owner", village.Id.ToString()),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var added = await App.WithDbAsync(db => db.TaskAssignments.SingleAsync(a => a.TaskId == task.Id && a.UnitId == village.Id));
        Assert.Equal(village.Path, added.UnitPath);

        // The newcomer must not be the unit that reported (PostgreSQL returns rows in no fixed order).
        var newcomer = await App.UnitAsync("焦溪小学关工委");
        var reported = await App.WithDbAsync(db => db.TaskAssignments.Where(a => a.PlanId == plan.Id && a.HasProgress && a.UnitId != newcomer.Id).OrderBy(a => a.Id).FirstAsync());
        var withProgress = await App.WithDbAsync(db => db.PlanTasks.SingleAsync(t => t.Id == reported.TaskId));
        var other = await App.WithDbAsync(db => db.TaskAssignments.Where(a => a.TaskId == withProgress.Id && a.Id != reported.Id).Select(a => a.UnitId).ToListAsync());
        async Task<string> PostOwnersAsync(bool confirmed) => WebUtility.HtmlDecode(await (await officer.PostAsync($"/plans/tasks/{withProgress.Id}", new FormUrlEncodedContent(
            other.Select(id => new KeyValuePair<string, string>("owner", id.ToString())).Concat(
            [
                new("_handler", "task-owners"),
                new("__RequestVerificationToken", HttpSession.AntiforgeryToken(await officer.GetStringAsync($"/plans/tasks/{withProgress.Id}"))),
                new("version", withProgress.Version.ToString()),
                new("owner", newcomer.Id.ToString()),
                new("confirm", confirmed ? "1" : string.Empty),
            ])))).Content.ReadAsStringAsync());

        // Taking an owner off is a second step: the first post names the unit and asks, and changes nothing.
        var reportedName = await App.WithDbAsync(db => db.Units.Where(u => u.Id == reported.UnitId).Select(u => u.Name).SingleAsync());
        var asked = await PostOwnersAsync(confirmed: false);
        Assert.Contains($"将取消{reportedName}的责任", asked);
        Assert.DoesNotContain("已报告过进展的责任单位不能移除", asked);
        Assert.False(await App.WithDbAsync(db => db.TaskAssignments.AnyAsync(a => a.TaskId == withProgress.Id && a.UnitId == newcomer.Id)));

        Assert.Contains("已报告过进展的责任单位不能移除", await PostOwnersAsync(confirmed: true));

        // The page says so before anyone unticks it: the reported unit's box cannot be cleared, and the form keeps it.
        var taskPage = WebUtility.HtmlDecode(await officer.GetStringAsync($"/plans/tasks/{withProgress.Id}"));
        Assert.Contains($"<input type=\"hidden\" name=\"owner\" value=\"{reported.UnitId}\" /> {reportedName}<small class=\"text-muted\">（已报告进展，不能取消）</small>", taskPage);
        Assert.True(await App.WithDbAsync(db => db.TaskAssignments.AnyAsync(a => a.Id == reported.Id)));
    }

    [Fact]
    public async Task Marking_a_task_not_applicable_says_what_it_did_to_its_units_and_how_to_take_it_back()
    {
        var plan = await App.WithDbAsync(db => db.WorkPlans.SingleAsync(p => p.Title == "郑陆镇2023年关心下一代工作意见"));
        var task = await App.WithDbAsync(db => db.PlanTasks.Include(t => t.Assignments).Where(t => t.PlanId == plan.Id && !t.NotApplicable && t.Assignments.Count > 1).OrderBy(t => t.Id).FirstAsync());
        var officer = await App.SignedInAsync("zhenglu");
        async Task<HttpResponseMessage> PostAsync(string page) =>
            await officer.PostAsync($"/plans/tasks/{task.Id}", new FormUrlEncodedContent(HtmlForm.Fields(page, "task-na")));
        async Task<string> FollowAsync(HttpResponseMessage response)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            return WebUtility.HtmlDecode(await officer.GetStringAsync(response.Headers.Location!.ToString()));
        }

        // The first tap only asks, naming the units it would take the task from; nothing changes until the second.
        var asked = await PostAsync(await officer.GetStringAsync($"/plans/tasks/{task.Id}"));
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var question = WebUtility.HtmlDecode(await asked.Content.ReadAsStringAsync());
        var owners = await App.WithDbAsync(db => db.TaskAssignments.Where(a => a.TaskId == task.Id).Select(a => a.Unit!.Name).ToListAsync());
        var asking = System.Text.RegularExpressions.Regex.Match(question, "data-testid=\"na-confirm\"[^>]*>([^<]*)<").Groups[1].Value;
        Assert.Contains("的这项任务不再计入进度和逾期，已报告的进展仍然保留。确定吗？", asking);
        Assert.Equal(Math.Min(owners.Count, 5), owners.Count(name => asking.Contains(name, StringComparison.Ordinal)));
        Assert.False(await App.WithDbAsync(db => db.PlanTasks.Where(t => t.Id == task.Id).Select(t => t.NotApplicable).SingleAsync()));

        Assert.Contains($"已标为不适用：{task.Assignments.Count}个责任单位的这项任务不再计入进度和逾期。需要时点“恢复跟踪”。", await FollowAsync(await PostAsync(question)));
        Assert.True(await App.WithDbAsync(db => db.PlanTasks.Where(t => t.Id == task.Id).Select(t => t.NotApplicable).SingleAsync()));
        Assert.Contains("已恢复跟踪", await FollowAsync(await PostAsync(await officer.GetStringAsync($"/plans/tasks/{task.Id}"))));

        Assert.False(await App.WithDbAsync(db => db.PlanTasks.Where(t => t.Id == task.Id).Select(t => t.NotApplicable).SingleAsync()));

        // A page opened before someone else flipped the task: the tap is a conflict, not a question about the other flip.
        var stale = await officer.GetStringAsync($"/plans/tasks/{task.Id}");
        var version = await App.WithDbAsync(db => db.PlanTasks.Where(t => t.Id == task.Id).Select(t => t.Version).SingleAsync());
        Assert.True((await App.WithServiceAsync<TaskCommands, CommandResult<PlanTask>>(b => b.SetNotApplicableAsync(task.Id, version, true))).Succeeded);
        var refused = WebUtility.HtmlDecode(await (await PostAsync(stale)).Content.ReadAsStringAsync());
        Assert.Contains(CommandResult<PlanTask>.ConflictMessage, refused);
        Assert.DoesNotContain("data-testid=\"na-confirm\"", refused);
        Assert.True(await App.WithDbAsync(db => db.PlanTasks.Where(t => t.Id == task.Id).Select(t => t.NotApplicable).SingleAsync()));
    }

    [Fact]
    public async Task The_plan_exports_as_an_official_docx_and_the_summary_draft_follows_its_sections()
    {
        var plan = await App.WithDbAsync(db => db.WorkPlans.SingleAsync(p => p.Title == "乌审召镇2023年关心下一代工作计划"));
        var officer = await App.SignedInAsync("wushenzhao");
        var docx = await officer.GetAsync($"/plans/{plan.Id}/docx");
        Assert.Equal(Guangong.Documents.MediaTypes.Docx, docx.Content.Headers.ContentType!.MediaType);
        using (var stream = new MemoryStream(await docx.Content.ReadAsByteArrayAsync()))
        using (var word = WordprocessingDocument.Open(stream, false))
        {
            var text = word.MainDocumentPart!.Document.InnerText;
            Assert.Contains("强化理论学习", text);
            Assert.Contains("宝音图", text);
        }

        var notice = await officer.GetAsync($"/plans/{plan.Id}/notice");
        using (var stream = new MemoryStream(await notice.Content.ReadAsByteArrayAsync()))
        using (var word = WordprocessingDocument.Open(stream, false))
        {
            Assert.Contains("通知", word.MainDocumentPart!.Document.InnerText);
        }

        // The draft is signed as the issued notice will be: the issuing profile's 发文机关署名, not the plan's short name.
        var profileName = await App.WithDbAsync(db => db.IssuingProfiles.Where(p => p.UnitId == plan.UnitId).Select(p => p.SignatureName).SingleOrDefaultAsync());
        Assert.Equal("乌审召镇关心下一代工作委员会", profileName);
        using (var draftStream = new MemoryStream(await (await officer.GetAsync($"/plans/{plan.Id}/notice")).Content.ReadAsByteArrayAsync()))
        using (var draft = WordprocessingDocument.Open(draftStream, false))
        {
            Assert.Contains(draft.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>(), p => p.InnerText == profileName);
        }

        var summary = WebUtility.HtmlDecode(await officer.GetStringAsync($"/plans/{plan.Id}/summary"));
        Assert.Contains("一、强化理论学习，压实“五老”责任", summary);
        Assert.Contains("全年共开展各类活动", summary);

        var school = await App.SignedInAsync("wsz-school");
        Assert.Contains((await school.GetAsync($"/plans/{plan.Id}/summary")).StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
    }

    [Fact]
    public async Task My_tasks_export_to_excel_with_the_same_filter_and_only_the_units_in_scope()
    {
        var officer = await App.SignedInAsync("zhenglu");
        var export = await officer.GetAsync("/plans/assignments/export?show=overdue");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using var stream = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.NotEmpty(rows);
        // Date cells, not their text: a column of "2026年12月…" sorted before "2026年2月…" in Excel.
        Assert.All(rows, r => Assert.IsType<DateTime>(r["期限"]));
        Assert.All(rows, r => Assert.True(r["进度百分比"] is double, $"进度百分比: {r["进度百分比"]}"));
        Assert.Contains(rows, r => Equals(r["责任单位"], "焦溪村关工委"));

        var school = await App.SignedInAsync("wsz-school");
        using var other = new MemoryStream(await (await school.GetAsync("/plans/assignments/export")).Content.ReadAsByteArrayAsync());
        var theirs = MiniExcelLibs.MiniExcel.Query(other, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.DoesNotContain(theirs, r => r["责任单位"]?.ToString()?.Contains("郑陆", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Tasks_without_a_deadline_are_named_on_the_plan_and_set_in_one_table_all_or_nothing()
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        var officer = await App.SignedInAsync("zhenglu");
        var plan = await App.WithDbAsync(db => db.WorkPlans.Where(p => p.UnitPath == town.Path && p.Title == "郑陆镇2023年关心下一代工作意见").SingleAsync());
        var undated = await App.WithDbAsync(db => db.PlanTasks.Where(t => t.PlanId == plan.Id && t.DueDate == null && !t.NotApplicable).OrderBy(t => t.Id).Take(2).ToListAsync());
        Assert.Equal(2, undated.Count);
        Assert.Contains("项任务没有期限", WebUtility.HtmlDecode(await officer.GetStringAsync($"/plans/{plan.Id}")));

        Dictionary<string, string> Rows(string first, string second) => new()
        {
            ["Input.Rows[0].TaskId"] = undated[0].Id.ToString(), ["Input.Rows[0].Version"] = undated[0].Version.ToString(), ["Input.Rows[0].Due"] = first,
            ["Input.Rows[1].TaskId"] = undated[1].Id.ToString(), ["Input.Rows[1].Version"] = undated[1].Version.ToString(), ["Input.Rows[1].Due"] = second,
        };
        var bad = await officer.PostFormAsync($"/plans/{plan.Id}/deadlines", "deadlines", Rows("2023-06-30", "2023-02-30"));
        Assert.Contains("validation-message", await bad.Content.ReadAsStringAsync());
        Assert.Null(await App.WithDbAsync(db => db.PlanTasks.Where(t => t.Id == undated[0].Id).Select(t => t.DueDate).SingleAsync()));

        var good = await officer.PostFormAsync($"/plans/{plan.Id}/deadlines", "deadlines", Rows("2023-06-30", string.Empty));
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal(new DateOnly(2023, 6, 30), await App.WithDbAsync(db => db.PlanTasks.Where(t => t.Id == undated[0].Id).Select(t => t.DueDate).SingleAsync()));
        Assert.All(await App.WithDbAsync(db => db.TaskAssignments.Where(a => a.TaskId == undated[0].Id).ToListAsync()), a => Assert.Equal(new DateOnly(2023, 6, 30), a.DueDate));
        Assert.Null(await App.WithDbAsync(db => db.PlanTasks.Where(t => t.Id == undated[1].Id).Select(t => t.DueDate).SingleAsync()));

        // A second tab still holding the first task's row: its date is not saved, and the page says who set what.
        var stale = WebUtility.HtmlDecode(await (await officer.PostFormAsync($"/plans/{plan.Id}/deadlines", "deadlines", Rows("2023-10-31", "2023-11-30"))).Content.ReadAsStringAsync());
        Assert.Contains("的期限刚被他人设为2023年6月30日，您填的日期没有保存", stale);
        Assert.Contains("表中填写的期限这次都没有保存", stale);
        Assert.Equal(new DateOnly(2023, 6, 30), await App.WithDbAsync(db => db.PlanTasks.Where(t => t.Id == undated[0].Id).Select(t => t.DueDate).SingleAsync()));

        // A year before the plan's is a slip: refused beside the date.
        var rest = new Dictionary<string, string> { ["Input.Rows[0].TaskId"] = undated[1].Id.ToString(), ["Input.Rows[0].Version"] = undated[1].Version.ToString(), ["Input.Rows[0].Due"] = "2022-01-01" };
        Assert.Contains("期限应在2023年或2024年内", WebUtility.HtmlDecode(await (await officer.PostFormAsync($"/plans/{plan.Id}/deadlines", "deadlines", rest)).Content.ReadAsStringAsync()));
        Assert.Null(await App.WithDbAsync(db => db.PlanTasks.Where(t => t.Id == undated[1].Id).Select(t => t.DueDate).SingleAsync()));

        var school = await App.SignedInAsync("wsz-school");
        Assert.Contains((await school.GetAsync($"/plans/{plan.Id}/deadlines")).StatusCode, GuangongApp.Denied);
    }
}

public sealed class PlanImportTestsOnSqlite(SqliteAppFixture fixture) : PlanImportTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PlanImportTestsOnPostgres(PostgresAppFixture fixture) : PlanImportTests(fixture), IClassFixture<PostgresAppFixture>;
