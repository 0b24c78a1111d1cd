using Guangong.Web.Infrastructure.Data;

namespace Guangong.Web.Features.Dictionaries;

/// <summary>One value of an admin-editable code list (活动类别, 五老类别, 媒体级别 …).</summary>
public class DictionaryItem : IVersioned
{
    public const int ValueMaxLength = 40;

    public long Id { get; set; }

    /// <summary>Which list the value belongs to; see <see cref="DictionaryKinds"/>.</summary>
    public string Kind { get; set; } = string.Empty;

    public string Value { get; set; } = string.Empty;

    public int SortOrder { get; set; }

    public bool IsEnabled { get; set; } = true;

    public long Version { get; set; }
}
