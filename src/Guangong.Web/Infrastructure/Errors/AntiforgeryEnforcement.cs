using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components.Endpoints;

namespace Guangong.Web.Infrastructure.Errors;

/// <summary>
/// Refuses a post whose form token failed validation, for every endpoint that asks for the check, before its handler
/// runs. UseAntiforgery only records the verdict; the framework's own readers act on it, but the minimal API handlers
/// generated at build time (the request delegate generator) read the form without looking, so the refusal is made
/// here, once, for them all. Razor component pages keep their own handling of an expired form.
/// </summary>
public sealed class AntiforgeryEnforcement(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext http)
    {
        if (http.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false } verdict
            && http.GetEndpoint() is { } endpoint
            && endpoint.Metadata.GetMetadata<IAntiforgeryMetadata>() is { RequiresValidation: true }
            && endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is null)
        {
            // Answered as the framework's form reader did: a bad request, in the platform's words (RequestFaultHandler).
            const string message = "The form's anti-forgery token is missing or invalid.";
            throw verdict.Error is { } error
                ? new BadHttpRequestException(message, StatusCodes.Status400BadRequest, error)
                : new BadHttpRequestException(message, StatusCodes.Status400BadRequest);
        }

        return next(http);
    }
}
