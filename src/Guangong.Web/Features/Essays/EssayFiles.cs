using Guangong.Web.Infrastructure.Auditing;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Essays;

/// <summary>
/// A picture of a piece: uploaded with a typed piece, or taken out of its .docx. Stored scaled down as
/// JPEG by the platform's picture store (<see cref="Publicity.ArticleImages"/>, which also drops the
/// camera's metadata); owned by the piece's unit, so it is seen where the piece is.
/// </summary>
public class SubmissionImage : IUnitOwned
{
    public long Id { get; set; }

    public long SubmissionId { get; set; }

    /// <summary>The order in the piece (the order in the document).</summary>
    public int Position { get; set; }

    /// <summary>The picture's name as uploaded; a phone names it after nobody, a student may name it after themselves.</summary>
    [KeptOutOfAudit]
    public string FileName { get; set; } = string.Empty;

    public string StorageKey { get; set; } = string.Empty;

    public int Width { get; set; }

    public int Height { get; set; }

    public long SizeBytes { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;
}

/// <summary>
/// One compiled file of a 内刊 issue. Compiling again after a correction adds a file and keeps the
/// earlier ones: what was printed and handed out stays in the archive as it was.
/// </summary>
public class JournalFile : IUnitOwned
{
    public long Id { get; set; }

    public long JournalId { get; set; }

    public string FileKey { get; set; } = string.Empty;

    public string FileSha256 { get; set; } = string.Empty;

    public long SizeBytes { get; set; }

    public DateTime CompiledUtc { get; set; }

    public string CompiledBy { get; set; } = string.Empty;

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public static JournalFile Of(Journal journal, string key, string? sha, long size, DateTime compiledUtc, string by) => new()
    {
        JournalId = journal.Id, FileKey = key, FileSha256 = sha ?? string.Empty, SizeBytes = size, CompiledUtc = compiledUtc, CompiledBy = by.Length > 100 ? by[..100] : by,
        UnitId = journal.UnitId, UnitPath = journal.UnitPath,
    };
}

public sealed class SubmissionImageConfiguration : IEntityTypeConfiguration<SubmissionImage>
{
    public void Configure(EntityTypeBuilder<SubmissionImage> builder)
    {
        builder.ToTable("SubmissionImages");
        builder.Property(i => i.FileName).HasMaxLength(260).IsRequired();
        builder.Property(i => i.StorageKey).HasMaxLength(64).IsRequired();
        builder.Property(i => i.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(i => i.UnitPath);
        builder.HasIndex(i => i.SubmissionId);
        builder.HasOne<Submission>().WithMany(s => s.Images).HasForeignKey(i => i.SubmissionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class JournalFileConfiguration : IEntityTypeConfiguration<JournalFile>
{
    public void Configure(EntityTypeBuilder<JournalFile> builder)
    {
        builder.ToTable("JournalFiles");
        builder.Property(f => f.FileKey).HasMaxLength(200).IsRequired();
        builder.Property(f => f.FileSha256).HasMaxLength(64).IsRequired();
        builder.Property(f => f.CompiledBy).HasMaxLength(100).IsRequired();
        builder.Property(f => f.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(f => f.UnitPath);
        builder.HasIndex(f => f.JournalId);
        builder.HasOne<Journal>().WithMany(j => j.Files).HasForeignKey(f => f.JournalId).OnDelete(DeleteBehavior.Restrict);
    }
}
