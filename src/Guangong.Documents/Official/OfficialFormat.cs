namespace Guangong.Documents.Official;

/// <summary>The forms of GB/T 9704 the writer lays out (the standard's 文件格式 and 信函格式).</summary>
public enum OfficialFormat
{
    /// <summary>文件: the red issuer mark centred, the number under it, a red rule across the block.</summary>
    Document,

    /// <summary>信函: the red mark with a red double rule (thick over thin) and the number at the right under it.</summary>
    Letter,
}
