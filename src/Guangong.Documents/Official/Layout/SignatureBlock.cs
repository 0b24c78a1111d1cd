using DocumentFormat.OpenXml.Wordprocessing;

namespace Guangong.Documents.Official.Layout;

/// <summary>
/// The issuer's name and the date of an unsealed document (GB/T 9704 7.3.5.2): one blank line under
/// the text, the name right-indented two characters, the date on the next line starting two
/// characters right of the name's first character; a date longer than that allows keeps two
/// characters to its right and pushes the name left instead.
/// </summary>
internal static class SignatureBlock
{
    private const int TwoCharacters = 4;

    public static IEnumerable<Paragraph> Create(string? issuer, DateOnly? date)
    {
        var name = XmlSafeText.Clean(issuer).Trim();
        if (name.Length == 0 && date is null)
        {
            yield break;
        }
        yield return OfficialParagraphs.Blank();
        var dateText = date is { } d ? ChineseDate.Format(d) : string.Empty;
        var (nameRight, dateRight) = RightIndents(TextWidth.HalfUnits(name), TextWidth.HalfUnits(dateText));
        if (name.Length > 0)
        {
            yield return OfficialParagraphs.RightAligned(name, Measure.BodyTwips(nameRight));
        }
        if (dateText.Length > 0 && name.Length > 0 && dateRight > TwoCharacters)
        {
            // Placed from the left, two characters after where the name starts: the name's Chinese characters are a full
            // character each in any font, the date's digits are not (half in 仿宋_GB2312 and Times New Roman, wider in
            // the fonts a reader without them falls back to), so a date placed from the right moved under the name.
            yield return OfficialParagraphs.LeftIndented(dateText, OfficialPage.TextWidth - Measure.BodyTwips(nameRight + TextWidth.HalfUnits(name) - TwoCharacters));
        }
        else if (dateText.Length > 0)
        {
            yield return OfficialParagraphs.RightAligned(dateText, Measure.BodyTwips(name.Length > 0 ? dateRight : TwoCharacters));
        }
    }

    /// <summary>
    /// A sealed document (GB/T 9704 7.3.5.1): the date four characters in from the right, the name
    /// centred over it, and three blank lines above for the seal, which sits over name and date
    /// ("上不压正文、下压成文日期") and reaches at most one line up towards the text.
    /// </summary>
    public static IEnumerable<Paragraph> Sealed(string? issuer, DateOnly date)
    {
        var name = XmlSafeText.Clean(issuer).Trim();
        var dateText = ChineseDate.Format(date);
        for (var i = 0; i < 3; i++)
        {
            yield return OfficialParagraphs.Blank();
        }
        const int fourCharacters = TwoCharacters * 2;
        var nameWidth = TextWidth.HalfUnits(name);
        var dateWidth = TextWidth.HalfUnits(dateText);
        if (name.Length > 0)
        {
            yield return OfficialParagraphs.RightAligned(name, Measure.BodyTwips(Math.Max(0, fourCharacters + (dateWidth - nameWidth) / 2)));
        }
        yield return OfficialParagraphs.RightAligned(dateText, Measure.BodyTwips(nameWidth > dateWidth + fourCharacters ? (nameWidth - dateWidth) / 2 : fourCharacters));
    }

    /// <summary>Right indents of the name and the date, in half-width units.</summary>
    internal static (int Name, int Date) RightIndents(int nameWidth, int dateWidth)
    {
        // Name right-indented 2; date starts 2 characters after the name starts.
        var dateRight = TwoCharacters + nameWidth - TwoCharacters - dateWidth;
        if (dateRight >= TwoCharacters)
        {
            return (TwoCharacters, dateRight);
        }
        return (TwoCharacters + dateWidth + TwoCharacters - nameWidth, TwoCharacters);
    }
}
