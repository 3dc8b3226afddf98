using System.Security.Claims;
using OpinionAct.Media.Audit;
using OpinionAct.Media.Data.Audit;
using OpinionAct.Media.Web.Accounts;
using OpinionAct.Media.Web.Hosting;

namespace OpinionAct.Media.Web.Audit;

/// <summary>
/// What other modules call to write the current tenant's audit log (scoped; in a tenant scope).
/// <see cref="Add"/> stages the entry in the scope's unit of work, so it is saved with the change it
/// describes and a rolled-back change leaves no entry; <see cref="RecordAsync"/> saves at once (sign-ins,
/// refusals: nothing else is written). The actor is, in order: the one given, the one set for the scope
/// with <see cref="ActAs"/> (an API request's integration), the signed-in editor or support staff of the
/// request, else "system". The IP is the request's client address.
/// </summary>
/// <remarks>
/// Never pass a password, a token, a secret or a key as target or detail: the log is shown to Admins and
/// exported. Target and detail are cut to their column's length.
/// </remarks>
public sealed class AuditTrail(AuditStore store, TimeProvider clock, IHttpContextAccessor? http = null, TrustedProxies? proxies = null)
{
    private AuditActor? _actor;

    /// <summary>Names the actor of every later entry of this scope (an API request sets its integration once).</summary>
    public void ActAs(AuditActor actor) => _actor = actor;

    /// <summary>Stages an entry: saved by the caller's next SaveChanges, in its transaction.</summary>
    public void Add(string action, string target = "", string detail = "", AuditActor? actor = null) =>
        store.Add(Entry(action, target, detail, actor));

    /// <summary>Saves an entry now.</summary>
    public Task RecordAsync(string action, string target = "", string detail = "", AuditActor? actor = null, CancellationToken cancellationToken = default) =>
        store.AddNowAsync(Entry(action, target, detail, actor), cancellationToken);

    private AuditEntryRecord Entry(string action, string target, string detail, AuditActor? actor)
    {
        if (!AuditActions.IsKnown(action))
        {
            throw new ArgumentException($"'{action}' is not an audit action (AuditActions).", nameof(action));
        }

        var context = http?.HttpContext;
        var who = actor ?? _actor ?? FromRequest(context) ?? AuditActor.System;
        return new AuditEntryRecord
        {
            TimeUtc = clock.GetUtcNow().UtcDateTime,
            ActorKind = (int)who.Kind,
            Actor = Cut(who.Name, AuditEntryRecord.ActorLength),
            Action = action,
            Target = Cut(target, AuditEntryRecord.TargetLength),
            Detail = Cut(detail, AuditEntryRecord.DetailLength),
            Ip = context is null || proxies is null ? string.Empty : Cut(proxies.ClientAddress(context), 64),
        };
    }

    private static AuditActor? FromRequest(HttpContext? context)
    {
        if (context?.User.Identity is not { IsAuthenticated: true })
        {
            return null;
        }

        // An Admin API token (OpenIddict claims): an integration by its name, or a person through an app.
        if (context.User.FindFirstValue("client_id") is { } client)
        {
            var caller = context.User.FindFirstValue("name") ?? client;
            return context.User.HasClaim(c => c.Type == "role") ? AuditActor.User(caller) : AuditActor.Integration(caller);
        }

        if (context.User.FindFirstValue(ClaimTypes.Name) is not { } name)
        {
            return null;
        }

        return context.User.HasClaim(EditorPrincipal.SupportClaim, "true") ? AuditActor.Support(name) : AuditActor.User(name);
    }

    private static string Cut(string? value, int length)
    {
        value = (value ?? string.Empty).ReplaceLineEndings(" ");
        return value.Length <= length ? value : value[..length];
    }
}
