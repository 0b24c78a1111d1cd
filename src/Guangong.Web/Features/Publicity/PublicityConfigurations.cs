using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Publicity;

public sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.ToTable("Articles");
        builder.Property(a => a.Title).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Body).HasMaxLength(20000).IsRequired();
        builder.Property(a => a.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(a => new { a.UnitPath, a.WrittenOn });
        // A city's or province's month (its scope is most of the table) reads by date first, and its latest article backwards.
        builder.HasIndex(a => new { a.WrittenOn, a.UnitPath });
        builder.HasOne(a => a.Unit).WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Authors).WithOne().HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Images).WithOne().HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Steps).WithOne().HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Adoptions).WithOne(x => x.Article).HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ArticleAuthorConfiguration : IEntityTypeConfiguration<ArticleAuthor>
{
    public void Configure(EntityTypeBuilder<ArticleAuthor> builder)
    {
        builder.ToTable("ArticleAuthors");
        builder.Property(a => a.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(a => a.UnitPath);
        builder.HasIndex(a => new { a.ArticleId, a.CorrespondentId }).IsUnique();
        builder.HasOne(a => a.Correspondent).WithMany().HasForeignKey(a => a.CorrespondentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ArticleStepConfiguration : IEntityTypeConfiguration<ArticleStep>
{
    public void Configure(EntityTypeBuilder<ArticleStep> builder)
    {
        builder.ToTable("ArticleSteps");
        builder.Property(s => s.Comment).HasMaxLength(500);
        builder.Property(s => s.UserName).HasMaxLength(50).IsRequired();
        builder.Property(s => s.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(s => s.UnitPath);
    }
}

public sealed class ArticleImageConfiguration : IEntityTypeConfiguration<ArticleImage>
{
    public void Configure(EntityTypeBuilder<ArticleImage> builder)
    {
        builder.ToTable("ArticleImages");
        builder.Property(i => i.FileName).HasMaxLength(200).IsRequired();
        builder.Property(i => i.StorageKey).HasMaxLength(64).IsRequired();
        builder.Property(i => i.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(i => i.UnitPath);
    }
}

public sealed class OutletConfiguration : IEntityTypeConfiguration<Outlet>
{
    public void Configure(EntityTypeBuilder<Outlet> builder)
    {
        builder.ToTable("Outlets");
        builder.Property(o => o.Name).HasMaxLength(60).IsRequired();
        builder.Property(o => o.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(o => o.UnitPath);
        builder.HasIndex(o => new { o.UnitId, o.Name }).IsUnique();
    }
}

public sealed class AdoptionConfiguration : IEntityTypeConfiguration<Adoption>
{
    public void Configure(EntityTypeBuilder<Adoption> builder)
    {
        builder.ToTable("Adoptions");
        builder.Property(a => a.Link).HasMaxLength(500);
        builder.Property(a => a.PageIssue).HasMaxLength(60);
        builder.Property(a => a.ClippingKey).HasMaxLength(64);
        builder.Property(a => a.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(a => new { a.UnitPath, a.Date });
        builder.HasIndex(a => new { a.Date, a.UnitPath });

        // The same outlet adopting the same article twice is one adoption: the database says so too.
        builder.HasIndex(a => new { a.ArticleId, a.OutletId }).IsUnique();
        builder.HasOne(a => a.Outlet).WithMany().HasForeignKey(a => a.OutletId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PublicityMonthClosureConfiguration : IEntityTypeConfiguration<PublicityMonthClosure>
{
    public void Configure(EntityTypeBuilder<PublicityMonthClosure> builder)
    {
        builder.ToTable("PublicityMonthClosures");
        builder.Property(c => c.Snapshot).IsRequired();
        builder.Property(c => c.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(c => c.UnitPath);
        builder.HasIndex(c => new { c.UnitId, c.Year, c.Month }).IsUnique();
    }
}

public sealed class ScoringRuleConfiguration : IEntityTypeConfiguration<ScoringRule>
{
    public void Configure(EntityTypeBuilder<ScoringRule> builder)
    {
        builder.ToTable("ScoringRules");
        builder.Property(r => r.PointsTable).HasMaxLength(400).IsRequired();
        builder.Property(r => r.InstructionBonus).HasPrecision(6, 1);
        builder.Property(r => r.AwardBonus).HasPrecision(6, 1);
        builder.Property(r => r.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(r => r.UnitPath);
        builder.HasIndex(r => new { r.UnitId, r.Year }).IsUnique();
    }
}

public sealed class ArticleBonusConfiguration : IEntityTypeConfiguration<ArticleBonus>
{
    public void Configure(EntityTypeBuilder<ArticleBonus> builder)
    {
        builder.ToTable("ArticleBonuses");
        builder.Property(b => b.Note).HasMaxLength(200).IsRequired();
        builder.Property(b => b.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(b => b.UnitPath);
    }
}
