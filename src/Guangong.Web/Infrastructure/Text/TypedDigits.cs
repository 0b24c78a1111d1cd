namespace Guangong.Web.Infrastructure.Text;

/// <summary>
/// What a Chinese input method types in its full-width mode, made what the forms read: "２０２６年１２月１日" is a date,
/// "３００" a number, "１３８ １２３４ ５６７８" a phone. Applied to every query string and posted form value (<see cref="FormInputMiddleware"/>)
/// but a password's, so no field needs to know; the browser does the same as one types (js/typed-digits.js).
/// Full-width digits are a slip in Chinese prose too (GB/T 15835 writes Arabic numerals half-width), and no
/// name or code holds them; full-width punctuation (，。（）) is Chinese and stays.
/// </summary>
public static class TypedDigits
{
    private static bool Has(string text) => text.Any(c => c is >= '０' and <= '９');

    public static string Half(string text)
    {
        if (!Has(text))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= '０' and <= '９')
            {
                chars[i] = (char)('0' + (chars[i] - '０'));
            }
        }

        // Between two digits a full-width point is a decimal point ("１２．５"), and a full-width hyphen, slash or colon
        // joins a date or a time ("２０２６－１２－２０", "８：３０"); elsewhere each is the writer's punctuation.
        for (var i = 1; i < chars.Length - 1; i++)
        {
            if (char.IsAsciiDigit(chars[i - 1]) && char.IsAsciiDigit(chars[i + 1]) && chars[i] is '．' or '－' or '／' or '：')
            {
                chars[i] = (char)(chars[i] - '．' + '.');
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// A number field's text as a number: its full-width digits and any full-width point ("．5") made ASCII. For values
    /// that did not come through a form (the API's JSON); a form's digits are ASCII already.
    /// </summary>
    public static string? Number(string? text) => text is null ? null : Half(text).Replace('．', '.');

    /// <summary>A phone as typed with spaces or in full width, as the phone rule reads it: "138 1234 5678" is 13812345678.</summary>
    public static string Phone(string text)
    {
        var half = Half(text).Trim().Replace('－', '-').Replace('—', '-');
        if (!half.Any(char.IsAsciiDigit) || !half.All(c => char.IsAsciiDigit(c) || c is ' ' or '\u3000' or '-'))
        {
            return half;
        }

        var joined = string.Concat(half.Where(c => c is not (' ' or '\u3000')));
        // A mobile written in groups (138-1234-5678) is one number; a landline keeps the hyphen after its area code.
        var digits = string.Concat(joined.Where(char.IsAsciiDigit));
        return joined.StartsWith('1') && digits.Length == 11 ? digits : joined;
    }
}
