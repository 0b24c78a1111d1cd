using System.Globalization;

namespace Guangong.Documents.Official.Layout;

/// <summary>Open XML keeps many measures as strings; these keep them culture-free.</summary>
internal static class Measure
{
    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A width in half-width character units (see <see cref="TextWidth"/>) as body-text twips.</summary>
    public static int BodyTwips(int halfUnits) => (int)Math.Round(halfUnits * OfficialPage.BodyCharacter / 2.0, MidpointRounding.AwayFromZero);
}
