namespace Guangong.Documents.Official.Layout;

/// <summary>
/// GB/T 9704 page geometry and type sizes in Open XML units (twips = 1/20 pt, sizes in half-points),
/// as given in shared/reference/official-document-format.md.
/// </summary>
internal static class OfficialPage
{
    public const uint Width = 11906;
    public const uint Height = 16838;
    public const int MarginTop = 2098;
    public const uint MarginLeft = 1588;
    public const uint MarginRight = 1474;
    public const int MarginBottom = 1984;
    public const uint HeaderDistance = 851;

    /// <summary>Line height of the page-number paragraph (exact, 16 pt), so its position is predictable.</summary>
    public const int FooterLine = 320;

    /// <summary>
    /// The page number's dash sits 7 mm (397 twips) below the text block, whose bottom edge is 1984
    /// twips above the paper's edge: the dash at 1587, a 320-twip line centred on it ends at 1427.
    /// </summary>
    public const uint FooterDistance = MarginBottom - 397 - FooterLine / 2;

    /// <summary>The text block's width (版心, 156 mm).</summary>
    public const int TextWidth = (int)(Width - MarginLeft - MarginRight);

    /// <summary>22 lines in the 225 mm block: the exact line spacing and the grid pitch.</summary>
    public const int LinePitch = 579;

    /// <summary>−0.25 pt per character, so 28 characters of 16 pt fit the 156 mm line in Word and LibreOffice alike.</summary>
    public const int CharacterSpacing = -5;

    /// <summary>Exact line height of table text (4号 in 22 pt lines), so a table row is not a full body line tall.</summary>
    public const int TableLine = 440;

    /// <summary>2号 (22 pt): the title.</summary>
    public const int TitleSize = 44;

    /// <summary>3号 (16 pt): body and headings.</summary>
    public const int BodySize = 32;

    /// <summary>4号 (14 pt): page numbers, the record block and table text.</summary>
    public const int SmallSize = 28;

    /// <summary>小初 (36 pt): the red issuer mark.</summary>
    public const int MarkSize = 72;

    /// <summary>The advance of one body character with the compressed spacing: 16 pt − 0.25 pt.</summary>
    public const int BodyCharacter = BodySize * 10 + CharacterSpacing;

    /// <summary>The advance of one 4号 character with the compressed spacing.</summary>
    public const int SmallCharacter = SmallSize * 10 + CharacterSpacing;

    /// <summary>The advance of one title character: a title line holds 20 of them.</summary>
    public const int TitleCharacter = TitleSize * 10 + CharacterSpacing;
}
