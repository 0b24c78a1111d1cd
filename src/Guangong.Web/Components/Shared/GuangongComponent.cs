using Guangong.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Components;

namespace Guangong.Web.Components.Shared;

/// <summary>
/// The base of every component (set in the root _Imports.razor). It handles events as
/// <see cref="ComponentBase"/> does, except that a save the storage refused (database locked, disk
/// full) is answered on the same form through <see cref="SaveRefusal"/> instead of the error page,
/// so what the user typed is still there. The one central place for all forms, whatever their
/// handler saves through.
/// </summary>
public abstract class GuangongComponent : ComponentBase, IHandleEvent
{
    [Inject] private IServiceProvider Services { get; set; } = default!;

    Task IHandleEvent.HandleEventAsync(EventCallbackWorkItem callback, object? arg)
    {
        var task = GuardAsync(callback, arg);
        var pending = task.Status != TaskStatus.RanToCompletion && task.Status != TaskStatus.Canceled;
        StateHasChanged();
        return pending ? RenderWhenDoneAsync(task) : Task.CompletedTask;
    }

    private async Task GuardAsync(EventCallbackWorkItem callback, object? arg)
    {
        try
        {
            await callback.InvokeAsync(arg);
        }
        catch (Exception e) when (Services.GetService<SaveRefusal>()?.TryTake(e) == true)
        {
            // Answered on the form: 503, the message in the page's alert, the typed values kept.
        }
    }

    private async Task RenderWhenDoneAsync(Task task)
    {
        try
        {
            await task;
        }
        catch when (task.IsCanceled)
        {
            // As ComponentBase: a cancelled handler renders nothing more.
            return;
        }

        StateHasChanged();
    }
}
