using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Exports;

namespace Guangong.Web.Tests.Infrastructure;

/// <summary>An export's columns are as wide as their header and entries (a Chinese character counts two), not Excel's 8.4.</summary>
public sealed class ColumnWidthsTests
{
    [Fact]
    public void A_column_is_as_wide_as_its_longest_entry_with_chinese_counted_double()
    {
        var layout = ColumnWidths.Of([new { 日期 = new DateOnly(2026, 12, 7), 活动名称 = "暑期防溺水安全教育宣讲会", 人数 = 30 }])!;
        var widths = layout.DynamicColumns.ToDictionary(c => c.Key, c => c.Width);
        Assert.Equal(12 * 2 + 2, widths["活动名称"]);
        Assert.Equal("2026-12-31".Length + 2, widths["日期"]); // a date cell shows as 2026-12-07 or wider, not ########
        Assert.Equal(6, widths["人数"]); // the header's two characters, at least six
    }

    [Fact]
    public void A_row_type_that_sizes_its_own_columns_keeps_them()
    {
        Assert.Null(ColumnWidths.Of([new UnitExportRow()]));
    }
}
