namespace Guangong.Web.Infrastructure.Commands;

/// <summary>
/// A save that a rule of the platform refuses as a whole after the command's own checks passed (a month
/// whose figures were closed and reported changes). Nothing is written; the caller gets 409 with
/// <see cref="Exception.Message"/>, a Chinese sentence that says why and what to do.
/// </summary>
public sealed class WriteRefusedException(string message) : Exception(message);
