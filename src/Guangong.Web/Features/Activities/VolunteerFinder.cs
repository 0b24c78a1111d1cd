namespace Guangong.Web.Features.Activities;

/// <summary>The activity form's search for a volunteer by name: its address and what it takes as a name.</summary>
public static class VolunteerFinder
{
    public const string Url = "/activities/volunteer-choices";

    /// <summary>As long as a name the roster holds.</summary>
    public const int MaxNameLength = People.Volunteer.NameMaxLength;

    /// <summary>The name to look for: trimmed; null when blank or longer than any name.</summary>
    public static string? Name(string? typed) =>
        typed?.Trim() is { Length: > 0 and <= MaxNameLength } name ? name : null;
}
