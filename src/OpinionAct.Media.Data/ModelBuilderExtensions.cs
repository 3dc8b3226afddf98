using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OpinionAct.Media.Data;

internal static class ModelBuilderExtensions
{
    private static readonly ValueConverter<DateTime, DateTime> UtcConverter =
        new(v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    /// <summary>
    /// SQLite forgets DateTime kinds; every DateTime we store is UTC, so say so when reading back. Optional times too:
    /// without it a publication or scheduled time came back unspecified, and the Admin API wrote it without its "Z".
    /// </summary>
    public static void UseUtcDateTimes(this ModelBuilder builder)
    {
        foreach (var property in builder.Model.GetEntityTypes().SelectMany(t => t.GetProperties()))
        {
            if (property.ClrType == typeof(DateTime) || property.ClrType == typeof(DateTime?))
            {
                property.SetValueConverter(UtcConverter);
            }
        }
    }
}
