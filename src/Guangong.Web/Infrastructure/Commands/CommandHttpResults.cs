namespace Guangong.Web.Infrastructure.Commands;

/// <summary>How the JSON API answers a command: 200/201 with the value, 400 with field messages, 404, or 409 with what is saved now.</summary>
public static class CommandHttpResults
{
    public static IResult ToHttpResult<T, TDto>(this CommandResult<T> result, Func<T, TDto> map, string? createdAt = null) => result.Status switch
    {
        CommandStatus.Succeeded when createdAt is not null => Results.Created(createdAt, map(result.Value!)),
        CommandStatus.Succeeded => Results.Ok(map(result.Value!)),
        CommandStatus.NotFound => Results.NotFound(),
        CommandStatus.Conflict => Results.Conflict(new ConflictDto<TDto>(CommandResult<T>.ConflictMessage, map(result.Value!))),
        _ => Results.ValidationProblem(
            result.Errors.GroupBy(e => e.Field.Length == 0 ? "" : char.ToLowerInvariant(e.Field[0]) + e.Field[1..])
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: "提交的数据有误"),
    };
}

/// <summary>A 409's body: why, and the record as it is saved now, in the same shape a success would have.</summary>
public sealed record ConflictDto<T>(string Message, T Current);
