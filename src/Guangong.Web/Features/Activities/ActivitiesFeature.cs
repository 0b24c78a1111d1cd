using Guangong.Web.Infrastructure.Files;
using Guangong.Web.Infrastructure.Uploads;
using Guangong.Web.Infrastructure.Data;

namespace Guangong.Web.Features.Activities;

public static class ActivitiesFeature
{
    public static IServiceCollection AddActivitiesFeature(this IServiceCollection services)
    {
        services.AddScoped<ActivityRecords>();
        services.AddSingleton(new UploadKind(UploadKind.Evidence, EvidenceFiles.MaxBytes, EvidenceFiles.Identify,
            [Accounts.Policies.CanRecordActivities, Accounts.Policies.CanReportProgress, Accounts.Policies.CanAssessPrograms]));
        services.AddScoped<ActivityDirectory>();
        services.AddScoped<ServiceHours>();
        services.AddSingleton<ISaveFollower, ServiceHourTotalsFollower>();
        services.AddSingleton<Organization.IUnitMoveFollower, SubtreeHoursAfterMove>();
        services.AddScoped<MyService>();
        services.AddScoped<HourLedger>();
        services.AddScoped<People.IServiceHourTotals>(sp => sp.GetRequiredService<HourLedger>());
        services.AddScoped<ActivityInputRules>();
        services.AddScoped<CheckInCodes>();
        services.AddScoped<ActivityFormOptions>();
        services.AddScoped<Coverage>();
        services.AddScoped<CheckIn>();
        services.AddScoped<Certificates>();
        services.AddScoped<VolunteerRecord>();

        // Six digits are few: a user may try ten codes a minute, so guessing another activity's code is hopeless.
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Only a code tried counts: an elder opening the empty page again and again is not guessing.
            o.AddPolicy(CheckIn.RateLimitPolicy, http => CheckIn.TriesCode(http.Request)
                ? System.Threading.RateLimiting.RateLimitPartition.GetFixedWindowLimiter(
                    http.User.Identity?.Name ?? http.Connection.RemoteIpAddress?.ToString() ?? "anonymous",
                    _ => new System.Threading.RateLimiting.FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : System.Threading.RateLimiting.RateLimitPartition.GetNoLimiter("no code"));
        });
        services.AddScoped<Demo.IDemoContent, ActivitiesDemoContent>();
        return services;
    }
}
