using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Guangong.Web.Tests.Infrastructure;
using MiniExcelLibs;

namespace Guangong.Web.Tests.People;

/// <summary>Builds roster spreadsheets the way a town officer fills the template.</summary>
internal static partial class RosterFiles
{
    public static readonly string[] Headers = ["姓名", "性别", "民族", "出生年份", "联系电话", "五老类别", "队伍层级", "政治面貌", "原工作单位", "原职务", "特长", "所在单位", "状态", "状态日期", "备注", "编号"];

    public static Dictionary<string, object?> Row(string name, string gender = "男", object? year = null, string? phone = null, string? category = "老教师", string? unit = null) => new()
    {
        ["姓名"] = name,
        ["性别"] = gender,
        ["民族"] = "蒙古族",
        ["出生年份"] = year ?? 1956,
        ["联系电话"] = phone,
        ["五老类别"] = category,
        ["队伍层级"] = "骨干层",
        ["政治面貌"] = "中共党员",
        ["原工作单位"] = "乌审召小学",
        ["原职务"] = "教师",
        ["特长"] = "书法、作文辅导",
        ["所在单位"] = unit,
        ["状态"] = null,
        ["状态日期"] = null,
        ["备注"] = null,
        ["编号"] = null,
    };

    public static byte[] Xlsx(IEnumerable<IDictionary<string, object?>> rows, string sheet = "五老名册")
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows.ToList(), sheetName: sheet);
        return stream.ToArray();
    }

    public static async Task<string> UploadAsync(HttpClient client, byte[] file, string fileName)
    {
        var page = await client.GetStringAsync("/volunteers/import");
        using var form = new MultipartFormDataContent
        {
            { new StringContent("roster-upload"), "_handler" },
            { new StringContent(HttpSession.AntiforgeryToken(page)), "__RequestVerificationToken" },
        };
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(content, "Upload", fileName);
        var response = await client.PostAsync("/volunteers/import", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    public static async Task<string> ConfirmAsync(HttpClient client, string previewHtml, string token)
    {
        var response = await client.PostAsync("/volunteers/import", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "roster-confirm",
            ["__RequestVerificationToken"] = HttpSession.AntiforgeryToken(previewHtml),
            ["Token"] = token,
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }


    [GeneratedRegex("name=\"Token\" value=\"([0-9a-f]{32})\"")]
    public static partial Regex TokenPattern();
}
