using Guangong.Documents.Plans;

namespace Guangong.Web.Infrastructure.Files;

/// <summary>The text of a document given as an uploaded .docx/.txt or pasted, as the import pages take it (plans, summaries, rules).</summary>
public static class PostedDocumentText
{
    /// <param name="what">What the document is, for the message when neither was given ("计划", "总结").</param>
    public static async Task<(string? Text, string? Error)> ReadAsync(IFormFile? file, string? pasted, string what)
    {
        string? text;
        if (file is { Length: > 0 })
        {
            await using var stream = file.OpenReadStream();
            var read = PlanFileReader.Read(stream, file.FileName);
            if (!read.IsSuccess)
            {
                return (null, read.Error);
            }

            text = read.Text;
        }
        else
        {
            text = pasted;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, file is { Length: 0 } ? "文件是空的（0字节）。" : $"请上传{what}文件，或粘贴{what}全文。");
        }

        return (text, null);
    }
}
