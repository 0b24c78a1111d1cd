using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Infrastructure.Commands;

/// <summary>
/// A new-record form that was saved (<see cref="SubmitOnce"/>): the key the form carried, whose it was, which form,
/// and the record it became. Written in the record's own transaction, so the key and the record exist together or not
/// at all. Not audited: the record is.
/// </summary>
public class FormSubmission : IDerived
{
    public long Id { get; set; }

    public long OwnerUserId { get; set; }

    /// <summary>The form's name (its <c>FormName</c>), so a key is only ever answered with a record of the same form.</summary>
    public string Form { get; set; } = string.Empty;

    /// <summary>32 hex digits (<see cref="OneTimeKey"/>), set when the empty form was shown.</summary>
    public string Key { get; set; } = string.Empty;

    public long RecordId { get; set; }

    public DateTime CreatedUtc { get; set; }
}

public sealed class FormSubmissionConfiguration : IEntityTypeConfiguration<FormSubmission>
{
    public void Configure(EntityTypeBuilder<FormSubmission> builder)
    {
        builder.ToTable("FormSubmissions");
        builder.Property(f => f.Form).HasMaxLength(40).IsRequired();
        builder.Property(f => f.Key).HasMaxLength(32).IsRequired();

        // The second of two sends racing each other fails here, in its own transaction, and finds the first.
        builder.HasIndex(f => new { f.OwnerUserId, f.Key }).IsUnique();
    }
}
