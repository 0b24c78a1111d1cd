using Guangong.Web.Features.Demo;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Workshops;

public static class WorkshopsFeature
{
    public static IServiceCollection AddWorkshopsFeature(this IServiceCollection services)
    {
        services.AddScoped<WorkshopRegistry>();
        services.AddScoped<Assessments.IAssessmentSubjects, WorkshopSubjects>();
        services.AddScoped<IDemoContent, WorkshopsDemoContent>();
        return services;
    }
}

/// <summary>郑陆 三.1's 特色“五老”工作室: a veteran's red-story room at 焦溪.</summary>
public sealed class WorkshopsDemoContent(GuangongDbContext db) : IDemoContent
{
    public int Order => 48;

    public async Task AddAsync(DemoUnitIds units, CancellationToken ct)
    {
        var volunteer = await db.Volunteers.SingleAsync(v => v.Name == "钱福生", ct);
        db.Workshops.Add(new Workshop { Name = "钱福生红色故事工作室", VolunteerId = volunteer.Id, UnitId = volunteer.UnitId, Speciality = "红色故事宣讲、国防教育" });
        await db.SaveChangesAsync(ct);
    }
}
