using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Publicity;

/// <summary>A correspondent's article (宣传稿件), from draft to adopted by one or more outlets.</summary>
public class Article : IUnitOwned, IVersioned
{
    public long Id { get; set; }

    /// <summary>The unit it reports for (its scores count there).</summary>
    public long UnitId { get; set; }

    public Unit? Unit { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public ArticleKind Kind { get; set; }

    /// <summary>Plain paragraphs separated by blank lines; a line "[图N]" places the Nth image there.</summary>
    public string Body { get; set; } = string.Empty;

    /// <summary>The date it was written (成稿日期); no adoption can be earlier.</summary>
    public DateOnly WrittenOn { get; set; }

    /// <summary>The activity it reports, if any.</summary>
    public long? ActivityId { get; set; }

    public ArticleStatus Status { get; set; } = ArticleStatus.Draft;

    /// <summary>The officer chose it for the public 网上关工委 pages.</summary>
    public bool IsPublic { get; set; }

    public long CreatedByUserId { get; set; }

    public DateTime CreatedUtc { get; set; }

    public long Version { get; set; }

    public List<ArticleAuthor> Authors { get; set; } = [];

    public List<ArticleImage> Images { get; set; } = [];

    public List<ArticleStep> Steps { get; set; } = [];

    public List<Adoption> Adoptions { get; set; } = [];
}

/// <summary>One author of an article: position 0 is the first author.</summary>
public class ArticleAuthor : IUnitOwned
{
    public long Id { get; set; }

    public long ArticleId { get; set; }

    public long CorrespondentId { get; set; }

    public Committees.Correspondent? Correspondent { get; set; }

    public int Position { get; set; }

    /// <summary>The article's unit (scope), not the author's: the author's unit is the correspondent's.</summary>
    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;
}

/// <summary>A step of the workflow: who did what, when, and the reviewer's comment. Never changed.</summary>
public class ArticleStep : IUnitOwned, IAppendOnly
{
    public long Id { get; set; }

    public long ArticleId { get; set; }

    public ArticleAction Action { get; set; }

    public string? Comment { get; set; }

    public long UserId { get; set; }

    public string UserName { get; set; } = string.Empty;

    public DateTime AtUtc { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;
}

/// <summary>A picture of an article, stored already scaled down (and without its camera metadata).</summary>
public class ArticleImage : IUnitOwned
{
    public long Id { get; set; }

    public long ArticleId { get; set; }

    public string FileName { get; set; } = string.Empty;

    public string StorageKey { get; set; } = string.Empty;

    public int Width { get; set; }

    public int Height { get; set; }

    public long SizeBytes { get; set; }

    public DateTime CreatedUtc { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;
}
