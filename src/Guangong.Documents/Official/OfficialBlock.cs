namespace Guangong.Documents.Official;

/// <summary>
/// One block of an official document's text. Blocks carry their numbering in the text ("一、…"), so
/// the writer never renumbers: what the officer reviewed is what gets printed.
/// </summary>
public abstract record OfficialBlock;
