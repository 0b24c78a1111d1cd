using DocumentFormat.OpenXml;

namespace Guangong.Documents.Official.Layout;

/// <summary>Turns content blocks into paragraphs and tables of the official styles.</summary>
internal static class BlockRenderer
{
    public static IEnumerable<OpenXmlElement> Render(IEnumerable<OfficialBlock> blocks)
    {
        var images = 0;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case OfficialHeading heading:
                    foreach (var paragraph in OfficialParagraphs.Lines(OfficialStyleIds.Heading(heading.Level), heading.Text))
                    {
                        yield return paragraph;
                    }
                    break;
                case OfficialParagraph text:
                    foreach (var paragraph in OfficialParagraphs.Lines(OfficialStyleIds.Body, text.Text))
                    {
                        yield return paragraph;
                    }
                    break;
                case OfficialRoster roster when roster.Rows.Count > 0:
                    yield return RosterTable.Create(roster);
                    break;
                case OfficialRoster:
                    break;
                case OfficialImage image:
                    foreach (var paragraph in ImageBlock.Create(image, ++images))
                    {
                        yield return paragraph;
                    }
                    break;
                case OfficialTable table:
                    yield return GridTable.Create(table);
                    break;
                case null:
                    throw new ArgumentException("A document's blocks must not be null.", nameof(blocks));
                default:
                    throw new NotSupportedException($"No layout for block type {block.GetType().Name}.");
            }
        }
    }
}
