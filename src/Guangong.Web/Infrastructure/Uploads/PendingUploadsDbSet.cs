using Guangong.Web.Infrastructure.Uploads;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Infrastructure.Data;

// The upload on pick's table, shared by every form that takes files.
public abstract partial class GuangongDbContext
{
    public DbSet<PendingUpload> PendingUploads => Set<PendingUpload>();
}
