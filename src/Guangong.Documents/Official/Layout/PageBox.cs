using DocumentFormat.OpenXml.Wordprocessing;

namespace Guangong.Documents.Official.Layout;

/// <summary>
/// A borderless DrawingML text box placed at a fixed position on the paper (offsets from the page's
/// left and top edges), for the parts GB/T 9704 places by distance from the paper's edge rather than
/// in the flow of text: the record block and the 信函 head and foot. LibreOffice 7 ignores the position
/// of a floating table or a framePr frame as wide as the block, but honours a text box.
/// </summary>
internal static class PageBox
{
    private const long EmuPerTwip = 635;

    /// <param name="wrap">True: text flows above and below the box, never under it; false: the box
    /// floats over the text, which the caller keeps clear of it.</param>
    /// <param name="bottom">Text anchored to the box's foot (else its top).</param>
    public static Paragraph Anchored(IReadOnlyList<Paragraph> content, int left, int top, int width, int height, int id, string name, bool wrap, bool bottom) =>
        new(new Run(new Drawing(Xml(content, left, top, width, height, id, name, wrap, bottom))));

    private static string Xml(IReadOnlyList<Paragraph> content, int left, int top, int width, int height, int id, string name, bool wrap, bool bottom)
    {
        var (x, y, cx, cy) = (left * EmuPerTwip, top * EmuPerTwip, width * EmuPerTwip, height * EmuPerTwip);
        var text = string.Concat(content.Select(p => p.OuterXml));
        var wrapping = wrap ? "<wp:wrapTopAndBottom/>" : "<wp:wrapNone/>";
        var anchor = bottom ? "b" : "t";
        return $"""
            <w:drawing xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{251659264 + id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>{x}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>{y}</wp:posOffset></wp:positionV><wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>{wrapping}<wp:docPr id="{id}" name="{name}"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr><wps:txbx><w:txbxContent>{text}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="{anchor}" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>
            """;
    }
}
