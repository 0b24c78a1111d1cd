using Guangong.Web.Infrastructure.Commands;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Infrastructure.Data;

public abstract partial class GuangongDbContext
{
    public DbSet<FormSubmission> FormSubmissions => Set<FormSubmission>();

    /// <summary>The form sends this context is saving under <see cref="SubmitOnce"/>: each becomes a <see cref="FormSubmission"/> with the record it inserts.</summary>
    internal List<SubmitOnce.Mark> SubmissionMarks { get; } = [];
}
