namespace Guangong.Documents;

/// <summary>The content types of the files this library writes, said once for every download.</summary>
public static class MediaTypes
{
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
