using Guangong.Web.Features.Essays;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Infrastructure.Data;

// The Essays slice's tables, declared next to the slice.
public abstract partial class GuangongDbContext
{
    public DbSet<Contest> Contests => Set<Contest>();

    public DbSet<ContestJudge> ContestJudges => Set<ContestJudge>();

    public DbSet<Submission> Submissions => Set<Submission>();

    public DbSet<SubmissionScore> SubmissionScores => Set<SubmissionScore>();

    public DbSet<Journal> Journals => Set<Journal>();

    public DbSet<JournalEntry> JournalEntries => Set<JournalEntry>();

    public DbSet<SubmissionImage> SubmissionImages => Set<SubmissionImage>();

    public DbSet<JournalFile> JournalFiles => Set<JournalFile>();
}
