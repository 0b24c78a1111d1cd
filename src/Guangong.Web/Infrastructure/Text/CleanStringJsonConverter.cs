using System.Text.Json;
using System.Text.Json.Serialization;

namespace Guangong.Web.Infrastructure.Text;

/// <summary>Cleans every string of a JSON body as it is read (<see cref="CleanText"/>), so validation sees what will be stored.</summary>
public sealed class CleanStringJsonConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        CleanText.OrNull(reader.GetString());

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
