using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Guangong.Web.Features.Bases;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Tests.Infrastructure;

namespace Guangong.Web.Tests.Bases;

/// <summary>The education-base registry and its visits; run once per provider.</summary>
public abstract class EducationBaseTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task Wushenzhao_has_the_muqu_dazhai_base_with_visits_by_year_and_zhenglu_does_not_see_it()
    {
        var api = await App.ApiClientAsync("wushenzhao");
        var bases = await api.GetFromJsonAsync<JsonElement>("/api/v1/education-bases");
        var dazhai = bases.EnumerateArray().Single(b => b.GetProperty("name").GetString() == "牧区大寨生态教育基地");
        Assert.Equal("Ecology", dazhai.GetProperty("category").GetString());
        Assert.True(dazhai.GetProperty("visits").GetInt32() >= 3);
        var detail = await api.GetFromJsonAsync<JsonElement>($"/api/v1/education-bases/{dazhai.GetProperty("id").GetInt64()}");
        Assert.Contains(detail.GetProperty("years").EnumerateArray(), y => y.GetProperty("year").GetInt32() == 2023 && y.GetProperty("youthReached").GetInt32() == 60);

        var other = await App.ApiClientAsync("zhenglu");
        Assert.DoesNotContain((await other.GetFromJsonAsync<JsonElement>("/api/v1/education-bases")).EnumerateArray(), b => b.GetProperty("name").GetString() == "牧区大寨生态教育基地");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/education-bases/{dazhai.GetProperty("id").GetInt64()}")).StatusCode);
    }

    [Fact]
    public async Task The_registration_form_saves_what_the_page_sends()
    {
        // The shared fields were named Form.* while the pages read Input.*: every save came back "请选择…" with the boxes empty.
        var api = await App.ApiClientAsync("wushenzhao");
        var id = (await api.GetFromJsonAsync<JsonElement>("/api/v1/education-bases")).EnumerateArray()
            .Single(b => b.GetProperty("name").GetString() == "牧区大寨生态教育基地").GetProperty("id").GetInt64();
        var officer = await App.SignedInAsync("wushenzhao");
        var page = await officer.GetStringAsync($"/bases/{id}");
        var host = "乌审召镇人民政府" + Guid.NewGuid().ToString("N")[..4];
        var fields = HtmlForm.Fields(page, "base-edit").Select(f => f.Key == "Input.Host" ? new KeyValuePair<string, string>(f.Key, host) : f).ToList();
        Assert.Contains(fields, f => f.Key == "Input.UnitId" && f.Value.Length > 0);

        var saved = await officer.PostAsync($"/bases/{id}", new FormUrlEncodedContent(fields));
        Assert.True(saved.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, saved.StatusCode.ToString());
        Assert.Contains(host, WebUtility.HtmlDecode(await officer.GetStringAsync($"/bases/{id}")));

        // The new-registration form offers only bases not registered yet; the edit form keeps its own.
        var unitId = fields.Single(f => f.Key == "Input.UnitId").Value;
        string Picker(string html) => System.Text.RegularExpressions.Regex.Match(html, "<select id=\"b-unit\".*?</select>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        var adding = Picker(await officer.GetStringAsync("/bases"));
        Assert.Contains("请选择", adding);
        Assert.DoesNotContain($"<option value=\"{unitId}\"", adding);
        Assert.Contains($"<option value=\"{unitId}\"", Picker(await officer.GetStringAsync($"/bases/{id}")));
    }

    [Fact]
    public async Task Only_a_unit_of_kind_education_base_can_be_registered_and_bad_input_is_refused()
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        var unit = await App.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(town.Id, new UnitDraft($"焦溪红色遗址{Guid.NewGuid():N}"[..12], UnitLevel.Village, UnitKind.EducationBase)));
        var bad = await App.WithServiceAsync<BaseRegistry, CommandResult<EducationBase>>(r => r.SaveAsync(null, new BaseInput { UnitId = town.Id.ToString(), Category = "x", Capacity = "-5" }), town.Id, town.Path);
        Assert.Equal(["UnitId", "Category", "Capacity"], bad.Errors.Select(e => e.Field));
        var ok = await App.WithServiceAsync<BaseRegistry, CommandResult<EducationBase>>(r => r.SaveAsync(null, new BaseInput { UnitId = unit.Id.ToString(), Category = "红色遗址", Capacity = "80" }), town.Id, town.Path);
        Assert.True(ok.Succeeded);
        var twice = await App.WithServiceAsync<BaseRegistry, CommandResult<EducationBase>>(r => r.SaveAsync(null, new BaseInput { UnitId = unit.Id.ToString(), Category = "RedSite" }), town.Id, town.Path);
        Assert.Contains(twice.Errors, e => e.Message.Contains("已登记"));
    }
}

public sealed class EducationBaseTestsOnSqlite(SqliteAppFixture fixture) : EducationBaseTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class EducationBaseTestsOnPostgres(PostgresAppFixture fixture) : EducationBaseTests(fixture), IClassFixture<PostgresAppFixture>;
