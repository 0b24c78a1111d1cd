using System.Globalization;
using Guangong.Web.Components.Shared;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Text;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Publicity;

/// <summary>The one validator of an article's fields, for the form and the API.</summary>
public sealed class ArticleRules(GuangongDbContext db, TimeProvider clock)
{
    /// <summary>Checks the input and, when it is all valid, writes it onto the article (authors included). Returns the errors.</summary>
    public async Task<(List<FieldError> Errors, bool BodyCleaned)> ApplyAsync(Article article, ArticleInput input, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var title = input.Title?.Trim() ?? string.Empty;
        if (title.Length is 0 or > 100)
        {
            errors.Add(new(nameof(input.Title), title.Length == 0 ? "请填写标题。" : "标题不能超过100个字。"));
        }

        var kind = EnumText.Parse<ArticleKind>(input.Kind);
        if (kind is null)
        {
            errors.Add(new(nameof(input.Kind), "请选择稿件类型。"));
        }

        var (body, cleaned) = PastedText.Clean(input.Body);
        if (body.Length == 0)
        {
            errors.Add(new(nameof(input.Body), cleaned ? "粘贴的内容里没有文字（脚本、图片等已去除），请填写正文。" : "请填写正文。"));
        }
        else if (body.Length > ArticleBody.MaxLength)
        {
            errors.Add(new(nameof(input.Body), $"正文不能超过{ArticleBody.MaxLength}字，现有{body.Length}字。"));
        }

        var written = DateField.Read(input.WrittenOn, DateKind.Event, ChinaTime.Today(clock), nameof(input.WrittenOn), errors, "请填写成稿日期。");
        if (written is { } w && w > ChinaTime.Today(clock))
        {
            errors.Add(new(nameof(input.WrittenOn), "成稿日期不能晚于今天。"));
        }

        var unit = Id(input.UnitId) is { } unitId
            ? await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId && u.IsActive, ct)
            : null;
        if (unit is null)
        {
            errors.Add(new(nameof(input.UnitId), "请选择报送单位（须在您的管理范围内）。"));
        }
        else if (article.Id != 0 && unit.Id != article.UnitId)
        {
            // Its history and adoptions are kept at its unit; moving them would rewrite the record of who did what there.
            errors.Add(new(nameof(input.UnitId), "稿件创建后不能改报送单位。"));
        }

        var first = Id(input.FirstAuthorId);
        var co = input.CoAuthors().Where(c => c != first).ToList();
        var wanted = co.Prepend(first ?? 0).Where(i => i > 0).ToList();
        var known = await db.Correspondents.AsNoTracking().Where(c => wanted.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);
        if (first is null || !known.Contains(first.Value))
        {
            errors.Add(new(nameof(input.FirstAuthorId), "请选择第一作者（本范围内登记的通讯员）。"));
        }

        if (co.Count > 9 || co.Any(c => !known.Contains(c)))
        {
            errors.Add(new(nameof(input.CoAuthorIds), co.Count > 9 ? "合作作者最多9位。" : "合作作者须是本范围内登记的通讯员。"));
        }

        long? activityId = null;
        if (!string.IsNullOrWhiteSpace(input.ActivityId))
        {
            activityId = Id(input.ActivityId);
            if (activityId is null || !await db.Activities.AnyAsync(a => a.Id == activityId, ct))
            {
                errors.Add(new(nameof(input.ActivityId), "所报道的活动不存在或不在您的管理范围内。"));
            }
        }

        if (errors.Count > 0)
        {
            return (errors, cleaned);
        }

        article.Title = title;
        article.Kind = kind!.Value;
        article.Body = body;
        article.WrittenOn = written!.Value;
        article.UnitId = unit!.Id;
        article.UnitPath = unit.Path;
        article.ActivityId = activityId;
        var authors = co.Prepend(first!.Value).ToList();
        db.ArticleAuthors.RemoveRange(article.Authors.Where(a => !authors.Contains(a.CorrespondentId)));
        article.Authors.RemoveAll(a => !authors.Contains(a.CorrespondentId));
        for (var i = 0; i < authors.Count; i++)
        {
            var row = article.Authors.SingleOrDefault(a => a.CorrespondentId == authors[i]);
            if (row is null)
            {
                row = new ArticleAuthor { CorrespondentId = authors[i] };
                article.Authors.Add(row);
            }

            row.Position = i;
            row.UnitId = unit.Id;
            row.UnitPath = unit.Path;
        }

        foreach (var image in article.Images)
        {
            image.UnitId = unit.Id;
            image.UnitPath = unit.Path;
        }

        return (errors, cleaned);
    }

    private static long? Id(string? text) =>
        long.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
}
