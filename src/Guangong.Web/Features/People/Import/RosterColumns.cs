namespace Guangong.Web.Features.People.Import;

/// <summary>The roster spreadsheet's columns: Chinese header, the form field it fills, whether it must be there.</summary>
public static class RosterColumns
{
    public sealed record Column(string Header, string Field, bool Required, string Hint);

    public static readonly Column[] All =
    [
        new("姓名", nameof(VolunteerInput.Name), true, "必填，不超过20个字"),
        new("性别", nameof(VolunteerInput.Gender), true, "必填：男 或 女"),
        new("民族", nameof(VolunteerInput.Ethnicity), false, "如 汉族、蒙古族；不填为汉族"),
        new("出生年份", nameof(VolunteerInput.BirthYear), true, "必填，四位数字，如 1955"),
        new("联系电话", nameof(VolunteerInput.Phone), false, "11位手机号或带区号的固定电话"),
        new("五老类别", nameof(VolunteerInput.Category), false, "见“可选值”表；不属于五老类别可不填"),
        new("队伍层级", nameof(VolunteerInput.Layer), false, "见“可选值”表"),
        new("政治面貌", nameof(VolunteerInput.PoliticalStatus), false, "见“可选值”表"),
        new("原工作单位", nameof(VolunteerInput.FormerUnit), false, "不超过60个字"),
        new("原职务", nameof(VolunteerInput.FormerPost), false, "不超过40个字"),
        new("特长", nameof(VolunteerInput.Specialties), false, "多个特长用顿号分开，如 书法、法律咨询"),
        new("所在单位", nameof(VolunteerInput.UnitId), false, "填单位全称（见“可选值”表）；不填则为导入人当前单位"),
        new("状态", nameof(VolunteerInput.Status), false, "拟吸纳、在册、暂停、退出、已故；不填为在册"),
        new("状态日期", nameof(VolunteerInput.StatusDate), false, "如 2023-04-05；不填为今天"),
        new("备注", nameof(VolunteerInput.Notes), false, "不超过500个字"),
        new(IdHeader, IdField, false, "导出的名册自带编号：有编号的行更新该人；新增的人不填。没有编号时，姓名和电话都相同的行也更新该人"),
    ];

    /// <summary>The record's number, written by the export so that an edited export imports as updates.</summary>
    public const string IdHeader = "编号";

    public const string IdField = "Id";

    public static string HeaderOf(string field) => All.FirstOrDefault(c => c.Field == field)?.Header ?? field;
}
