using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Guangong.Web.Tests.Infrastructure;

namespace Guangong.Web.Tests.Enterprises;

/// <summary>民企关工委 are assessed on 五有五好 through the engine; run on SQLite.</summary>
public sealed class EnterpriseTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task The_zhenglu_company_committee_has_this_years_five_have_five_good_assessment_and_other_towns_do_not_see_it()
    {
        var page = WebUtility.HtmlDecode(await (await App.SignedInAsync("zhenglu")).GetStringAsync("/enterprises"));
        Assert.Contains("常州郑陆机械有限公司关工委", page);
        var api = await App.ApiClientAsync("zhenglu");
        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/assessments?program=Enterprise");
        var company = list.EnumerateArray().Single(a => a.GetProperty("subjectName").GetString() == "常州郑陆机械有限公司关工委");
        var detail = await api.GetFromJsonAsync<JsonElement>($"/api/v1/assessments/{company.GetProperty("id").GetInt64()}");
        Assert.Equal(10, detail.GetProperty("scores").GetArrayLength());

        var other = WebUtility.HtmlDecode(await (await App.SignedInAsync("wushenzhao")).GetStringAsync("/enterprises"));
        Assert.DoesNotContain("常州郑陆机械", other);
        var otherApi = await App.ApiClientAsync("wushenzhao");
        Assert.Equal(HttpStatusCode.NotFound, (await otherApi.GetAsync($"/api/v1/assessments/{company.GetProperty("id").GetInt64()}")).StatusCode);
    }
}
