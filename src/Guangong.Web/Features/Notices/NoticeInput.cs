namespace Guangong.Web.Features.Notices;

/// <summary>The notice form and the API body alike: every non-text field as text, checked with Chinese messages.</summary>
public sealed class NoticeInput
{
    public string? Title { get; set; }

    public string? Body { get; set; }

    /// <summary>All, Children, Kind or Chosen (see <see cref="NoticeAudience"/>).</summary>
    public string? Audience { get; set; }

    /// <summary>The unit kind when <see cref="Audience"/> is Kind (a <see cref="Organization.UnitKind"/> name).</summary>
    public string? Kind { get; set; }

    /// <summary>The chosen units' ids, separated by commas, when <see cref="Audience"/> is Chosen.</summary>
    public string? UnitIds { get; set; }

    /// <summary>"true" when each receiving unit must reply.</summary>
    public string? ReplyRequired { get; set; }

    public string? ReplyDeadline { get; set; }

    /// <summary>Tokens of attachments uploaded as they were picked (<see cref="NoticeUploads"/>); the page posts them as "uploaded".</summary>
    public List<string>? Uploaded { get; set; }

    public bool RepliesWanted => ReplyRequired is "true" or "True" or "on" or "1";

    public IReadOnlyList<long>? ChosenIds()
    {
        var ids = new List<long>();
        foreach (var part in (UnitIds ?? string.Empty).Split([',', '，', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!long.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
            {
                return null;
            }

            ids.Add(id);
        }

        return ids.Distinct().ToList();
    }
}

/// <summary>A receiving unit's reply: text, with files posted beside it.</summary>
public sealed class ReplyInput
{
    public string? Text { get; set; }

    /// <summary>As <see cref="NoticeInput.Uploaded"/>.</summary>
    public List<string>? Uploaded { get; set; }
}
