using Guangong.Web.Infrastructure.Commands;
using Microsoft.AspNetCore.Components.Forms;

namespace Guangong.Web.Components.Shared;

/// <summary>Puts a command's field errors beside the form's fields; returns the errors that belong to no field.</summary>
public static class ServerValidation
{
    public static string? Show(EditContext context, ValidationMessageStore store, IEnumerable<FieldError> errors)
    {
        store.Clear();
        var general = new List<string>();
        foreach (var error in errors)
        {
            if (string.IsNullOrEmpty(error.Field))
            {
                general.Add(error.Message);
            }
            else
            {
                store.Add(context.Field(error.Field), error.Message);
            }
        }

        context.NotifyValidationStateChanged();
        return general.Count == 0 ? null : string.Join(" ", general);
    }
}
