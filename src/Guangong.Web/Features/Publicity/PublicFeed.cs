using System.Globalization;
using System.Text;
using System.Xml;
using Guangong.Web.Infrastructure.Files;

namespace Guangong.Web.Features.Publicity;

/// <summary>The 网上关工委's Atom feed, and its pictures, for anonymous readers.</summary>
public static class PublicFeed
{
    public static IEndpointRouteBuilder MapPublicSite(this IEndpointRouteBuilder app)
    {
        app.MapGet("/public/{unitId:long}/feed.atom", async (long unitId, HttpRequest request, PublicSite site, CancellationToken ct) =>
        {
            if (await site.UnitAsync(unitId, ct) is not { } unit)
            {
                return Results.NotFound();
            }

            var (rows, _) = await site.ArticlesAsync(unitId, 1, ct);
            var (highlights, _) = await site.HighlightsAsync(unitId, 1, ct: ct);
            var self = $"{request.Scheme}://{request.Host}/public/{unitId}";
            return Results.Text(Atom(unit, rows, highlights, self), "application/atom+xml; charset=utf-8", Encoding.UTF8);
        }).AllowAnonymous().ExcludeFromDescription();

        app.MapGet("/public/{unitId:long}/images/{id:long}", async (long unitId, long id, PublicSite site, ArticleImages images, CancellationToken ct) =>
            await site.ImageKeyAsync(unitId, id, ct) is { } key && images.Open(key) is { } stream ? Results.File(stream, "image/jpeg") : Results.NotFound())
            .AllowAnonymous().ExcludeFromDescription();
        // Only the thumbnail: it is re-encoded at 360 px, so no camera metadata (place, time, device) leaves the platform.
        app.MapGet("/public/{unitId:long}/photos/{id:long}", async (long unitId, long id, PublicSite site, EvidenceFiles files, CancellationToken ct) =>
            await site.HighlightPhotoKeyAsync(unitId, id, ct) is { } key && files.Open(key, thumbnail: true) is { } stream ? Results.File(stream, "image/jpeg") : Results.NotFound())
            .AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    internal static string Atom(PublicUnit unit, IReadOnlyList<PublicArticleRow> rows, IReadOnlyList<PublicHighlight> highlights, string site)
    {
        var text = new StringBuilder();
        using (var w = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false }))
        {
            const string ns = "http://www.w3.org/2005/Atom";
            w.WriteStartElement("feed", ns);
            w.WriteElementString("title", ns, $"{unit.Name} · 网上关工委");
            w.WriteElementString("id", ns, site);
            w.WriteStartElement("link", ns);
            w.WriteAttributeString("href", site);
            w.WriteEndElement();
            // Articles and highlights in one stream, newest first: a reader subscribes to the town, not to a kind of page.
            var entries = rows.Select(r => (r.Title, Url: $"{site}/articles/{r.Id}", r.Date, r.Summary))
                .Concat(highlights.Select(h => (Title: $"活动风采：{h.Title}", Url: $"{site}/highlights#a{h.Id}", h.Date, Summary: HighlightText(h))))
                .OrderByDescending(e => e.Date).ToList();
            w.WriteElementString("updated", ns, Stamp(entries.Count > 0 ? entries.Max(r => r.Date) : new DateOnly(2000, 1, 1)));
            w.WriteStartElement("author", ns);
            w.WriteElementString("name", ns, unit.Name);
            w.WriteEndElement();
            foreach (var r in entries)
            {
                w.WriteStartElement("entry", ns);
                w.WriteElementString("title", ns, r.Title);
                w.WriteElementString("id", ns, r.Url);
                w.WriteStartElement("link", ns);
                w.WriteAttributeString("href", r.Url);
                w.WriteEndElement();
                w.WriteElementString("updated", ns, Stamp(r.Date));
                w.WriteElementString("summary", ns, r.Summary);
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    internal static string HighlightText(PublicHighlight h) =>
        $"{h.UnitName}·{h.Category}{(h.Place is { Length: > 0 } p ? $"，地点：{p}" : null)}{(h.YouthReached > 0 ? $"，受教育青少年{h.YouthReached}人次" : null)}。";

    // Articles carry a date only; noon China time is that day wherever the reader is.
    private static string Stamp(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T12:00:00+08:00";
}
