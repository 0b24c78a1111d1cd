using System.Net;
using Guangong.Web.Infrastructure.Text;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.People;

/// <summary>
/// A form typed with a Chinese input method in full-width mode ("１９５５", "１３８ ０００１ ２３４５") is read as typed
/// in half width, whatever the field: the form middleware makes the digits ASCII before any page binds them.
/// </summary>
public abstract class TypedDigitsTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task A_volunteer_typed_in_full_width_digits_is_saved_with_a_plain_phone_and_birth_year()
    {
        var school = await App.UnitAsync("乌审召小学");
        var officer = await App.SignedInAsync("wushenzhao");
        var name = "其木格" + ChineseName.From(Guid.NewGuid().ToString("N")[..3]);
        var response = await officer.PostFormAsync("/volunteers/new", "volunteer-create", new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.Gender"] = "Female", ["Input.Ethnicity"] = "蒙古族", ["Input.BirthYear"] = "１９５６",
            ["Input.Phone"] = "１３８ ０００１ ２３４５", ["Input.Category"] = "老教师", ["Input.Layer"] = "骨干层",
            ["Input.UnitId"] = school.Id.ToString(), ["Input.Status"] = "Active", ["Input.Specialties"] = "讲第１课（剪纸），共２．５小时",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await App.WithDbAsync(db => db.Volunteers.AsNoTracking().SingleAsync(v => v.Name == name));
        Assert.Equal(("13800012345", 1956), (saved.Phone, saved.BirthYear));
        Assert.Equal("讲第1课（剪纸）、共2.5小时", saved.Specialties); // Chinese brackets stay (the list writes its own 、)
    }

    [Fact]
    public async Task An_address_typed_with_full_width_digits_is_read_as_its_page_reads_half_width()
    {
        // A year typed into a filter without script, or by hand into the address bar, arrives full-width in the query.
        var officer = await App.SignedInAsync("zhenglu");
        var page = await officer.GetStringAsync("/documents?year=%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%95&x=%E4%B8%80");
        Assert.Contains("name=\"year\" value=\"2025\"", page);
    }

    [Theory]
    [InlineData("２０２６年１２月１日", "2026年12月1日")]
    [InlineData("１２．５", "12.5")]
    [InlineData("一．总则", "一．总则")]
    [InlineData("第１名。", "第1名。")]
    [InlineData("２０２６－１２－２０", "2026-12-20")]
    [InlineData("２０２６／１２／２０ ８：３０", "2026/12/20 8:30")]
    [InlineData("（一）－（三）：见附件", "（一）－（三）：见附件")]
    public void Full_width_digits_are_made_ascii_and_nothing_else(string typed, string read) => Assert.Equal(read, TypedDigits.Half(typed));

    [Theory]
    [InlineData("１２．５", "12.5")]
    [InlineData("．５", ".5")]
    [InlineData("30", "30")]
    public void A_number_fields_text_reads_as_ascii(string typed, string read) => Assert.Equal(read, TypedDigits.Number(typed));

    [Theory]
    [InlineData("１３８ １２３４ ５６７８", "13812345678")]
    [InlineData("0477 - 1234567", "0477-1234567")]
    [InlineData("１３８－１２３４－５６７８", "13812345678")]
    [InlineData("138-1234-5678", "13812345678")]
    [InlineData("０５１９－８８６０１２３４", "0519-88601234")]
    [InlineData("无", "无")]
    public void A_phone_loses_its_spaces(string typed, string read) => Assert.Equal(read, TypedDigits.Phone(typed));
}

public sealed class TypedDigitsTestsOnSqlite(SqliteAppFixture fixture) : TypedDigitsTests(fixture), IClassFixture<SqliteAppFixture>;
