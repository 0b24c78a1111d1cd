using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Guangong.Web.Components;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Applications;
using Guangong.Web.Features.Assessments;
using Guangong.Web.Features.Audit;
using Guangong.Web.Features.Bases;
using Guangong.Web.Features.Committees;
using Guangong.Web.Features.Demo;
using Guangong.Web.Features.Dictionaries;
using Guangong.Web.Features.Documents;
using Guangong.Web.Features.Enterprises;
using Guangong.Web.Features.Essays;
using Guangong.Web.Features.Home;
using Guangong.Web.Features.Notices;
using Guangong.Web.Features.Organization;
using Guangong.Web.Features.People;
using Guangong.Web.Features.Plans;
using Guangong.Web.Features.Privacy;
using Guangong.Web.Features.Publicity;
using Guangong.Web.Features.Safety;
using Guangong.Web.Features.Stations;
using Guangong.Web.Features.Statistics;
using Guangong.Web.Features.Workshops;
using Guangong.Web.Infrastructure.Backup;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Errors;
using Guangong.Web.Infrastructure.Exports;
using Guangong.Web.Infrastructure.Scoping;
using Guangong.Web.Infrastructure.Text;
using Guangong.Web.Infrastructure.Time;
using Guangong.Web.Infrastructure.Uploads;
using Guangong.Web.Infrastructure.Web;

namespace Guangong.Web;

/// <summary>Start-up wiring: each feature registers itself; the pipeline is the same for every request.</summary>
public static class PlatformSetup
{
    public static WebApplicationBuilder AddGuangongPlatform(this WebApplicationBuilder builder)
    {
        CultureInfo.DefaultThreadCurrentCulture = ChinaTime.Culture;
        CultureInfo.DefaultThreadCurrentUICulture = ChinaTime.Culture;

        var services = builder.Services;

        // `dotnet run` outside Development (the README's start is Production) still serves the
        // framework's and npm's files from the build output; a published app has no such manifest.
        builder.WebHost.UseStaticWebAssets();
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);

        // Behind a TLS proxy the request arrives as http from the proxy: trust its X-Forwarded-*
        // headers (from loopback by default, or only from the addresses in ForwardedHeaders:KnownProxies)
        // so cookies are Secure and HSTS is sent. Configured proxies replace the loopback default: on a
        // shared host another local process must not be able to claim a client address or https.
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            var proxies = builder.Configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [];
            if (proxies.Length > 0)
            {
                o.KnownIPNetworks.Clear();
                o.KnownProxies.Clear();
            }

            foreach (var proxy in proxies)
            {
                o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });
        services.AddGuangongData(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddRazorComponents();
        services.AddTransient<IStartupFilter, Infrastructure.Web.HeadRequests>();
        services.AddPageCompression();

        // Chinese text goes out as it is, not as &#x...; entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest);

        // A long plan in the import editor posts a field per text and per ticked suggestion.
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.ValueCountLimit = 8192);

        // Keys outlive a restart, so signed-in users and open forms survive it.
        services.AddDataProtection()
            .SetApplicationName("Guangong")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(DatabaseOptions.DataDirectory(builder.Configuration, builder.Environment.ContentRootPath), "keys")));
        services.AddProblemDetails();
        services.AddExceptionHandler<RequestFaultHandler>();
        services.AddHttpContextAccessor().AddScoped<SaveRefusal>();
        services.AddRequestLimits(builder.Configuration);

        // A body that does not bind (bad JSON, a wrong type) throws, so RequestFaultHandler answers it
        // with the same Chinese problem+json as every other API error.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new CleanStringJsonConverter()));
        services.AddOpenApi();
        services.AddHealthChecks();
        services.AddExports();
        services.AddBackups(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddUploads(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddAccountsFeature(builder.Configuration);
        services.AddOrganizationFeature();
        services.AddPeopleFeature(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddActivitiesFeature();
        services.AddCommitteesFeature();
        services.AddPlansFeature();
        services.AddAssessmentsFeature();
        services.AddStationsFeature(builder.Configuration);
        services.AddApplicationsFeature();
        services.AddBasesFeature();
        services.AddEnterprisesFeature();
        services.AddWorkshopsFeature();
        services.AddPrivacyFeature();
        services.AddDocumentsFeature();
        services.AddPublicityFeature(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddSafetyFeature();
        services.AddStatisticsFeature();
        services.AddEssaysFeature(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddAuditFeature();
        services.AddDictionariesFeature();
        services.AddNoticesFeature(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddHomeFeature();
        services.AddDemoFeature(builder.Configuration);
        return builder;
    }

    public static WebApplication UseGuangongPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UsePageCompression();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            CreateScopeForErrors = true,
            StatusCodeSelector = RequestFaultHandler.StatusOf,

            // A caller's bad request is logged as information by RequestFaultHandler, not as our failure.
            SuppressDiagnosticsCallback = c => RequestFaultHandler.StatusOf(c.Exception) < 500,
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
        app.UseMiddleware<ReExecuteAsGetMiddleware>();

        app.UseMiddleware<ApiProblemMiddleware>();
        app.UseMiddleware<RequestLimits.BodySizeMiddleware>();
        app.UseMiddleware<FormInputMiddleware>();
        app.UseMiddleware<UnknownFormMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseAuthentication();
        app.UseMiddleware<RequestContextMiddleware>();
        app.UseMiddleware<TwoFactorEnrolmentMiddleware>();
        app.UseAuthorization();
        app.UseMiddleware<Infrastructure.Auditing.ReadAuditMiddleware>();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.UseMiddleware<AntiforgeryEnforcement>();
        return app;
    }

    public static WebApplication MapGuangongEndpoints(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapOpenApi().AllowAnonymous();
        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapPendingUploadEndpoints();
        app.MapAccountEndpoints();
        app.MapOrganizationEndpoints();
        app.MapPeopleEndpoints();
        app.MapPrivacyEndpoints();
        app.MapActivityEndpoints();
        app.MapPlanEndpoints();
        app.MapDocumentEndpoints();
        app.MapPublicityEndpoints();
        app.MapCommitteeEndpoints();
        app.MapSafetyEndpoints();
        app.MapStatisticsEndpoints();
        app.MapEssayEndpoints();
        app.MapAssessmentEndpoints();
        app.MapStationEndpoints();
        app.MapApplicationEndpoints();
        app.MapBaseEndpoints();
        app.MapAuditEndpoints();
        app.MapNoticeEndpoints();
        app.MapRazorComponents<App>().RequireAuthorization();
        return app;
    }
}
