namespace Guangong.Web.Features.Publicity;

/// <summary>
/// The parts of the article form that are not fields of <see cref="ArticleInput"/>: the ticked
/// co-authors, the pictures posted with the form and the tokens of those uploaded as they were picked. The create
/// and edit pages bind each by its field name.
/// </summary>
public sealed record ArticleFormPost(List<string>? CoAuthors, IReadOnlyList<IFormFile>? Images, List<string>? Uploaded)
{
    public async Task<IReadOnlyList<(string FileName, byte[] Bytes)>> ApplyAsync(ArticleInput input, CancellationToken ct = default)
    {
        input.CoAuthorIds = string.Join(',', (CoAuthors ?? []).Where(v => !string.IsNullOrWhiteSpace(v)));
        input.Uploaded = Uploaded;
        var uploads = new List<(string, byte[])>();
        foreach (var file in (Images ?? []).Where(f => f.Length > 0))
        {
            uploads.Add(await ArticleImages.ReadAsync(file, ct));
        }

        return uploads;
    }
}
