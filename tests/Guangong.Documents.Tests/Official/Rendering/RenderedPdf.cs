using System.Diagnostics;
using System.Globalization;
using System.Xml.Linq;

namespace Guangong.Documents.Tests.Official.Rendering;

/// <summary>
/// A .docx rendered to PDF by LibreOffice headless and read back with poppler: words with their
/// boxes (pdftotext -bbox) and pages as pixels (pdftoppm), so layout is measured on the page a
/// printer would get, not only in the XML. Without LibreOffice the tests skip locally and fail under
/// CI=true, where .ci/run installs it.
/// </summary>
internal sealed class RenderedPdf
{
    public const double PointsPerMm = 72 / 25.4;

    private RenderedPdf(string pdfPath, IReadOnlyList<PdfPage> pages)
    {
        PdfPath = pdfPath;
        Pages = pages;
    }

    public string PdfPath { get; }

    public IReadOnlyList<PdfPage> Pages { get; }

    /// <summary>
    /// PDF export keeping the blank pages LibreOffice inserts before a section that starts on an even
    /// page, as a printout has them (its PDF export drops them by default).
    /// </summary>
    private const string PdfWithBlankPages = "pdf:writer_pdf_Export:{\"IsSkipEmptyPages\":{\"type\":\"boolean\",\"value\":\"false\"}}";

    public static RenderedPdf Render(byte[] docx, string name)
    {
        if (!OnPath("soffice") || !OnPath("pdftotext") || !OnPath("pdftoppm"))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException("CI=true but soffice/pdftotext/pdftoppm are missing: .ci/run installs libreoffice-writer-nogui and poppler-utils.");
            }
            Assert.Skip("LibreOffice or poppler is not installed (apt-get install libreoffice-writer-nogui poppler-utils).");
        }
        var dir = Path.Combine(Path.GetTempPath(), "guangong-render", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var docxPath = Path.Combine(dir, name + ".docx");
        File.WriteAllBytes(docxPath, docx);
        // A profile of its own: a second soffice sharing the user's profile would hand the job over and exit.
        Run("soffice", dir, FontConfigEnvironment(dir),
            $"-env:UserInstallation=file://{dir}/profile", "--headless", "--convert-to", PdfWithBlankPages, "--outdir", dir, docxPath);
        var pdf = Path.Combine(dir, name + ".pdf");
        Assert.True(File.Exists(pdf), "LibreOffice did not write " + pdf);
        Run("pdftotext", dir, null, "-bbox", pdf, Path.Combine(dir, "words.html"));
        return new RenderedPdf(pdf, ReadWords(Path.Combine(dir, "words.html")));
    }

    /// <summary>Page <paramref name="index"/> (0-based) as RGB pixels at the given resolution.</summary>
    public PixelPage Pixels(int index, int dpi = 60)
    {
        var prefix = Path.Combine(Path.GetDirectoryName(PdfPath)!, $"page{index}-{dpi}");
        Run("pdftoppm", Path.GetDirectoryName(PdfPath)!, null, "-r", dpi.ToString(CultureInfo.InvariantCulture),
            "-f", (index + 1).ToString(CultureInfo.InvariantCulture), "-l", (index + 1).ToString(CultureInfo.InvariantCulture), "-singlefile", PdfPath, prefix);
        return PixelPage.ReadPpm(prefix + ".ppm", dpi);
    }

    /// <summary>The names of the faces embedded in the PDF (pdffonts), without their subset prefix ("ABCDEF+").</summary>
    public IReadOnlyList<string> FontNames()
    {
        var listing = Path.Combine(Path.GetDirectoryName(PdfPath)!, "fonts.txt");
        var start = new ProcessStartInfo("pdffonts") { RedirectStandardOutput = true };
        start.ArgumentList.Add(PdfPath);
        using var process = Process.Start(start)!;
        var lines = process.StandardOutput.ReadToEnd().Split('\n').Skip(2).Where(l => l.Trim().Length > 0);
        process.WaitForExit();
        File.WriteAllLines(listing, lines);
        return lines.Select(l => l.Split(' ', 2)[0]).Select(n => n.Contains('+') ? n[(n.IndexOf('+') + 1)..] : n).Distinct().ToList();
    }

    /// <summary>The official faces' names resolve through the repository's alias file, as .ci/run installs it.</summary>
    private static Dictionary<string, string>? FontConfigEnvironment(string dir)
    {
        var aliases = FindUp(Path.Combine(".ci", "fonts", "guangong-fonts.conf"));
        if (aliases is null || !File.Exists("/etc/fonts/fonts.conf"))
        {
            return null;
        }
        var conf = Path.Combine(dir, "fonts.conf");
        File.WriteAllText(conf, $"<?xml version=\"1.0\"?><fontconfig><include>/etc/fonts/fonts.conf</include><include>{aliases}</include><cachedir>{dir}/fc-cache</cachedir></fontconfig>");
        return new Dictionary<string, string> { ["FONTCONFIG_FILE"] = conf };
    }

    private static string? FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    private static IReadOnlyList<PdfPage> ReadWords(string path)
    {
        XNamespace ns = "http://www.w3.org/1999/xhtml";
        var html = XDocument.Load(path);
        return html.Descendants(ns + "page").Select(page => new PdfPage(
            D(page, "width"), D(page, "height"),
            page.Elements(ns + "word").Select(w => new PdfWord(w.Value, D(w, "xMin"), D(w, "yMin"), D(w, "xMax"), D(w, "yMax"))).ToList())).ToList();
    }

    private static double D(XElement e, string name) => double.Parse(e.Attribute(name)!.Value, CultureInfo.InvariantCulture);

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Any(dir => File.Exists(Path.Combine(dir, tool)));

    private static void Run(string tool, string dir, Dictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (key, value) in environment ?? [])
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish in 3 minutes.");
        }
        Assert.True(process.ExitCode == 0, $"{tool} failed ({process.ExitCode}): {stderr.Result}");
    }
}

internal sealed record PdfWord(string Text, double XMin, double YMin, double XMax, double YMax);

internal sealed record PdfPage(double Width, double Height, IReadOnlyList<PdfWord> Words)
{
    public string Text => string.Concat(Words.Select(w => w.Text));

    /// <summary>Words grouped into lines by their baseline, top to bottom.</summary>
    public IReadOnlyList<IReadOnlyList<PdfWord>> Lines() =>
        Words.GroupBy(w => Math.Round(w.YMax / 3)).OrderBy(g => g.Key).Select(g => (IReadOnlyList<PdfWord>)g.OrderBy(w => w.XMin).ToList()).ToList();

    public PdfWord First(string text) =>
        Words.FirstOrDefault(w => w.Text.Contains(text, StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"\"{text}\" is not on the page: {Text}");
}
