using System.Net;
using System.Text.Json;
using OpinionAct.Media.Apis;
using static OpinionAct.Media.IntegrationTests.Apis.Admin.AdminApiAssert;

namespace OpinionAct.Media.IntegrationTests.Apis.Admin;

/// <summary>
/// Issue 18's fields through the APIs: an article's fact-checks and an expert's affiliation, conflicts of interest and
/// verified marks are read and written by the Admin API (validated as the admin form), a PUT that omits them keeps
/// them, and the Content API publishes them.
/// </summary>
public sealed class AdminFactCheckApiTests(AdminApiFixture fixture) : IClassFixture<AdminApiFixture>
{
    private const string Alpha = AdminApiFixture.Alpha;

    private static object Review(string claim, int rating) => new
    {
        claim,
        claimantName = "Député Martin",
        appearanceUrl = "https://video.example/interview",
        appearanceDate = "2026-10-03",
        rating,
        evidence = new[] { new { title = "Étude de l'Ademe", url = "https://www.ademe.fr/pac" } },
    };

    [Fact]
    public async Task Article_put_should_keep_the_fact_checks_when_the_body_omits_them_and_replace_them_when_it_carries_them()
    {
        var api = await fixture.ClientAsync(Alpha, ApiScopes.ContentRead, ApiScopes.ContentWrite);
        var created = await ReadAsync(await api.PostAsync("articles", Json(new { title = "Pompes à chaleur et grand froid", body = "Corps.", claimReviews = new[] { Review("Les pompes à chaleur ne marchent pas sous 0 °C.", 1) } })), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal("Les pompes à chaleur ne marchent pas sous 0 °C.", created.GetProperty("claimReviews")[0].GetProperty("claim").GetString());

        // An integration written before fact-checks existed replaces the article: they stay.
        var kept = await ReadAsync(await api.PutAsync($"articles/{id}", Json(new { title = "Pompes à chaleur par grand froid", body = "Corps revu." })), HttpStatusCode.OK);
        var review = Assert.Single(kept.GetProperty("claimReviews").EnumerateArray());
        Assert.Equal(1, review.GetProperty("rating").GetInt32());
        Assert.Equal("2026-10-03", review.GetProperty("appearanceDate").GetString());
        Assert.Equal("https://www.ademe.fr/pac", review.GetProperty("evidence")[0].GetProperty("url").GetString());

        var replaced = await ReadAsync(await api.PutAsync($"articles/{id}", Json(new { title = "Pompes à chaleur par grand froid", claimReviews = new[] { Review("Une pompe à chaleur chauffe à -15 °C.", 5) } })), HttpStatusCode.OK);
        Assert.Equal("Une pompe à chaleur chauffe à -15 °C.", Assert.Single(replaced.GetProperty("claimReviews").EnumerateArray()).GetProperty("claim").GetString());

        var emptied = await ReadAsync(await api.PutAsync($"articles/{id}", Json(new { title = "Pompes à chaleur par grand froid", claimReviews = Array.Empty<object>() })), HttpStatusCode.OK);
        Assert.Equal(0, emptied.GetProperty("claimReviews").GetArrayLength());
    }

    [Fact]
    public async Task Article_put_should_be_refused_with_422_and_keep_the_stored_fact_checks_when_a_rating_or_evidence_link_is_bad()
    {
        var api = await fixture.ClientAsync(Alpha, ApiScopes.ContentRead, ApiScopes.ContentWrite);
        var id = (await ReadAsync(await api.PostAsync("articles", Json(new { title = "Isolation des combles", claimReviews = new[] { Review("Isoler les combles ne sert à rien.", 1) } })), HttpStatusCode.Created)).GetProperty("id").GetInt32();

        var badRating = await ProblemAsync(await api.PutAsync($"articles/{id}", Json(new { title = "Isolation des combles", claimReviews = new[] { Review("Isoler les combles ne sert à rien.", 9) } })), HttpStatusCode.UnprocessableEntity);
        var badEvidence = await ProblemAsync(await api.PutAsync($"articles/{id}", Json(new { title = "Isolation des combles", claimReviews = new[] { new { claim = "Isoler ne sert à rien.", rating = 2, evidence = new[] { new { title = "Piège", url = "javascript:alert(1)" } } } } })), HttpStatusCode.UnprocessableEntity);

        Assert.Contains(ErrorFields(badRating), f => f.StartsWith("claimReviews[0]", StringComparison.OrdinalIgnoreCase) && f.EndsWith("rating", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(ErrorFields(badEvidence), f => f.StartsWith("claimReviews[0]", StringComparison.OrdinalIgnoreCase) && f.EndsWith("evidence", StringComparison.OrdinalIgnoreCase));
        var stored = await ReadAsync(await api.GetAsync($"articles/{id}"), HttpStatusCode.OK);
        Assert.Equal(1, Assert.Single(stored.GetProperty("claimReviews").EnumerateArray()).GetProperty("rating").GetInt32());
    }

    [Fact]
    public async Task Expert_put_should_keep_affiliation_conflicts_and_verified_marks_when_the_body_omits_them()
    {
        var api = await fixture.ClientAsync(Alpha, ApiScopes.ContentRead, ApiScopes.ContentWrite);
        var created = await ReadAsync(await api.PostAsync("experts", Json(new { name = "Inès Garnier", credentials = "Docteure en thermique", affiliation = "CNRS", conflictsOfInterest = "Conseille un fabricant de pompes à chaleur." })), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal("CNRS", created.GetProperty("affiliation").GetString());

        // The editors vouch for the values now saved; then an older client replaces the expert without the new fields.
        var verified = await ReadAsync(await api.PutAsync($"experts/{id}", Json(new { name = "Inès Garnier", credentials = "Docteure en thermique", verified = new[] { "affiliation", "ConflictsOfInterest" } })), HttpStatusCode.OK);
        Assert.Equal(["Affiliation", "ConflictsOfInterest"], verified.GetProperty("verified").EnumerateArray().Select(v => v.GetString()).Order(StringComparer.Ordinal));
        var kept = await ReadAsync(await api.PutAsync($"experts/{id}", Json(new { name = "Inès Garnier", jobTitle = "Chercheuse", credentials = "Docteure en thermique" })), HttpStatusCode.OK);

        Assert.Equal("CNRS", kept.GetProperty("affiliation").GetString());
        Assert.Equal("Conseille un fabricant de pompes à chaleur.", kept.GetProperty("conflictsOfInterest").GetString());
        Assert.Equal(2, kept.GetProperty("verifications").GetArrayLength());
        Assert.All(kept.GetProperty("verifications").EnumerateArray(), v => Assert.False(string.IsNullOrEmpty(v.GetProperty("by").GetString())));

        // An empty string clears a text, and its mark with it; an unknown field cannot be verified.
        var cleared = await ReadAsync(await api.PutAsync($"experts/{id}", Json(new { name = "Inès Garnier", affiliation = "" })), HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, cleared.GetProperty("affiliation").ValueKind);
        Assert.Equal(["ConflictsOfInterest"], cleared.GetProperty("verified").EnumerateArray().Select(v => v.GetString()));
        var refused = await ProblemAsync(await api.PutAsync($"experts/{id}", Json(new { name = "Inès Garnier", verified = new[] { "bio" } })), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("verified", ErrorFields(refused), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Content_api_should_publish_claim_reviews_and_the_experts_affiliation_conflicts_and_verified_facts()
    {
        var api = await fixture.ClientAsync(Alpha, ApiScopes.ContentRead, ApiScopes.ContentWrite);
        var expert = await ReadAsync(await api.PostAsync("experts", Json(new { name = "Paul Meunier", affiliation = "Université de Lyon", conflictsOfInterest = "Aucun." })), HttpStatusCode.Created);
        var slug = expert.GetProperty("slug").GetString();
        await ReadAsync(await api.PutAsync($"experts/{expert.GetProperty("id").GetInt32()}", Json(new { name = "Paul Meunier", verified = new[] { "affiliation" } })), HttpStatusCode.OK);
        var id = (await ReadAsync(await api.PostAsync("articles", Json(new { title = "Le bois de chauffage en question", path = "bois-chauffage", experts = new[] { slug }, claimReviews = new[] { Review("Le bois pollue plus que le fioul.", 4) } })), HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await ReadAsync(await api.PostAsync($"articles/{id}/publish", null), HttpStatusCode.OK);
        var content = fixture.Host.Client();

        var article = JsonDocument.Parse(await content.GetStringAsync(new Uri($"/{Alpha}/api/v1/content/articles/bois-chauffage", UriKind.Relative))).RootElement;
        var person = JsonDocument.Parse(await content.GetStringAsync(new Uri($"/{Alpha}/api/v1/content/experts/{slug}", UriKind.Relative))).RootElement;

        var review = Assert.Single(article.GetProperty("claimReviews").EnumerateArray());
        Assert.Equal("Le bois pollue plus que le fioul.", review.GetProperty("claim").GetString());
        Assert.Equal(4, review.GetProperty("rating").GetInt32());
        Assert.Equal(5, review.GetProperty("bestRating").GetInt32());
        Assert.False(string.IsNullOrEmpty(review.GetProperty("ratingLabel").GetString()));
        Assert.Equal("https://www.ademe.fr/pac", review.GetProperty("evidence")[0].GetProperty("url").GetString());
        Assert.Equal("Université de Lyon", person.GetProperty("affiliation").GetString());
        Assert.Equal("Aucun.", person.GetProperty("conflictsOfInterest").GetString());
        var facts = person.GetProperty("facts").EnumerateArray().ToList();
        Assert.Equal(["affiliation", "conflictsOfInterest"], facts.Select(f => f.GetProperty("field").GetString()));
        Assert.NotEqual(JsonValueKind.Null, facts[0].GetProperty("verifiedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, facts[1].GetProperty("verifiedAt").ValueKind);
        Assert.DoesNotContain("\"by\"", person.GetRawText(), StringComparison.Ordinal);
    }
}
