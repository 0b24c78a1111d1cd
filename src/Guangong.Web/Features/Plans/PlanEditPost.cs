namespace Guangong.Web.Features.Plans;

/// <summary>
/// What the plan editor posts back: the draft tree as JSON, the source text, the year, the one
/// operation asked for, and every text box and ticked suggestion of the draft.
/// </summary>
public sealed class PlanEditPost
{
    public string? Draft { get; set; }

    public string? Source { get; set; }

    public string? Year { get; set; }

    public string? Op { get; set; }

    /// <summary>Ticked: save although the unit has the same plan of the year already.</summary>
    public bool Again { get; set; }

    public string? Title { get; set; }

    public string? Issuer { get; set; }

    public string? Preamble { get; set; }

    public List<string>? Pick { get; set; }

    public List<SectionPost>? Sections { get; set; }

    public sealed class SectionPost
    {
        public string? Heading { get; set; }

        public string? Text { get; set; }

        public List<string>? Items { get; set; }
    }
}
