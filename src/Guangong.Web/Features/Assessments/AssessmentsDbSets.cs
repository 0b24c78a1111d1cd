using Guangong.Web.Features.Assessments;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Infrastructure.Data;

// The Assessments slice's tables, declared next to the slice.
public abstract partial class GuangongDbContext
{
    public DbSet<AssessmentTemplate> AssessmentTemplates => Set<AssessmentTemplate>();

    public DbSet<TemplateCriterion> TemplateCriteria => Set<TemplateCriterion>();

    public DbSet<Assessment> Assessments => Set<Assessment>();

    public DbSet<AssessmentScore> AssessmentScores => Set<AssessmentScore>();

    public DbSet<RemediationAction> RemediationActions => Set<RemediationAction>();

    public DbSet<AssessmentFile> AssessmentFiles => Set<AssessmentFile>();
}
