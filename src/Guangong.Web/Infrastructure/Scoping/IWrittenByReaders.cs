namespace Guangong.Web.Infrastructure.Scoping;

/// <summary>
/// A record a user who only reads (上级查看) still writes as they read: their own account (elder mode, password, two-step
/// sign-in) and a notice's receipt. Every other record of a unit is refused to them by the write guard.
/// </summary>
public interface IWrittenByReaders;
