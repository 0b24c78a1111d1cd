namespace Guangong.Web.Infrastructure.Commands;

public enum CommandStatus
{
    Succeeded,
    Invalid,
    NotFound,
    Conflict,
}

/// <summary>
/// What a command handler answers: success, field errors to show beside the fields, not found
/// (in this scope), or a concurrency conflict. Field names are the form model's property names.
/// </summary>
public sealed record CommandResult<T>(CommandStatus Status, T? Value, IReadOnlyList<FieldError> Errors)
{
    public bool Succeeded => Status == CommandStatus.Succeeded;

    public static CommandResult<T> Ok(T value) => new(CommandStatus.Succeeded, value, []);

    public static CommandResult<T> Invalid(string field, string message) => new(CommandStatus.Invalid, default, [new FieldError(field, message)]);

    public static CommandResult<T> Invalid(IReadOnlyList<FieldError> errors) => new(CommandStatus.Invalid, default, errors);

    public static CommandResult<T> NotFound() => new(CommandStatus.NotFound, default, []);

    /// <summary>Somebody else saved first; <paramref name="current"/> is what is in the database now.</summary>
    public static CommandResult<T> Conflict(T current) =>
        new(CommandStatus.Conflict, current, [new FieldError(string.Empty, ConflictMessage)]);

    public const string ConflictMessage = "该记录已被他人修改，下面显示的是当前保存的内容，请核对后重新提交。";
}

public sealed record FieldError(string Field, string Message);
