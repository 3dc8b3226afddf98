using System.Globalization;
using System.Text;
using OpinionAct.Media.Apis;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Web.Apis;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Subscriptions.Api;

/// <summary>
/// <c>/api/v1/admin/subscribers</c>: add one person with proof of consent (through the CSV import's rules, or the
/// signup's double opt-in with its confirmation email), look one up with their whole history, unsubscribe, and
/// export everyone (the admin's CSV, or the same rows as JSON) with the proof of consent.
/// </summary>
internal static class AdminSubscribersApi
{
    public const int MaxSourceLength = 300;

    public static void Map(ApiRoutes api)
    {
        var subscribers = AdminApi.MapGroup(api, "/subscribers", "Subscribers")
            .PersonsMust(actor => actor.CanManageSite, "Subscribers are personal data: only a hub's Admins reach them.");
        subscribers.MapPost("/", AddAsync).RequireScope(ApiScopes.SubscribersWrite)
            .WithName("AddSubscriber").WithSummary("Subscribes one person with proof of consent (consentText and source required); doubleOptIn sends the confirmation email instead.")
            .Accepts<SubscriberInput>("application/json").Produces<SubscriberAdded>().Produces<SubscriberAdded>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem().ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        subscribers.MapGet("/", LookupAsync).RequireScope(ApiScopes.SubscribersRead)
            .WithName("GetSubscriber").WithSummary("Looks a subscriber up by email (?email=): subscriptions, consents with their text and source, delivery reports.")
            .Produces<System.Text.Json.Nodes.JsonObject>().ProducesProblem(StatusCodes.Status404NotFound);
        subscribers.MapPost("/unsubscribe", UnsubscribeAsync).RequireScope(ApiScopes.SubscribersWrite)
            .WithName("UnsubscribeSubscriber").WithSummary("Unsubscribes an address from the named newsletters, or from all.")
            .Accepts<UnsubscribeInput>("application/json").Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        subscribers.MapGet("/export", ExportAsync).RequireScope(ApiScopes.SubscribersRead)
            .WithName("ExportSubscribers").WithSummary("Exports every subscriber with proof of consent: format=csv (default, the admin's file, importable again) or json (the same rows).")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesValidationProblem();
    }

    private static async Task<IResult> AddAsync(HttpContext http, SubscriptionService subscriptions, SubscriberImporter importer, ConfirmationOutbox outbox, TenantContext tenant, ApiCaller caller, TimeProvider clock, CancellationToken ct)
    {
        var input = await ApiJson.ReadAsync<SubscriberInput>(http);
        var errors = new FieldErrors();
        errors.Text(input.ConsentText, nameof(SubscriberInput.ConsentText), 1500, required: true);
        errors.Text(input.Source, nameof(SubscriberInput.Source), MaxSourceLength, required: true);
        var email = EmailAddresses.Normalize(input.Email, out var emailError);
        if (email is null)
        {
            errors.Add(nameof(SubscriberInput.Email), emailError!);
        }

        var slugs = (input.Newsletters ?? []).OfType<string>().Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (slugs.Count == 0)
        {
            errors.Add(nameof(SubscriberInput.Newsletters), "name at least one newsletter by its slug.");
        }

        errors.ThrowIfAny();

        // The proof keeps the person's consent text, where it was given and which integration reported it.
        var proof = $"{input.ConsentText!.Trim()} [source: {input.Source!.Trim()}; via the Admin API: {caller.Name}]";
        if (input.DoubleOptIn == true)
        {
            SignupResult result;
            try
            {
                result = await subscriptions.SignupAsync(new SignupRequest(email, slugs, ConsentSource.Api, proof), ct);
            }
            catch (MediaValidationException ex)
            {
                throw new ContentValidationException(new Dictionary<string, string[]> { [nameof(SubscriberInput.Newsletters)] = [ex.Message] });
            }

            if (result is { Outcome: SignupOutcome.ConfirmationDue, ConsentToMail: { } consentId })
            {
                outbox.Enqueue(tenant.Tenant.Name, consentId);
            }

            var status = result.Outcome is SignupOutcome.ConfirmationDue or SignupOutcome.ConfirmationRecentlySent ? "pending" : "unchanged";
            return Results.Json(new SubscriberAdded(email!, status), ApiJson.Options, statusCode: StatusCodes.Status202Accepted);
        }

        // Consent already given elsewhere: the CSV import's rules and writes, for one row, with the API as its source.
        var consented = (input.ConsentedAt ?? clock.GetUtcNow()).ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var csv = new StringBuilder()
            .AppendLine(SubscriberCsv.Line(["email", "newsletters", "consent_text", "consented_at"]))
            .AppendLine(SubscriberCsv.Line([email, string.Join(';', slugs), proof, consented], new HashSet<int> { 2 }))
            .ToString();
        var report = await importer.ImportAsync(new StringReader(csv), skipInvalid: false, ct, ConsentSource.Api);
        if (!report.Written || report.Errors.Count > 0)
        {
            throw new ContentValidationException(new Dictionary<string, string[]> { ["subscriber"] = [.. report.Errors.Select(e => e.Message)] });
        }

        return AdminApi.Ok(new SubscriberAdded(email!, report.Confirmed > 0 ? "confirmed" : "unchanged"));
    }

