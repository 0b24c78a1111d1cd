using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Guangong.Web.Infrastructure.Data;

/// <summary>
/// How the writers that go around EF Core's commands (<see cref="BulkInsert"/>, the audit entry writer, the generator's
/// bulk writer) hand a model's value to the provider, so that their rows read back as if EF Core had written them.
/// </summary>
internal static class StoreValues
{
    /// <summary>The value as the provider stores it: the model's converter applied (an enum as its name, a UTC time on SQLite).</summary>
    public static object? ToProvider(IProperty property, object? value) =>
        value is null ? null : property.GetTypeMapping().Converter is { } converter ? converter.ConvertToProvider(value) : value;

    /// <summary>The column's type as PostgreSQL's binary COPY names it: without a size ("character varying(20)" → "character varying").</summary>
    public static string CopyType(IProperty property) =>
        property.GetColumnType() is var type && type.IndexOf('(') is var i and > 0 ? type[..i].Trim() : type;

    /// <summary>A parameter added to a command that is prepared once and run for each row with new values.</summary>
    public static DbParameter AddParameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
