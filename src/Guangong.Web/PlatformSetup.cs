using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Guangong.Web.Components;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Audit;
using Guangong.Web.Features.Committees;
using Guangong.Web.Features.Demo;
using Guangong.Web.Features.Dictionaries;
using Guangong.Web.Features.Home;
using Guangong.Web.Features.Organization;
using Guangong.Web.Features.People;
using Guangong.Web.Features.Plans;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Errors;
using Guangong.Web.Infrastructure.Exports;
using Guangong.Web.Infrastructure.Scoping;
using Guangong.Web.Infrastructure.Time;

namespace Guangong.Web;

/// <summary>Start-up wiring: each feature registers itself; the pipeline is the same for every request.</summary>
public static class PlatformSetup
{
    public static WebApplicationBuilder AddGuangongPlatform(this WebApplicationBuilder builder)
    {
        CultureInfo.DefaultThreadCurrentCulture = ChinaTime.Culture;
        CultureInfo.DefaultThreadCurrentUICulture = ChinaTime.Culture;

        var services = builder.Services;
        services.AddGuangongData(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddRazorComponents();

        // Chinese text goes out as it is, not as &#x...; entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddAntiforgery();

        // A long plan in the import editor posts a field per text and per ticked suggestion.
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.ValueCountLimit = 8192);

        // Keys outlive a restart, so signed-in users and open forms survive it.
        services.AddDataProtection()
            .SetApplicationName("Guangong")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(DatabaseOptions.DataDirectory(builder.Configuration, builder.Environment.ContentRootPath), "keys")));
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddHealthChecks();
        services.AddExports();
        services.AddAccountsFeature(builder.Configuration);
        services.AddOrganizationFeature();
        services.AddPeopleFeature(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddActivitiesFeature(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddCommitteesFeature();
        services.AddPlansFeature();
        services.AddAuditFeature();
        services.AddDictionariesFeature();
        services.AddHomeFeature();
        services.AddDemoFeature(builder.Configuration);
        return builder;
    }

    public static WebApplication UseGuangongPipeline(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            CreateScopeForErrors = true,
            StatusCodeSelector = ex => ex switch
            {
                ScopeViolationException => StatusCodes.Status403Forbidden,
                BadHttpRequestException bad => bad.StatusCode,
                _ => StatusCodes.Status500InternalServerError,
            },
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);

        // API clients get the bare status code: re-executing a PUT or DELETE into the HTML status page would answer 405.
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/api") && context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }

            return next(context);
        });
        app.UseMiddleware<UnknownFormMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseAuthentication();
        app.UseMiddleware<RequestContextMiddleware>();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapGuangongEndpoints(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapOpenApi().AllowAnonymous();
        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapAccountEndpoints();
        app.MapOrganizationEndpoints();
        app.MapPeopleEndpoints();
        app.MapActivityEndpoints();
        app.MapPlanEndpoints();
        app.MapCommitteeEndpoints();
        app.MapAuditEndpoints();
        app.MapRazorComponents<App>().RequireAuthorization();
        return app;
    }
}
