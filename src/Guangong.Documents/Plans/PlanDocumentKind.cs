namespace Guangong.Documents.Plans;

/// <summary>What a committee document is, which decides what it becomes on import.</summary>
public enum PlanDocumentKind
{
    /// <summary>Neither the title nor the text says.</summary>
    Unknown = 0,
    /// <summary>计划、意见、要点、方案、安排: promises that become tasks.</summary>
    Plan = 1,
    /// <summary>总结、汇报、事迹材料、报告: results that become figures and progress.</summary>
    Summary = 2,
    /// <summary>制度、办法、细则、标准、规定、章程: rules that become a checklist or an assessment template.</summary>
    Rules = 3,
    /// <summary>A notice (通知) of its own, e.g. 关于开展…活动的通知: its arrangements can become tasks.</summary>
    Notice = 4,
}
