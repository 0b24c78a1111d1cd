namespace Guangong.Documents.Official;

/// <summary>
/// An attachment printed after the document (附件), on a page of its own as GB/T 9704 requires so it can
/// be detached. The writer labels it "附件" or "附件1", "附件2"… by its position.
/// </summary>
public sealed record OfficialAppendix(string Title, IReadOnlyList<OfficialBlock> Blocks);
