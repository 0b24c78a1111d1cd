using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Activities;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Uploads;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Publicity;

/// <summary>
/// An article's workflow: write (草稿), submit (已提交), review — pass (已审核) or return with a
/// comment (已退回, edited and submitted again). Every step is recorded with who and when. The
/// town edits a submitted article while reviewing it; nobody edits one that has passed.
/// </summary>
public sealed class ArticleCommands(GuangongDbContext db, ArticleRules rules, ArticleImages images, PendingUploads pending, CurrentUser me, TimeProvider clock)
{
    public const string OwnArticleMessage = "您是这篇稿件的作者，不能审核自己的稿件，请由镇关工委其他干事审核。";

    public async Task<CommandResult<Article>> CreateAsync(ArticleInput input, IReadOnlyList<(string FileName, byte[] Bytes)> uploads, CancellationToken ct = default)
    {
        var article = new Article { CreatedByUserId = me.UserId, CreatedUtc = Now };
        var (errors, _) = await rules.ApplyAsync(article, input, ct);
        return await SaveAsync(article, errors, uploads, input.Uploaded, ArticleAction.Created, ct);
    }

    public async Task<CommandResult<Article>> UpdateAsync(long id, ArticleInput input, IReadOnlyList<(string FileName, byte[] Bytes)> uploads, CancellationToken ct = default)
    {
        var article = await LoadAsync(id, ct);
        if (article is null)
        {
            return CommandResult<Article>.NotFound();
        }

        if (article.Version != input.Version)
        {
            return CommandResult<Article>.Conflict(article);
        }

        if (EditRefusal(article) is { } refusal)
        {
            return CommandResult<Article>.Invalid(string.Empty, refusal);
        }

        var (errors, _) = await rules.ApplyAsync(article, input, ct);
        db.Entry(article).Property(a => a.Version).IsModified = true;
        return await SaveAsync(article, errors, uploads, input.Uploaded, ArticleAction.Edited, ct);
    }

    /// <summary>Why the current user may not edit the article now, or null.</summary>
    public string? EditRefusal(Article article) => article.Status switch
    {
        ArticleStatus.Draft or ArticleStatus.Returned when me.Can(Policies.CanWriteArticles) => null,
        ArticleStatus.Submitted when me.Can(Policies.CanReviewArticles) && !IsAuthor(article) => null,
        ArticleStatus.Submitted => "稿件已提交，等待审核，审核人可修改或退回。",
        _ => "稿件已审核，不能再修改。",
    };

    public async Task<CommandResult<Article>> SubmitAsync(long id, long version, CancellationToken ct = default)
    {
        var article = await LoadAsync(id, ct);
        if (article is null)
        {
            return CommandResult<Article>.NotFound();
        }

        if (article.Version != version)
        {
            return CommandResult<Article>.Conflict(article);
        }

        if (article.Status is not (ArticleStatus.Draft or ArticleStatus.Returned))
        {
            return CommandResult<Article>.Invalid(string.Empty, "只有草稿或被退回的稿件可以提交。");
        }

        article.Status = ArticleStatus.Submitted;
        Step(article, ArticleAction.Submitted, null);
        return await db.SaveOrConflictAsync(article, article.Id, ct);
    }

    public async Task<CommandResult<Article>> ReviewAsync(long id, ReviewInput input, CancellationToken ct = default)
    {
        var article = await LoadAsync(id, ct);
        if (article is null)
        {
            return CommandResult<Article>.NotFound();
        }

        if (article.Version != input.Version)
        {
            return CommandResult<Article>.Conflict(article);
        }

        if (IsAuthor(article))
        {
            return CommandResult<Article>.Invalid(string.Empty, OwnArticleMessage);
        }

        if (article.Status != ArticleStatus.Submitted)
        {
            return CommandResult<Article>.Invalid(string.Empty, "只有已提交的稿件可以审核。");
        }

        var comment = input.Comment?.Trim();
        if (comment is { Length: > 500 })
        {
            return CommandResult<Article>.Invalid(nameof(input.Comment), "意见不能超过500字。");
        }

        switch (input.Decision)
        {
            case "approve":
                article.Status = ArticleStatus.Reviewed;
                Step(article, ArticleAction.Approved, string.IsNullOrEmpty(comment) ? null : comment);
                break;
            case "return" when string.IsNullOrEmpty(comment):
                return CommandResult<Article>.Invalid(nameof(input.Comment), "退回时请写明修改意见。");
            case "return":
                article.Status = ArticleStatus.Returned;
                Step(article, ArticleAction.Returned, comment);
                break;
            default:
                return CommandResult<Article>.Invalid(nameof(input.Decision), "请选择审核通过或退回。");
        }

        return await db.SaveOrConflictAsync(article, article.Id, ct);
    }

