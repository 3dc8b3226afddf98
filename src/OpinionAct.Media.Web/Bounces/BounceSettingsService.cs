using System.Text.Json;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Bounces;
using OpinionAct.Media.Deliverability;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Web.Newsletters;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Bounces;

/// <summary>
/// The current tenant's return path and bounce mailbox settings: validated whole before anything is written; the IMAP
/// password and the VERP key encrypted (<see cref="ReturnPaths"/>), never shown back, never logged. Saving a mailbox
/// makes the bounce job due at once on every node.
/// </summary>
public sealed class BounceSettingsService(BounceStore store, TenantContext tenant, ReturnPaths returnPaths, TenantDueIndex work, TimeProvider clock)
{
    /// <summary>An RFC 5321 local part holds at most 64 octets; VERP adds '+' and a token of up to <see cref="VerpToken.MaxLength"/>.</summary>
    public const int MaxVerpLocalPart = 64 - 1 - VerpToken.MaxLength;

    public Task<BounceSettingsRecord> GetAsync(CancellationToken cancellationToken) => store.GetSettingsAsync(cancellationToken);

    /// <summary>The settings with the mailbox's last pass, for the mail settings page.</summary>
    public async Task<BounceSettingsView> ViewAsync(CancellationToken cancellationToken)
    {
        var settings = await store.GetSettingsAsync(cancellationToken);
        var state = await store.GetStateAsync(cancellationToken);
        var summary = state.LastSummaryJson is null ? null : JsonSerializer.Deserialize<BouncePassSummary>(state.LastSummaryJson);
        return new BounceSettingsView(settings, Draft(settings), state.LastPassUtc, summary, state.LastError);
    }

    /// <summary>The form's values for stored settings (the password is never part of it).</summary>
    public static BounceSettingsDraft Draft(BounceSettingsRecord settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new BounceSettingsDraft
        {
            ReturnPath = settings.ReturnPath,
            Verp = settings.Verp,
            ImapHost = settings.ImapHost,
            ImapPort = settings.ImapPort,
            ImapTlsMode = settings.ImapTlsMode ?? nameof(SmtpTlsMode.StartTlsWhenAvailable),
            ImapUserName = settings.ImapUserName,
            ImapFolder = settings.ImapFolder,
            MoveProcessed = settings.MoveProcessed,
            ProcessedFolder = settings.ProcessedFolder,
        };
    }

    /// <summary>Validates and saves; a null or empty password keeps the stored one unless <see cref="BounceSettingsDraft.ClearImapPassword"/>.</summary>
    /// <exception cref="ContentAccessDeniedException">The actor is not an Admin.</exception>
    /// <exception cref="ContentValidationException">Field errors keyed by the draft's property names.</exception>
    public async Task SaveAsync(BounceSettingsDraft draft, ContentActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.CanManageSite)
        {
            throw new ContentAccessDeniedException("Only Admins change the mail settings.");
        }

        var errors = new FieldErrors();
        string? returnPath = null;
        if (!string.IsNullOrWhiteSpace(draft.ReturnPath))
        {
            returnPath = EmailAddresses.Normalize(draft.ReturnPath, out var error);
            if (returnPath is null)
            {
                errors.Add(nameof(draft.ReturnPath), error!);
            }
            else if (draft.Verp && returnPath.IndexOf('@', StringComparison.Ordinal) is var at && (at > MaxVerpLocalPart || returnPath[..at].Contains('+', StringComparison.Ordinal)))
            {
                errors.Add(nameof(draft.ReturnPath), $"is not usable with VERP: its part before the @ must have at most {MaxVerpLocalPart} characters and no '+'.");
            }
        }
        else if (draft.Verp)
        {
            errors.Add(nameof(draft.ReturnPath), "is required for VERP (the tokens are added to it).");
        }

        var host = draft.ImapHost?.Trim();
        if (!string.IsNullOrEmpty(host) && (host.Length > 253 || Uri.CheckHostName(host) == UriHostNameType.Unknown))
        {
            errors.Add(nameof(draft.ImapHost), $"'{host}' is not a host name or IP address.");
        }

        if (draft.ImapPort is < 1 or > 65535)
        {
            errors.Add(nameof(draft.ImapPort), "must be between 1 and 65535.");
        }

        if (!Enum.TryParse<SmtpTlsMode>(draft.ImapTlsMode, ignoreCase: false, out var tls) || !Enum.IsDefined(tls))
        {
            errors.Add(nameof(draft.ImapTlsMode), $"'{draft.ImapTlsMode}' is not a TLS mode.");
        }

        errors.Text(draft.ImapUserName, nameof(draft.ImapUserName), 254, required: false);
        if (draft.ImapPassword is { Length: > 500 })
        {
            errors.Add(nameof(draft.ImapPassword), "is too long (at most 500 characters).");
        }

        var folder = draft.ImapFolder?.Trim();
        var processed = draft.ProcessedFolder?.Trim();
        errors.Text(folder, nameof(draft.ImapFolder), 200, required: true);
        errors.Text(processed, nameof(draft.ProcessedFolder), 200, required: draft.MoveProcessed);
        if (draft.MoveProcessed && !string.IsNullOrEmpty(folder) && string.Equals(folder, processed, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(nameof(draft.ProcessedFolder), "must differ from the folder bounces arrive in.");
        }

        errors.ThrowIfAny();
        var settings = await store.TrackSettingsAsync(cancellationToken);
        settings.ReturnPath = returnPath;
        settings.Verp = draft.Verp;
        if (draft.Verp && returnPaths.VerpKey(settings, tenant.Tenant.Name) is null)
        {
            settings.VerpKeyProtected = returnPaths.NewProtectedVerpKey(tenant.Tenant.Name);
        }

        settings.ImapHost = string.IsNullOrEmpty(host) ? null : host;
        settings.ImapPort = draft.ImapPort;
        settings.ImapTlsMode = tls.ToString();
        settings.ImapUserName = string.IsNullOrWhiteSpace(draft.ImapUserName) ? null : draft.ImapUserName.Trim();
        if (draft.ClearImapPassword)
        {
            settings.ImapPasswordProtected = null;
        }
        else if (!string.IsNullOrEmpty(draft.ImapPassword))
        {
            settings.ImapPasswordProtected = returnPaths.ProtectImapPassword(tenant.Tenant.Name, draft.ImapPassword);
        }

        settings.ImapFolder = folder!;
        settings.MoveProcessed = draft.MoveProcessed;
        settings.ProcessedFolder = string.IsNullOrEmpty(processed) ? "Processed" : processed;
        settings.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await store.SaveChangesAsync(cancellationToken);
        if (settings.ImapHost is not null)
        {
            await work.ScheduleAsync(tenant.Tenant.Name, BounceMailboxJob.JobKind, clock.GetUtcNow(), cancellationToken);
        }
    }
}
