using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;

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
            // Each kind's text properties listed once a save, not for each of a file's 40,000 rows.
            var textOf = new Dictionary<IEntityType, IProperty[]>();
            foreach (var row in rows)
            {
                if (!textOf.TryGetValue(row.Type, out var properties))
                {
                    textOf[row.Type] = properties = [.. row.Type.GetProperties().Where(p => p.ClrType == typeof(string))];
                }

                foreach (var property in properties)
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
