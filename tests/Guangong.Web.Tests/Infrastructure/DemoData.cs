using Guangong.Web.Features.Organization;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Infrastructure;

public static class DemoData
{
    public static Task<Unit> UnitAsync(this GuangongApp app, string name) =>
        app.WithDbAsync(db => db.Units.AsNoTracking().SingleAsync(u => u.Name == name));
}
