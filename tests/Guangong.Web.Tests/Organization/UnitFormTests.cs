using System.Net;
using Guangong.Web.Tests.Infrastructure;

namespace Guangong.Web.Tests.Organization;

/// <summary>Bad input on the unit forms: a Chinese message beside the field, never a 500, nothing saved.</summary>
public sealed class UnitFormTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private GuangongApp App => fixture.App;

    [Theory]
    [InlineData("Input.Name", "", "请填写单位名称")]
    [InlineData("Input.Name", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十超", "不能超过60个字")]
    [InlineData("Input.Level", "Galaxy", "请选择层级")]
    [InlineData("Input.Kind", "<script>", "请选择单位类型")]
    [InlineData("Input.SortOrder", "abc", "排序号须为0到9999之间的整数")]
    [InlineData("Input.SortOrder", "-5", "排序号须为0到9999之间的整数")]
    [InlineData("Input.ContactPhone", "call me", "电话应为11位手机号")]
    [InlineData("Input.ContactPhone", "1381234567", "电话应为11位手机号")]
    [InlineData("Input.ParentId", "abc", "请从列表中选择上级单位")]
    public async Task A_bad_field_is_refused_beside_it(string field, string value, string message)
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        var client = await App.SignedInAsync("zhenglu");
        var fields = new Dictionary<string, string>
        {
            ["Input.ParentId"] = town.Id.ToString(),
            ["Input.Name"] = "表单测试村",
            ["Input.Level"] = "Village",
            ["Input.Kind"] = "Committee",
            ["Input.SortOrder"] = "0",
        };
        fields[field] = value;
        var response = await client.PostFormAsync("/units/new", "unit-create", fields);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, html);
        Assert.Contains("validation-message", html);
        Assert.DoesNotContain("is not valid", html);
        Assert.False(await App.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Units, u => u.Name == "表单测试村")));
    }

    [Fact]
    public async Task A_form_without_its_anti_forgery_token_is_refused()
    {
        var client = await App.SignedInAsync("zhenglu");
        var response = await client.PostAsync("/units/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "unit-create",
            ["Input.Name"] = "无令牌村",
            ["Input.Level"] = "Village",
            ["Input.Kind"] = "Committee",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await App.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Units, u => u.Name == "无令牌村")));
    }

    [Fact]
    public async Task A_read_only_viewer_cannot_open_the_create_form()
    {
        var client = await App.SignedInAsync("tianning");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/units/new")).StatusCode);
    }
}
