using System.Diagnostics;

namespace Guangong.Web.Features.Essays;

/// <summary>
/// The compiled issues' files under the data folder (files/journals), and their PDF through
/// LibreOffice headless, run in a temporary folder with a time limit.
/// </summary>
public sealed class JournalArchive(string directory, ILogger<JournalArchive> log)
{
    public const string NoOfficeMessage = "服务器上没有安装 LibreOffice（soffice），暂时不能生成 PDF。请下载 .docx，用 Word 或 WPS 打开后另存为 PDF。";

    public static readonly TimeSpan ConvertTimeout = TimeSpan.FromMinutes(3);

    public string PathOf(string key) => Path.Combine(directory, key);

    /// <summary>A new file to write an issue into; moved into place by <see cref="Keep"/>.</summary>
    public (string Key, string TempPath) NewFile()
    {
        Directory.CreateDirectory(directory);
        var key = $"{Guid.NewGuid():N}.docx";
        return (key, Path.Combine(directory, key + ".tmp"));
    }

    public void Keep(string key, string tempPath) => File.Move(tempPath, PathOf(key), overwrite: true);

    public void Delete(string? key)
    {
        if (key is null)
        {
            return;
        }

        File.Delete(PathOf(key));
        File.Delete(Path.ChangeExtension(PathOf(key), ".pdf"));
    }

    public long SizeOf(string key) => File.Exists(PathOf(key)) ? new FileInfo(PathOf(key)).Length : 0;

    public Stream? Open(string? key) => key is not null && File.Exists(PathOf(key)) ? File.OpenRead(PathOf(key)) : null;

    /// <summary>The PDF (made once and kept beside the .docx), or a Chinese message why not.</summary>
    public async Task<(string? Path, string? Error)> PdfAsync(string key, CancellationToken ct)
    {
        var pdf = Path.ChangeExtension(PathOf(key), ".pdf");
        if (File.Exists(pdf))
        {
            return (pdf, null);
        }

        var soffice = FindOffice();
        if (soffice is null)
        {
            return (null, NoOfficeMessage);
        }

        var work = Directory.CreateTempSubdirectory("guangong-journal-");
        try
        {
            var input = Path.Combine(work.FullName, "journal.docx");
            File.Copy(PathOf(key), input);
            var start = new ProcessStartInfo(soffice)
            {
                ArgumentList = { $"-env:UserInstallation=file://{work.FullName}/profile", "--headless", "--convert-to", "pdf", "--outdir", work.FullName, input },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = work.FullName,
            };
            using var process = Process.Start(start)!;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(ConvertTimeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                return (null, "生成 PDF 超时，请稍后再试，或下载 .docx 自行转换。");
            }

            var output = Path.Combine(work.FullName, "journal.pdf");
            if (process.ExitCode != 0 || !File.Exists(output))
            {
                log.LogWarning("soffice exited {Code}: {Error}", process.ExitCode, await process.StandardError.ReadToEndAsync(ct));
                return (null, "LibreOffice 未能把内刊转换为 PDF，请下载 .docx 自行转换。");
            }

            File.Move(output, pdf, overwrite: true);
            return (pdf, null);
        }
        finally
        {
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static string? FindOffice()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in new[] { "soffice", "libreoffice" })
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