    private static async Task<IResult> LookupAsync(string? email, SubscriptionService subscriptions, CancellationToken ct)
    {
        var id = await subscriptions.FindIdAsync(email, ct) ?? throw new ContentNotFoundException();
        return Results.Json(await subscriptions.ExportAsync(id, ct) ?? throw new ContentNotFoundException(), ApiJson.Options);
    }

    private static async Task<IResult> UnsubscribeAsync(HttpContext http, SubscriptionService subscriptions, CancellationToken ct)
    {
        var input = await ApiJson.ReadAsync<UnsubscribeInput>(http);
        var id = await subscriptions.FindIdAsync(input.Email, ct) ?? throw new ContentNotFoundException();
        var slugs = (input.Newsletters ?? []).OfType<string>().ToList();
        if (slugs.Count == 0)
        {
            await subscriptions.UnsubscribeAllAsync(id, ct);
            return Results.NoContent();
        }

        List<NewsletterRecord> newsletters;
        try
        {
            newsletters = await subscriptions.ResolveAsync(slugs, ct);
        }
        catch (MediaValidationException ex)
        {
            throw new ContentValidationException(new Dictionary<string, string[]> { [nameof(UnsubscribeInput.Newsletters)] = [ex.Message] });
        }

        foreach (var newsletter in newsletters)
        {
            await subscriptions.UnsubscribeAsync(id, newsletter.Id, ct);
        }

        return Results.NoContent();
    }

    private static async Task<IResult> ExportAsync(HttpContext http, string? format, SubscriberImporter exporter, TenantContext tenant, TimeProvider clock, CancellationToken ct)
    {
        format = string.IsNullOrWhiteSpace(format) ? "csv" : format.Trim().ToLowerInvariant();
        if (format is not ("csv" or "json"))
        {
            throw new ApiBodyException(StatusCodes.Status400BadRequest, "Some query values are not acceptable.", new Dictionary<string, string[]> { ["format"] = ["must be csv or json."] });
        }

        http.Response.Headers.CacheControl = "no-store";
        if (format == "csv")
        {
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"subscribers-{tenant.Tenant.Name}-{clock.GetUtcNow():yyyyMMdd}.csv\"";
            await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(false), leaveOpen: true);
            await exporter.ExportAsync(writer, ct);
            await writer.FlushAsync(ct);
            return Results.Empty;
        }

        // The same rows as the CSV, read back: one export, two spellings.
        var text = new StringWriter(CultureInfo.InvariantCulture);
        await exporter.ExportAsync(text, ct);
        var rows = SubscriberCsv.Read(new StringReader(text.ToString())).Skip(1).Where(r => r.Fields is not null)
            .Select(r => SubscriberImporter.ExportColumns.Select((column, i) => (column, value: i < r.Fields!.Length && r.Fields[i].Length > 0 ? r.Fields[i] : null))
                .ToDictionary(c => c.column, c => c.value, StringComparer.Ordinal))
            .ToList();
        return Results.Json(rows, ApiJson.Options);
    }
}
