using System.Globalization;
using System.Text.RegularExpressions;
using Guangong.Web.Components.Shared;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Text;
using Guangong.Web.Infrastructure.Time;

namespace Guangong.Web.Features.People;

/// <summary>
/// The one place that decides whether a volunteer's fields make sense. The form, the spreadsheet
/// import and the API all pass through it; field names in errors are <see cref="VolunteerInput"/>'s.
/// </summary>
public static partial class VolunteerRules
{
    public const int MinBirthYear = 1920;

    /// <summary>五老 are retirees; someone younger than this is surely a typing mistake.</summary>
    public const int MinAge = 45;

    public static (VolunteerValues? Values, IReadOnlyList<FieldError> Errors) Check(VolunteerInput input, RosterCodes codes, bool isNew)
    {
        var errors = new List<FieldError>();
        void Fail(string field, string message) => errors.Add(new FieldError(field, message));

        var name = NormalizeName(input.Name);
        if (name.Length == 0)
        {
            Fail(nameof(input.Name), "请填写姓名。");
        }
        else if (name.Length > Volunteer.NameMaxLength)
        {
            Fail(nameof(input.Name), $"姓名不能超过{Volunteer.NameMaxLength}个字。");
        }
        else if (name.Any(char.IsDigit))
        {
            Fail(nameof(input.Name), "姓名中不能有数字。");
        }

        var gender = ParseGender(input.Gender);
        if (gender is null)
        {
            Fail(nameof(input.Gender), "请选择性别（男或女）。");
        }

        var ethnicity = Trim(input.Ethnicity) ?? "汉族";
        if (ethnicity.Length > 10 || !ethnicity.EndsWith('族'))
        {
            Fail(nameof(input.Ethnicity), "民族请填写如“汉族”“蒙古族”。");
        }

        var maxYear = codes.Today.Year - MinAge;
        // A spreadsheet or the API is not normalised as a form is: full-width digits are read here too.
        var yearText = Trim(TypedDigits.Number(input.BirthYear))?.TrimEnd('年');
        int birthYear = 0;
        if (yearText is null)
        {
            Fail(nameof(input.BirthYear), "请填写出生年份。");
        }
        else if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out birthYear) || birthYear < MinBirthYear || birthYear > maxYear)
        {
            Fail(nameof(input.BirthYear), $"出生年份须为{MinBirthYear}年至{maxYear}年之间的四位数字。");
        }

        var phone = Trim(input.Phone) is { } typed ? TypedDigits.Phone(typed).Replace(" ", string.Empty, StringComparison.Ordinal) : null;
        if (phone is not null && !PhoneNumber.IsValid(phone))
        {
            Fail(nameof(input.Phone), "联系" + PhoneNumber.Message);
        }

        var category = Trim(input.Category);
        if (category is "无" or "其他")
        {
            category = null;
        }

        if (category is not null && !codes.Categories.Contains(category))
        {
            Fail(nameof(input.Category), $"五老类别只能是：{string.Join("、", codes.Categories)}，或不填。");
        }

        var layer = Trim(input.Layer);
        if (layer is not null && !codes.Layers.Contains(layer))
        {
            Fail(nameof(input.Layer), $"队伍层级只能是：{string.Join("、", codes.Layers)}，或不填。");
        }

        var political = Trim(input.PoliticalStatus);
        if (political is not null && !RosterCodes.PoliticalStatuses.Contains(political))
        {
            Fail(nameof(input.PoliticalStatus), $"政治面貌只能是：{string.Join("、", RosterCodes.PoliticalStatuses)}。");
        }

        var specialties = SpecialtyText.Normalize(input.Specialties);
        if (specialties is { Length: > 200 })
        {
            Fail(nameof(input.Specialties), "特长不能超过200个字。");
        }

        CheckLength(Trim(input.FormerUnit), 60, nameof(input.FormerUnit), "原工作单位", errors);
        CheckLength(Trim(input.FormerPost), 40, nameof(input.FormerPost), "原职务", errors);
        CheckLength(Trim(input.Notes), 500, nameof(input.Notes), "备注", errors);

        var unitId = codes.FindUnit(input.UnitId);
        if (unitId is null)
        {
            Fail(nameof(input.UnitId), string.IsNullOrWhiteSpace(input.UnitId) ? "请选择所在单位。"
                : codes.WithTownIfShared(input.UnitId) is { } example ? $"有不止一个单位名为“{input.UnitId.Trim()}”，请在前面写上所在乡镇，如“{example}”。"
                : "所在单位不存在或不在您的管理范围内。");
        }

        var status = VolunteerStatus.Active;
        var statusDate = codes.Today;
        if (isNew)
        {
            status = ParseStatus(input.Status) ?? 0;
            if (status == 0)
            {
                Fail(nameof(input.Status), "状态只能是：拟吸纳、在册、暂停、退出、已故。");
            }

            if (!string.IsNullOrWhiteSpace(input.StatusDate))
            {
                var d = DateField.Read(input.StatusDate, DateKind.Event, codes.Today, nameof(input.StatusDate), errors);
                if (d > codes.Today)
                {
                    Fail(nameof(input.StatusDate), "日期不能晚于今天。");
                }
                else if (d is { } valid)
                {
                    statusDate = valid;
                }
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new VolunteerValues(name, gender!.Value, ethnicity, birthYear, phone, category, Trim(input.FormerUnit), Trim(input.FormerPost), political, specialties, layer, status, statusDate, unitId!.Value, Trim(input.Notes)), []);
    }

    public static VolunteerStatus? ParseStatus(string? text)
    {
        return EnumText.Parse<VolunteerStatus>(text);
    }

    private static Gender? ParseGender(string? text) => Trim(text) switch
    {
        "男" or nameof(People.Gender.Male) => People.Gender.Male,
        "女" or nameof(People.Gender.Female) => People.Gender.Female,
        _ => null,
    };

    /// <summary>Names padded for alignment in Word (李  林) are the same person as 李林.</summary>
    public static string NormalizeName(string? name)
    {
        var t = Trim(name) ?? string.Empty;
        return CjkGap().Replace(t, string.Empty);
    }

    private static void CheckLength(string? value, int max, string field, string label, List<FieldError> errors)
    {
        if (value is { } v && v.Length > max)
        {
            errors.Add(new FieldError(field, $"{label}不能超过{max}个字。"));
        }
    }

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})[\s\u3000]+(?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex CjkGap();
}
