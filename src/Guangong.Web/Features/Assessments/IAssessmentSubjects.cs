namespace Guangong.Web.Features.Assessments;

/// <summary>
/// What a program slice tells the engine about its subjects (stations, workshops …): their name and
/// owning unit, read through the scope filter. The engine knows no program's tables.
/// </summary>
public interface IAssessmentSubjects
{
    ProgramKind Program { get; }

    Task<AssessmentSubject?> FindAsync(long subjectId, CancellationToken ct);
}

public sealed record AssessmentSubject(long Id, string Name, long UnitId);

/// <summary>Starts an assessment of any program's subject by kind and id.</summary>
public sealed class AssessmentStarter(IEnumerable<IAssessmentSubjects> subjects, AssessmentCommands commands)
{
    public async Task<Infrastructure.Commands.CommandResult<Assessment>> StartAsync(ProgramKind program, long subjectId, int year, CancellationToken ct = default)
    {
        var source = subjects.FirstOrDefault(s => s.Program == program);
        return source is not null && await source.FindAsync(subjectId, ct) is { } subject
            ? await commands.StartAsync(program, subject.Id, subject.Name, subject.UnitId, year, ct)
            : Infrastructure.Commands.CommandResult<Assessment>.NotFound();
    }
}
