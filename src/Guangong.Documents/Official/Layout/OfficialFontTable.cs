using DocumentFormat.OpenXml.Wordprocessing;

namespace Guangong.Documents.Official.Layout;

/// <summary>
/// Declares the official faces as GB2312 fonts with Windows' own faces as alternates, so Word on a PC
/// without 仿宋_GB2312 picks 仿宋 instead of a Latin fallback.
/// </summary>
internal static class OfficialFontTable
{
    /// <summary>GB2312 in the font table's charset field (hexadecimal).</summary>
    private const string ChineseCharset = "86";

    public static Fonts Create()
    {
        var fonts = new Fonts();
        foreach (var (name, alternate) in OfficialFonts.Alternates)
        {
            fonts.Append(new Font(
                new AltName { Val = alternate },
                new FontCharSet { Val = ChineseCharset },
                new FontFamily { Val = FontFamilyValues.Modern },
                new Pitch { Val = FontPitchValues.Fixed })
            { Name = name });
        }
        fonts.Append(new Font(
            new FontFamily { Val = FontFamilyValues.Roman },
            new Pitch { Val = FontPitchValues.Variable })
        { Name = OfficialFonts.Latin });
        return fonts;
    }
}
