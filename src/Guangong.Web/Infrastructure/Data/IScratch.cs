namespace Guangong.Web.Infrastructure.Data;

/// <summary>
/// A user's own work on its way to becoming a record (a photo uploaded while the form is still being
/// filled in): not audited, since it is nobody's record yet; the record it becomes is audited when
/// the form is saved, in that save's transaction.
/// </summary>
public interface IScratch
{
}
