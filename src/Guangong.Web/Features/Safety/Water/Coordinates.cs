using System.Globalization;
using Guangong.Web.Infrastructure.Commands;

namespace Guangong.Web.Features.Safety.Water;

/// <summary>
/// Coordinates as typed (decimal degrees, WGS-84): both or neither, numbers, and inside China's
/// extent (latitude 3.8–53.6, longitude 73.5–135.1, the South China Sea islands included). A box, not
/// the border: it catches a swapped pair, a dropped minus or a stray digit, which is what goes wrong.
/// </summary>
public static class Coordinates
{
    public const double MinLatitude = 3.8, MaxLatitude = 53.6, MinLongitude = 73.5, MaxLongitude = 135.1;

    public static (double? Lat, double? Lon) Read(string? latitude, string? longitude, List<FieldError> errors)
    {
        var (latText, lonText) = (latitude?.Trim(), longitude?.Trim());
        if (string.IsNullOrEmpty(latText) && string.IsNullOrEmpty(lonText))
        {
            return (null, null);
        }

        var lat = Number(latText, "Latitude", "纬度", "38.5912", errors);
        var lon = Number(lonText, "Longitude", "经度", "108.8466", errors);
        if (lat is null || lon is null)
        {
            return (null, null);
        }

        var ok = true;
        if (lat is < MinLatitude or > MaxLatitude)
        {
            errors.Add(new FieldError("Latitude", $"纬度须在中国境内（{MinLatitude}～{MaxLatitude}），请核对是否与经度填反。"));
            ok = false;
        }

        if (lon is < MinLongitude or > MaxLongitude)
        {
            errors.Add(new FieldError("Longitude", $"经度须在中国境内（{MinLongitude}～{MaxLongitude}），请核对是否与纬度填反。"));
            ok = false;
        }

        return ok ? (Math.Round(lat.Value, 6), Math.Round(lon.Value, 6)) : (null, null);
    }

    private static double? Number(string? text, string field, string label, string example, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            errors.Add(new FieldError(field, $"经纬度须同时填写：请填写{label}。"));
            return null;
        }

        if (!double.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            errors.Add(new FieldError(field, $"{label}应为十进制度数，如 {example}。"));
            return null;
        }

        return value;
    }
}
