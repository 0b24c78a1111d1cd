using System.ComponentModel.DataAnnotations;

namespace Guangong.Web.Features.Publicity;

public enum ArticleKind
{
    [Display(Name = "信息/简讯")] Brief = 1,
    [Display(Name = "通讯/文章")] Feature = 2,
    [Display(Name = "图片新闻")] Photo = 3,
    [Display(Name = "视频/电视报道")] Video = 4,
}

/// <summary>草稿 → 已提交 → 已审核 (or 退回, then edited and submitted again) → 已采用.</summary>
public enum ArticleStatus
{
    [Display(Name = "草稿")] Draft = 1,
    [Display(Name = "已提交")] Submitted = 2,
    [Display(Name = "已退回")] Returned = 3,
    [Display(Name = "已审核")] Reviewed = 4,
    [Display(Name = "已采用")] Adopted = 5,
}

/// <summary>What happened to an article at one step of its workflow.</summary>
public enum ArticleAction
{
    [Display(Name = "创建")] Created = 1,
    [Display(Name = "修改")] Edited = 2,
    [Display(Name = "提交")] Submitted = 3,
    [Display(Name = "审核通过")] Approved = 4,
    [Display(Name = "退回")] Returned = 5,
    [Display(Name = "登记采用")] Adopted = 6,
}

/// <summary>The level of an outlet; the scoring table's columns, lowest first.</summary>
public enum OutletLevel
{
    [Display(Name = "镇")] Town = 1,
    [Display(Name = "县区旗")] District = 2,
    [Display(Name = "市")] City = 3,
    [Display(Name = "省")] Province = 4,
    [Display(Name = "国家")] National = 5,
}

public enum OutletKind
{
    [Display(Name = "网站")] Website = 1,
    [Display(Name = "报纸")] Newspaper = 2,
    [Display(Name = "公众号")] WeChat = 3,
    [Display(Name = "电视")] Television = 4,
    [Display(Name = "内刊")] Internal = 5,
    [Display(Name = "网上关工委")] OwnSite = 6,
}

/// <summary>How an adopted article's points are shared among its authors.</summary>
public enum CoAuthorShare
{
    [Display(Name = "第一作者得全分")] FirstAuthorFull = 1,
    [Display(Name = "作者平分")] SplitEqually = 2,
}
