using Guangong.Web.Features.Notices;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Infrastructure.Data;

// The Notices slice's tables, declared next to the slice.
public abstract partial class GuangongDbContext
{
    public DbSet<Notice> Notices => Set<Notice>();

    public DbSet<NoticeRecipient> NoticeRecipients => Set<NoticeRecipient>();

    public DbSet<NoticeReceipt> NoticeReceipts => Set<NoticeReceipt>();

    public DbSet<NoticeReply> NoticeReplies => Set<NoticeReply>();

    public DbSet<NoticeFile> NoticeFiles => Set<NoticeFile>();
}
