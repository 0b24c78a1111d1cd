using Guangong.Web.Features.People;

namespace Guangong.Web.Tests.People;

/// <summary>The one validator the form, the import and the API share.</summary>
public sealed class VolunteerRulesTests
{
    private static readonly RosterCodes Codes = new(
        ["老干部", "老战士", "老专家", "老教师", "老模范"],
        ["核心层", "骨干层", "参与层"],
        new Dictionary<long, RosterUnit> { [7] = new(7, "乌审召小学", "/1/7/", 1, "乌审召小学"), [8] = new(8, "查汗淖学校", "/1/8/", 1, "查汗淖学校") },
        new DateOnly(2023, 6, 1));

    private static VolunteerInput Valid() => new()
    {
        Name = "其其格",
        Gender = "女",
        Ethnicity = "蒙古族",
        BirthYear = "1958",
        Phone = "13904771202",
        Category = "老教师",
        Layer = "核心层",
        Specialties = "家庭教育，蒙古族民歌 家庭教育",
        UnitId = "7",
    };

    [Fact]
    public void A_valid_volunteer_is_normalized()
    {
        var (values, errors) = VolunteerRules.Check(Valid(), Codes, isNew: true);
        Assert.Empty(errors);
        Assert.Equal(Gender.Female, values!.Gender);
        Assert.Equal(1958, values.BirthYear);
        Assert.Equal("家庭教育、蒙古族民歌", values.Specialties);
        Assert.Equal(VolunteerStatus.Active, values.Status);
        Assert.Equal(Codes.Today, values.StatusDate);
    }

    [Fact]
    public void Full_width_digits_from_a_spreadsheet_or_the_api_are_read_as_a_form_reads_them()
    {
        var input = Valid();
        (input.BirthYear, input.Phone) = ("１９５４", "１３８６１２０１３０９");
        var (values, errors) = VolunteerRules.Check(input, Codes, isNew: true);
        Assert.Empty(errors);
        Assert.Equal(1954, values!.BirthYear);
        Assert.Equal("13861201309", values.Phone);
    }

    [Theory]
    [InlineData("李  林", "李林")]
    [InlineData(" 宝音图 ", "宝音图")]
    [InlineData("李\u3000林", "李林")]
    public void Names_padded_for_alignment_are_the_same_name(string typed, string stored)
    {
        var input = Valid();
        input.Name = typed;
        Assert.Equal(stored, VolunteerRules.Check(input, Codes, true).Values!.Name);
    }

    [Theory]
    [InlineData(nameof(VolunteerInput.Phone), "1380013800", "11位手机号")]
    [InlineData(nameof(VolunteerInput.Phone), "abc", "11位手机号")]
    [InlineData(nameof(VolunteerInput.BirthYear), "1850", "出生年份须为1920年至1978年")]
    [InlineData(nameof(VolunteerInput.BirthYear), "2010", "出生年份须为1920年至1978年")]
    [InlineData(nameof(VolunteerInput.BirthYear), "五五年", "出生年份须为")]
    [InlineData(nameof(VolunteerInput.Category), "老书记", "五老类别只能是")]
    [InlineData(nameof(VolunteerInput.Layer), "外围层", "队伍层级只能是")]
    [InlineData(nameof(VolunteerInput.Gender), "M", "性别")]
    [InlineData(nameof(VolunteerInput.UnitId), "999", "不在您的管理范围内")]
    [InlineData(nameof(VolunteerInput.Name), "", "请填写姓名")]
    [InlineData(nameof(VolunteerInput.Name), "张三3", "不能有数字")]
    [InlineData(nameof(VolunteerInput.Ethnicity), "Han", "民族")]
    [InlineData(nameof(VolunteerInput.StatusDate), "2023-13-01", "日期格式")]
    [InlineData(nameof(VolunteerInput.StatusDate), "2024-01-01", "不能晚于今天")]
    [InlineData(nameof(VolunteerInput.Status), "离职", "状态只能是")]
    public void A_value_that_makes_no_sense_is_refused_beside_its_field(string field, string value, string message)
    {
        var input = Valid();
        typeof(VolunteerInput).GetProperty(field)!.SetValue(input, value);
        var (values, errors) = VolunteerRules.Check(input, Codes, isNew: true);
        Assert.Null(values);
        var error = Assert.Single(errors);
        Assert.Equal(field, error.Field);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Units_are_found_by_name_as_spreadsheets_carry_them()
    {
        var input = Valid();
        input.UnitId = "查汗淖学校";
        Assert.Equal(8, VolunteerRules.Check(input, Codes, true).Values!.UnitId);
    }

    [Fact]
    public void A_name_two_towns_share_is_found_with_its_town_and_refused_alone()
    {
        var codes = Codes with
        {
            Units = new Dictionary<long, RosterUnit>
            {
                [5] = new(5, "平湾村关工委", "/1/2/5/", 3, "山丰镇 平湾村关工委"),
                [9] = new(9, "平湾村关工委", "/1/3/9/", 3, "郑陆镇 平湾村关工委"),
            },
        };
        var input = Valid();
        input.UnitId = "郑陆镇 平湾村关工委";
        Assert.Equal(9, VolunteerRules.Check(input, codes, true).Values!.UnitId);
        input.UnitId = "山丰镇平湾村关工委";
        Assert.Equal(5, VolunteerRules.Check(input, codes, true).Values!.UnitId);

        input.UnitId = "平湾村关工委";
        var errors = VolunteerRules.Check(input, codes, true).Errors;
        Assert.Equal("有不止一个单位名为“平湾村关工委”，请在前面写上所在乡镇，如“山丰镇 平湾村关工委”。", Assert.Single(errors, e => e.Field == nameof(VolunteerInput.UnitId)).Message);
    }

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("0477-1234567", "047****4567")]
    [InlineData(null, "")]
    public void Phones_are_masked_in_lists(string? phone, string masked) => Assert.Equal(masked, Guangong.Web.Infrastructure.Text.PhoneMask.Mask(phone));
}