    /// <summary>Publishes a passed article on the public 网上关工委 pages, or takes it down.</summary>
    public async Task<CommandResult<Article>> SetPublicAsync(long id, bool isPublic, long version, CancellationToken ct = default)
    {
        var article = await LoadAsync(id, ct);
        if (article is null)
        {
            return CommandResult<Article>.NotFound();
        }

        if (article.Version != version)
        {
            return CommandResult<Article>.Conflict(article);
        }

        if (!me.Can(Policies.CanReviewArticles) || article.Status is not (ArticleStatus.Reviewed or ArticleStatus.Adopted))
        {
            return CommandResult<Article>.Invalid(string.Empty, "只有审核通过的稿件可以由镇关工委干事发布到网上关工委。");
        }

        article.IsPublic = isPublic;
        return await db.SaveOrConflictAsync(article, article.Id, ct);
    }

    /// <summary>Whether the signed-in user is one of the article's authors (a correspondent linked to their account).</summary>
    public bool IsAuthor(Article article) => article.Authors.Any(a => a.Correspondent?.UserId == me.UserId);

    internal void Step(Article article, ArticleAction action, string? comment) => article.Steps.Add(new ArticleStep
    {
        Action = action,
        Comment = comment,
        UserId = me.UserId,
        UserName = me.DisplayName.Length == 0 ? me.UserName : me.DisplayName,
        AtUtc = Now,
        UnitId = article.UnitId,
        UnitPath = article.UnitPath,
    });

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private Task<Article?> LoadAsync(long id, CancellationToken ct) =>
        db.Articles.Include(a => a.Authors).ThenInclude(x => x.Correspondent).Include(a => a.Images).SingleOrDefaultAsync(a => a.Id == id, ct);

    /// <summary>The article with its pictures: posted, and uploaded as they were picked (claimed here, ended in the same save).</summary>
    private async Task<CommandResult<Article>> SaveAsync(Article article, List<FieldError> errors, IReadOnlyList<(string FileName, byte[] Bytes)> posted, IReadOnlyList<string>? uploaded, ArticleAction action, CancellationToken ct)
    {
        var claimed = errors.Count == 0 ? await pending.ClaimAsync(uploaded, ArticleImages.Kind, "Images", errors, ct) : [];
        var uploads = posted.ToList();
        foreach (var p in claimed)
        {
            uploads.Add((p.FileName, await pending.ReadBytesAsync(p, ct)));
        }

        if (errors.Count == 0 && article.Images.Count + uploads.Count > ArticleImages.MaxPerArticle)
        {
            errors.Add(new FieldError("Images", $"每篇稿件最多{ArticleImages.MaxPerArticle}张图片。"));
        }

        var stored = new List<ArticleImages.Stored>();
        if (errors.Count == 0)
        {
            foreach (var (fileName, bytes) in uploads)
            {
                var (image, error) = await images.StoreAsync(fileName, bytes, ct);
                if (image is null)
                {
                    errors.Add(new FieldError("Images", error!));
                }
                else
                {
                    stored.Add(image);
                }
            }
        }

        if (errors.Count > 0)
        {
            stored.ForEach(s => images.Delete(s.Key));
            db.ChangeTracker.Clear();
            return CommandResult<Article>.Invalid(errors);
        }

        article.Images.AddRange(stored.Select(s => new ArticleImage { FileName = s.FileName, StorageKey = s.Key, Width = s.Width, Height = s.Height, SizeBytes = s.SizeBytes, CreatedUtc = Now, UnitId = article.UnitId, UnitPath = article.UnitPath }));
        Step(article, action, null);
        if (article.Id == 0)
        {
            db.Articles.Add(article);
        }

        pending.Release(claimed);
        try
        {
            var result = await db.SaveOrConflictAsync(article, article.Id, ct);
            if (!result.Succeeded)
            {
                stored.ForEach(s => images.Delete(s.Key));
            }
            else
            {
                pending.DeleteBytes(claimed);
            }

            return result;
        }
        catch
        {
            stored.ForEach(s => images.Delete(s.Key));
            throw;
        }
    }
}
