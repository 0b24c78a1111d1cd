using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml.ExtendedProperties;
using DocumentFormat.OpenXml.Packaging;

namespace Guangong.Documents.Official.Layout;

/// <summary>
/// Makes the package look like one Word or WPS writes: an app.xml (WPS shows an "unknown source"
/// file as repaired without it) and relationship targets relative to their source part, where
/// System.IO.Packaging writes absolute ones ("/word/document.xml").
/// </summary>
internal static class PackageHygiene
{
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    public static void AddAppProperties(WordprocessingDocument document)
    {
        var part = document.AddExtendedFilePropertiesPart();
        part.Properties = new Properties(
            new Application("Guangong"),
            new DocumentSecurity("0"),
            new ScaleCrop("false"),
            new LinksUpToDate("false"),
            new SharedDocument("false"),
            new HyperlinksChanged("false"),
            new ApplicationVersion("1.0000"));
    }

    /// <summary>Rewrites every .rels entry of the zip in <paramref name="package"/> to relative targets.</summary>
    public static void MakeTargetsRelative(MemoryStream package)
    {
        using var zip = new ZipArchive(package, ZipArchiveMode.Update, leaveOpen: true);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.Ordinal)).ToList())
        {
            XDocument rels;
            using (var read = entry.Open())
            {
                rels = XDocument.Load(read);
            }
            // "word/_rels/document.xml.rels" describes "word/document.xml": targets are relative to "word/".
            var sourceFolder = "/" + (Path.GetDirectoryName(Path.GetDirectoryName(entry.FullName)) ?? string.Empty).Replace('\\', '/');
            if (!sourceFolder.EndsWith('/'))
            {
                sourceFolder += "/";
            }
            var changed = false;
            foreach (var relationship in rels.Root!.Elements(Relationships + "Relationship"))
            {
                var target = relationship.Attribute("Target");
                if (relationship.Attribute("TargetMode")?.Value != "External" && target is not null
                    && target.Value.StartsWith(sourceFolder, StringComparison.Ordinal))
                {
                    target.Value = target.Value[sourceFolder.Length..];
                    changed = true;
                }
            }
            if (changed)
            {
                entry.Delete();
                var replacement = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                using var write = replacement.Open();
                rels.Save(write, SaveOptions.DisableFormatting);
            }
        }
    }
}
