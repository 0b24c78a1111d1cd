using System.Text.Encodings.Web;
using System.Text.Json;
using Guangong.Web.Infrastructure.Auditing;

namespace Guangong.Web.Tests.Audit;

/// <summary>The audit's field list is written by hand for speed: it must read as the serializer wrote it before, and back.</summary>
public sealed class AuditFieldListTests
{
    [Fact]
    public void The_field_list_is_written_as_the_serializer_writes_it_and_reads_back()
    {
        List<AuditTrail.FieldChange> changes =
        [
            new("Name", null, "王  \"老\"师"),
            new("Note", "line\nbreak\t<b>&</b> \\ 😀", null),
            new("Phone", "（个人信息）", "（个人信息，已更改）"),
            new("Empty", string.Empty, "\u0001\u001f\u2028"),
        ];

        var written = AuditTrail.Write(changes);

        Assert.Equal(JsonSerializer.Serialize(changes, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), written);
        Assert.Equal(changes, AuditTrail.ReadFields(written));
        Assert.Equal("[]", AuditTrail.Write([]));
    }
}
