namespace Guangong.Documents.Official;

/// <summary>
/// A photo in the body (a 申报表's evidence): PNG or JPEG bytes, drawn inline and centred at the text
/// block's width with its aspect kept (a tall photo is kept to two thirds of the block's height), with
/// an optional caption line below.
/// </summary>
public sealed record OfficialImage(byte[] Bytes, string? Caption = null) : OfficialBlock;
