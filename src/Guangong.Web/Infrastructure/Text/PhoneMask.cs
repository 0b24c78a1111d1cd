namespace Guangong.Web.Infrastructure.Text;

/// <summary>Phone numbers are personal data: lists and exports show 138****5678.</summary>
public static class PhoneMask
{
    public static string Mask(string? phone)
    {
        if (string.IsNullOrEmpty(phone))
        {
            return string.Empty;
        }

        return phone.Length < 7 ? new string('*', phone.Length) : $"{phone[..3]}****{phone[^4..]}";
    }
}
