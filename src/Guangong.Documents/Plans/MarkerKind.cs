namespace Guangong.Documents.Plans;

/// <summary>Numbering styles of Chinese official documents, from the outermost level inwards.</summary>
internal enum MarkerKind
{
    /// <summary>第一章 (rules: 制度, 办法, 细则)</summary>
    Chapter = -2,
    /// <summary>第一节, inside a chapter</summary>
    Subchapter = -1,
    /// <summary>第一条</summary>
    Article = 0,
    /// <summary>一、</summary>
    ChineseComma = 1,
    /// <summary>（一）</summary>
    ParenChinese = 2,
    /// <summary>1．</summary>
    ArabicDot = 3,
    /// <summary>（1）, also "1)" and "1）"</summary>
    ParenArabic = 4,
    /// <summary>①</summary>
    Circled = 5,
}
