using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Organization;
using Guangong.Web.Features.People;

namespace Guangong.Web.Tests.Infrastructure;

/// <summary>The one enum parser: a member's name or its Chinese display name, never a number.</summary>
public sealed class EnumTextTests
{
    [Theory]
    [InlineData("Town", UnitLevel.Town)]
    [InlineData(" Town ", UnitLevel.Town)]
    [InlineData("乡镇街道", UnitLevel.Town)]
    public void A_name_or_display_name_is_read(string text, UnitLevel expected) =>
        Assert.Equal(expected, EnumText.Parse<UnitLevel>(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("3")]
    [InlineData("-1")]
    [InlineData("Town,Village")]
    [InlineData("town")]
    [InlineData("镇政府")]
    public void Anything_else_is_not_a_value(string? text) =>
        Assert.Null(EnumText.Parse<UnitLevel>(text));

    [Fact]
    public void The_roster_status_reads_its_chinese_names() =>
        Assert.Equal(VolunteerStatus.Active, VolunteerRules.ParseStatus("在册"));
}
