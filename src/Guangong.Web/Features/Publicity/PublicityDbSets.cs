using Guangong.Web.Features.Publicity;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Infrastructure.Data;

// The Publicity slice's tables, declared next to the slice.
public abstract partial class GuangongDbContext
{
    public DbSet<Article> Articles => Set<Article>();

    public DbSet<ArticleAuthor> ArticleAuthors => Set<ArticleAuthor>();

    public DbSet<ArticleStep> ArticleSteps => Set<ArticleStep>();

    public DbSet<ArticleImage> ArticleImages => Set<ArticleImage>();

    public DbSet<ArticleBonus> ArticleBonuses => Set<ArticleBonus>();

    public DbSet<Outlet> Outlets => Set<Outlet>();

    public DbSet<Adoption> Adoptions => Set<Adoption>();

    public DbSet<PublicityMonthClosure> PublicityMonthClosures => Set<PublicityMonthClosure>();

    public DbSet<ScoringRule> ScoringRules => Set<ScoringRule>();

    public DbSet<PublicityAward> PublicityAwards => Set<PublicityAward>();

    public DbSet<BulletinDraft> BulletinDrafts => Set<BulletinDraft>();

    public DbSet<BulletinStep> BulletinSteps => Set<BulletinStep>();
}
