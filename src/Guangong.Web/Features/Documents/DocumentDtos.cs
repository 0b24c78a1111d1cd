namespace Guangong.Web.Features.Documents;

// The /api/v1/documents answers. Property names are the JSON names (camelCase on the wire).

/// <summary>One line of the register of issued documents, with the address of the file as issued.</summary>
public sealed record RegisterEntryDto(long Id, string Unit, int Year, int? Sequence, string Number, string Kind, string Title,
    DateOnly DocumentDate, string Signer, string IssuedBy, DateTime IssuedAt, string Sha256, string File)
{
    public static RegisterEntryDto From(RegisterRow r) => new(r.Id, r.UnitName, r.Year, r.Sequence, r.Number, r.KindText, r.Title,
        r.DocumentDate, r.Signer, r.IssuedBy, r.CreatedUtc, r.Sha256, $"/documents/{r.Id}/file");
}
