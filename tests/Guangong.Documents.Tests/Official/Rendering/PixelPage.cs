namespace Guangong.Documents.Tests.Official.Rendering;

/// <summary>A page as pdftoppm writes it (binary PPM, P6), to find where the red of the head is.</summary>
internal sealed class PixelPage
{
    private readonly byte[] _rgb;

    private PixelPage(int width, int height, int dpi, byte[] rgb)
    {
        Width = width;
        Height = height;
        Dpi = dpi;
        _rgb = rgb;
    }

    public int Width { get; }

    public int Height { get; }

    public int Dpi { get; }

    public double Mm(int pixels) => pixels * 25.4 / Dpi;

    public bool IsRed(int x, int y)
    {
        var i = (y * Width + x) * 3;
        return _rgb[i] > 180 && _rgb[i + 1] < 90 && _rgb[i + 2] < 90;
    }

    public bool IsInk(int x, int y)
    {
        var i = (y * Width + x) * 3;
        return _rgb[i] + _rgb[i + 1] + _rgb[i + 2] < 600;
    }

    /// <summary>Rows (top to bottom) holding at least <paramref name="minimum"/> red pixels.</summary>
    public IReadOnlyList<int> RedRows(int minimum = 1) =>
        Enumerable.Range(0, Height).Where(y => Enumerable.Range(0, Width).Count(x => IsRed(x, y)) >= minimum).ToList();

    public static PixelPage ReadPpm(string path, int dpi)
    {
        var bytes = File.ReadAllBytes(path);
        var position = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }
            var start = position;
            while (!char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }
            return System.Text.Encoding.ASCII.GetString(bytes, start, position - start);
        }
        if (Token() != "P6")
        {
            throw new InvalidDataException("Not a binary PPM.");
        }
        var width = int.Parse(Token(), System.Globalization.CultureInfo.InvariantCulture);
        var height = int.Parse(Token(), System.Globalization.CultureInfo.InvariantCulture);
        Token();
        position++;
        return new PixelPage(width, height, dpi, bytes[position..(position + width * height * 3)]);
    }
}
