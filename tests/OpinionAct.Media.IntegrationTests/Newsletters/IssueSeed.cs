using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.Newsletters;

namespace OpinionAct.Media.IntegrationTests.Newsletters;

/// <summary>
/// Newsletters, subscribers and issues written straight into a tenant database, as the subscriptions half
/// would leave them; the issue goes through <see cref="IssueService"/> like the admin's.
/// </summary>
public sealed class IssueSeed(MediaHost host, string tenantName)
{
    public ContentSeed Content { get; } = new(host, tenantName);

    public string Tenant => tenantName;

    public Task<int> NewsletterAsync(string slug = "hebdo", string name = "La lettre du mardi") => Content.InTenantAsync(async sp =>
    {
        var db = sp.GetRequiredService<TenantDbContext>();
        var newsletter = new NewsletterRecord
        {
            Slug = slug,
            Name = name,
            SenderName = "Énergies Claires",
            SenderAddress = "lettre@energies.example",
            ReplyTo = "redaction@energies.example",
            CreatedUtc = DateTime.UtcNow,
        };
        db.Newsletters.Add(newsletter);
        await db.SaveChangesAsync();
        return newsletter.Id;
    });

    /// <summary>Adds subscribers reader{from..}@example.test, each with a subscription in the given state.</summary>
    public Task<List<int>> SubscribersAsync(int newsletterId, int count, SubscriptionState state = SubscriptionState.Confirmed, int from = 0, bool suppressed = false) =>
        Content.InTenantAsync(async sp =>
        {
            var db = sp.GetRequiredService<TenantDbContext>();
            var now = DateTime.UtcNow;
            var subscribers = Enumerable.Range(from, count).Select(i => new SubscriberRecord
            {
                Email = Address(i),
                CreatedUtc = now,
                SuppressedUtc = suppressed ? now : null,
                SuppressionReason = suppressed ? "hard bounce" : null,
            }).ToList();
            db.Subscribers.AddRange(subscribers);
            await db.SaveChangesAsync();
            db.Subscriptions.AddRange(subscribers.Select(s => new SubscriptionRecord
            {
                SubscriberId = s.Id,
                NewsletterId = newsletterId,
                State = state,
                RequestedUtc = now,
                ConfirmedUtc = state == SubscriptionState.Confirmed ? now : null,
            }));
            await db.SaveChangesAsync();
            return subscribers.Select(s => s.Id).ToList();
        });

    public static string Address(int i) => $"reader{i:D5}@example.test";

    public Task<int> IssueAsync(int newsletterId, string subject = "Le réseau sous tension", string body = "## Cette semaine\n\nTrois **lectures** et un [rapport](https://www.ademe.fr/).", IReadOnlyList<int>? articles = null) =>
        Content.InTenantAsync(async sp => (await sp.GetRequiredService<IssueService>().SaveAsync(null, new IssueDraft(newsletterId, subject, "Trois lectures", body, articles ?? []), default)).Id);

    public Task<int> QueueAsync(int issueId) => Content.InTenantAsync(sp => sp.GetRequiredService<IssueService>().QueueAsync(issueId, default));

    public Task<IssueProgress> ProgressAsync(int issueId) =>
        Content.InTenantAsync(async sp => (await sp.GetRequiredService<DeliveryStore>().ProgressAsync(issueId, default))!);

    public Task<List<IssueDeliveryRecord>> DeliveriesAsync(int issueId) =>
        Content.InTenantAsync(sp => sp.GetRequiredService<TenantDbContext>().IssueDeliveries.AsNoTracking().Where(d => d.IssueId == issueId).OrderBy(d => d.Id).ToListAsync());

    public Task SuppressAsync(int subscriberId) => Content.InTenantAsync(async sp =>
    {
        var db = sp.GetRequiredService<TenantDbContext>();
        await db.Subscribers.Where(s => s.Id == subscriberId).ExecuteUpdateAsync(s => s.SetProperty(x => x.SuppressedUtc, DateTime.UtcNow));
        return 0;
    });

    /// <summary>Waits until the worker has settled every row and marked the issue sent.</summary>
    public async Task<IssueProgress> SentAsync(int issueId, TimeSpan? within = null)
    {
        IssueProgress? progress = null;
        await Eventually.TrueAsync(async () => (progress = await ProgressAsync(issueId)).Status == nameof(IssueStatus.Sent), within ?? TimeSpan.FromSeconds(60), $"issue {issueId} sent");
        return progress!;
    }
}
