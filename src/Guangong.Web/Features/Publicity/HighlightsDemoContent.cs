using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Demo;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace Guangong.Web.Features.Publicity;

/// <summary>
/// 乌审召's officer chose two activities for the public 网上关工委, each with a photo (drawn here: a
/// landscape without people, as the demo has no real photos and must show no real faces).
/// </summary>
public sealed class HighlightsDemoContent(GuangongDbContext db, EvidenceFiles files, TimeProvider clock) : IDemoContent
{
    public int Order => 61;

    public async Task AddAsync(DemoUnitIds units, CancellationToken ct)
    {
        var town = await db.Units.AsNoTracking().SingleAsync(u => u.Id == units["乌审召镇关工委"], ct);
        string[] titles = ["普法进校园：未成年人保护法宣讲", "暑期防溺水宣讲会"];
        var chosen = await db.Activities.Where(a => a.UnitPath.StartsWith(town.Path) && titles.Contains(a.Title)).ToListAsync(ct);
        var hue = 0;
        foreach (var activity in chosen)
        {
            var (photo, _) = await files.SaveAsync(Landscape(hue += 40), "image/jpeg", "现场.jpg", ct);
            activity.IsPublic = true;
            db.ActivityFiles.Add(new ActivityFile
            {
                ActivityId = activity.Id, UnitId = activity.UnitId, UnitPath = activity.UnitPath, FileName = "现场.jpg", ContentType = "image/jpeg",
                StorageKey = photo!.Key, HasThumbnail = photo.HasThumbnail, SizeBytes = 0, CreatedUtc = clock.GetUtcNow().UtcDateTime, IsPublic = true,
            });
        }

        await db.SaveChangesAsync(ct);
    }

    private static byte[] Landscape(int hue)
    {
        using var bitmap = new SKBitmap(800, 600);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColor.FromHsl(200 + (hue % 30), 60, 75));
            using var grass = new SKPaint { Color = SKColor.FromHsl(90 + hue % 40, 45, 45), IsAntialias = true };
            canvas.DrawOval(new SKRect(-200, 380, 1000, 900), grass);
            using var sun = new SKPaint { Color = SKColors.Gold, IsAntialias = true };
            canvas.DrawCircle(620, 140, 60, sun);
            using var yurt = new SKPaint { Color = SKColors.WhiteSmoke, IsAntialias = true };
            canvas.DrawRect(new SKRect(260, 360, 420, 440), yurt);
            canvas.DrawOval(new SKRect(250, 310, 430, 380), yurt);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 80);
        return data.ToArray();
    }
}
