using Guangong.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Guangong.Web.Features.Accounts;

public static class AccountsFeature
{
    public const string SmartScheme = "CookieOrToken";

    public static IServiceCollection AddAccountsFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SessionPolicy>(configuration.GetSection("Sessions"));
        services.AddScoped<SessionStore>();
        services.AddScoped<PasswordSignIn>();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<TwoFactorEnrolment>();
        services.AddScoped<OwnSessions>();

        // Required for administrators, except in the demo installation, whose accounts are shared.
        services.AddSingleton(sp => new TwoFactorSettings(
            configuration.GetValue<bool?>("Accounts:RequireTwoFactorForAdministrators") ?? !sp.GetRequiredService<Demo.DemoMode>().Enabled));
        services.AddScoped<CurrentUser>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<OwnAccount>();
        services.AddScoped<UserDirectory>();

        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = BaselinePasswordValidator.MinLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                // PasswordSignIn counts failures and sets progressive lockouts itself.
                o.Lockout.MaxFailedAccessAttempts = PasswordSignIn.FailuresPerLockout;
                o.Lockout.DefaultLockoutTimeSpan = PasswordSignIn.LockoutAfter(PasswordSignIn.FailuresPerLockout);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<AppRole>()
            .AddEntityFrameworkStores<GuangongDbContext>()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>()
            .AddPasswordValidator<BaselinePasswordValidator>()
            .AddDefaultTokenProviders();

        services.AddAuthentication(SmartScheme)
            // The API takes bearer tokens only. A browser sends the cookie with any request, also one
            // that another site's page makes it send, and the API has no anti-forgery token to check.
            .AddPolicyScheme(SmartScheme, "Cookie for pages, bearer token for the API", o => o.ForwardDefaultSelector = http =>
                http.Request.Path.StartsWithSegments("/api")
                    ? ApiTokenAuthenticationHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, o =>
            {
                o.Cookie.Name = "gg.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.LoginPath = "/login";
                o.LogoutPath = "/account/logout";
                o.AccessDeniedPath = "/forbidden";
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
                o.SlidingExpiration = false;
                o.EventsType = typeof(CookieSessionValidation);
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);
        services.AddScoped<CookieSessionValidation>();
        services.AddAuthorizationBuilder().AddGuangongPolicies();
        services.AddCascadingAuthenticationState();
        return services;
    }
}
