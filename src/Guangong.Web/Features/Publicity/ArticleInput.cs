using System.Globalization;

namespace Guangong.Web.Features.Publicity;

/// <summary>The article form and the API body alike: every non-text field as text, checked with Chinese messages.</summary>
public sealed class ArticleInput
{
    public string? Title { get; set; }

    public string? Kind { get; set; }

    public string? Body { get; set; }

    public string? WrittenOn { get; set; }

    public string? UnitId { get; set; }

    public string? FirstAuthorId { get; set; }

    /// <summary>Co-authors' correspondent ids, separated by commas (the form's ticked boxes are joined into it).</summary>
    public string? CoAuthorIds { get; set; }

    public string? ActivityId { get; set; }

    public long Version { get; set; }

    /// <summary>Tokens of pictures uploaded as they were picked (<see cref="ArticleImages.Kind"/>); the page posts them as "uploaded".</summary>
    public List<string>? Uploaded { get; set; }

    public static ArticleInput From(Article a) => new()
    {
        Title = a.Title,
        Kind = a.Kind.ToString(),
        Body = a.Body,
        WrittenOn = Infrastructure.Time.DateText.Iso(a.WrittenOn),
        UnitId = a.UnitId.ToString(CultureInfo.InvariantCulture),
        FirstAuthorId = a.Authors.Where(x => x.Position == 0).Select(x => x.CorrespondentId.ToString(CultureInfo.InvariantCulture)).FirstOrDefault(),
        CoAuthorIds = string.Join(',', a.Authors.Where(x => x.Position > 0).OrderBy(x => x.Position).Select(x => x.CorrespondentId)),
        ActivityId = a.ActivityId?.ToString(CultureInfo.InvariantCulture),
        Version = a.Version,
    };

    public IReadOnlyList<long> CoAuthors() =>
        [.. (CoAuthorIds ?? string.Empty).Split([',', '，', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Select(s => long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Distinct()];

    /// <summary>Every correspondent the form names: the first author, the co-authors, and those a refused post checked.</summary>
    public IEnumerable<long> Authors(IEnumerable<string>? postedCoAuthors) =>
        CoAuthors().Concat(Components.Shared.QueryValue.Ids(postedCoAuthors)).Append(Components.Shared.QueryValue.Long(FirstAuthorId) ?? 0);
}

/// <summary>The reviewer's decision: pass it, or return it with what to change.</summary>
public sealed class ReviewInput
{
    /// <summary>"approve" or "return".</summary>
    public string? Decision { get; set; }

    public string? Comment { get; set; }

    public long Version { get; set; }
}

/// <summary>An adoption as typed: the outlet, the date, where it appeared.</summary>
public sealed class AdoptionInput
{
    public string? OutletId { get; set; }

    /// <summary>The clipping, when it was uploaded as it was picked (<see cref="ArticleImages.ClippingKind"/>): its token.</summary>
    public List<string>? Uploaded { get; set; }

    public string? Date { get; set; }

    public string? Link { get; set; }

    public string? PageIssue { get; set; }

    /// <summary>
    /// Never accepted: points come from the rule table. The field exists so that a client that
    /// sends one is told so instead of having it silently ignored.
    /// </summary>
    public string? Score { get; set; }
}
