using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Dictionaries;

public sealed class DictionaryItemConfiguration : IEntityTypeConfiguration<DictionaryItem>
{
    public void Configure(EntityTypeBuilder<DictionaryItem> builder)
    {
        builder.ToTable("DictionaryItems");
        builder.Property(d => d.Kind).HasMaxLength(40).IsRequired();
        builder.Property(d => d.Value).HasMaxLength(DictionaryItem.ValueMaxLength).IsRequired();
        builder.HasIndex(d => new { d.Kind, d.Value }).IsUnique();
    }
}
