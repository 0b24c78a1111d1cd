namespace Guangong.Web.Features.Publicity;

/// <summary>The parts of the article form Blazor's binding does not carry: ticked co-authors and the pictures.</summary>
public static class ArticleFormPost
{
    public static async Task<IReadOnlyList<(string FileName, byte[] Bytes)>> ReadAsync(HttpContext http, ArticleInput input, CancellationToken ct = default)
    {
        var form = await http.Request.ReadFormAsync(ct);
        input.CoAuthorIds = string.Join(',', form["coauthor"].Where(v => !string.IsNullOrWhiteSpace(v)));
        var uploads = new List<(string, byte[])>();
        foreach (var file in form.Files.Where(f => f.Length > 0 && f.Name == "images"))
        {
            uploads.Add(await ArticleImages.ReadAsync(file, ct));
        }

        return uploads;
    }
}
