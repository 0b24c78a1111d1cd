using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Guangong.Web.Infrastructure.Text;

/// <summary>
/// The last line of <see cref="CleanText"/>: whatever a form, a JSON body, a spreadsheet or an
/// imported document brought in, no text is stored with invisible characters or un-normalized.
/// </summary>
public sealed class CleanTextOnSave : SaveChangesInterceptor
{
    public static readonly CleanTextOnSave Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Clean(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Clean(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Clean(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            foreach (var property in entry.Properties)
            {
                if (property.CurrentValue is string text && !CleanText.IsClean(text))
                {
                    property.CurrentValue = CleanText.Of(text);
                }
            }
        }

        // The rows the save takes without the tracker (a roster import's people) are stored as cleaned as tracked ones.
        if (context is Data.GuangongDbContext { Untracked: { } rows })
        {
            foreach (var row in rows)
            {
                foreach (var property in row.Type.GetProperties().Where(p => p.ClrType == typeof(string)))
                {
                    if (row.Get(property) is string text && !CleanText.IsClean(text))
                    {
                        row.Set(property, CleanText.Of(text));
                    }
                }
            }
        }
    }
}
