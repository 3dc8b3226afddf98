using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Analytics;
using OpinionAct.Media.Data.Analytics;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Analytics;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.Analytics;

/// <summary>
/// An event's fields are declared once, on <see cref="AnalyticsEventRecord"/>: these tests fail when a
/// property is added there (or to <see cref="ValidEvent"/>) but not carried to the stored row.
/// </summary>
public sealed class AnalyticsEventFieldsTests
{
    private static readonly PropertyInfo[] Stored = typeof(AnalyticsEventRecord).GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.Name != nameof(AnalyticsEventRecord.Id))
        .ToArray();

    public static TheoryData<string> Providers() => TestStorage.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Writer_should_store_every_property_of_the_record_when_it_commits_a_batch(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        await using var host = new MediaHost(storage);
        var name = await host.CreateTenantAsync();

        // 13 rows: a full 10-row statement and a 3-row one; odd rows leave every nullable property null.
        var rows = Enumerable.Range(0, 13).Select(i => Sample(i, nulls: i % 2 == 1)).ToList();
        await host.Get<AnalyticsEventWriter>().WriteAsync(name, rows, default);

        var descriptor = await host.Get<ITenantStore>().FindAsync(name, default);
        await using var scope = host.Services.CreateTenantScope(descriptor!);
        var stored = await scope.ServiceProvider.GetRequiredService<TenantDbContext>().AnalyticsEvents.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(rows.Count, stored.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            foreach (var property in Stored)
            {
                Assert.True(Equals(property.GetValue(rows[i]), property.GetValue(stored[i])), $"Row {i}: {property.Name} was written as {property.GetValue(rows[i]) ?? "null"} but stored as {property.GetValue(stored[i]) ?? "null"}.");
            }
        }
    }

    [Fact]
    public void Record_should_carry_every_field_of_the_validated_event_when_made_from_it()
    {
        var e = new ValidEvent(EventType.SearchClick, "renovation", TrafficSource.Campaign, "week-48", "mail.example", "bsky.app", 13, 75, "isolation", 3, "7-0123456789abcdef");
        var record = AnalyticsEventRecord.From(e, new DateOnly(2026, 3, 4), 11, 12, 14, ambassadorId: 7);

        // The share code is not stored as read: the endpoint verifies it and the record keeps the ambassador's id.
        Assert.Equal(7, record.AmbassadorId);
        foreach (var field in typeof(ValidEvent).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name is not "EqualityContract" and not nameof(ValidEvent.AmbassadorCode)))
        {
            var column = typeof(AnalyticsEventRecord).GetProperty(field.Name);
            Assert.True(column is not null, $"ValidEvent.{field.Name} has no property of the same name on AnalyticsEventRecord.");
            var expected = field.GetValue(e) is Enum value ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) : field.GetValue(e);
            Assert.Equal(expected, column.GetValue(record));
        }

        Assert.Equal((new DateOnly(2026, 3, 4), 11L, 12L, 14), (record.Day, record.VisitorKey, record.PreviousVisitorKey, record.ArticleId));
    }

    [Fact]
    public void Record_should_cut_text_to_its_column_when_made_from_a_longer_value()
    {
        var e = new ValidEvent(EventType.PageView, new string('p', 400), TrafficSource.Direct, null, new string('r', 300), new string('t', 300), 0, null, null, null);
        var record = AnalyticsEventRecord.From(e, new DateOnly(2026, 3, 4), 1, 0, 0);

        Assert.Equal((300, 255, 255), (record.Path.Length, record.ReferrerHost!.Length, record.TargetHost!.Length));
    }

    /// <summary>A value for every stored property, distinct per property and row; a new property type must be added here.</summary>
    private static AnalyticsEventRecord Sample(int row, bool nulls)
    {
        var record = new AnalyticsEventRecord { Path = string.Empty };
        for (var i = 0; i < Stored.Length; i++)
        {
            var property = Stored[i];
            var n = (row * 100) + i + 1;
            var nullable = !property.PropertyType.IsValueType || Nullable.GetUnderlyingType(property.PropertyType) is not null;
            if (nulls && nullable && new NullabilityInfoContext().Create(property).WriteState == NullabilityState.Nullable)
            {
                property.SetValue(record, null);
                continue;
            }

            object value = (Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType) switch
            {
                var t when t == typeof(int) => n,
                var t when t == typeof(long) => (long)n << 33,
                var t when t == typeof(string) => $"v{n}",
                var t when t == typeof(DateOnly) => new DateOnly(2026, 1, 1).AddDays(n),
                var t => throw new InvalidOperationException($"AnalyticsEventRecord.{property.Name} is a {t.Name}: give this test a sample value for it."),
            };
            property.SetValue(record, value);
        }

        return record;
    }
}
