using OpinionAct.Media.Content;
using OpinionAct.Media.Localization;

namespace OpinionAct.Media.Tests.Localization;

/// <summary>The services' English validation sentences, given in the page's language.</summary>
public sealed class ValidationTextTests
{
    [Theory]
    [InlineData("is required.", "est obligatoire.")]
    [InlineData("Choose at least one newsletter.", "Choisissez au moins une lettre d'information.")]
    [InlineData("is too long (312 characters; at most 300).", "est trop long (312 caractères ; 300 au plus).")]
    [InlineData("'javascript:alert(1)' must be an absolute http or https URL.", "« javascript:alert(1) » doit être une adresse http ou https complète.")]
    [InlineData("'admin/x' starts with 'admin', which the site uses for its own pages.", "« admin/x » commence par « admin », que le site utilise pour ses propres pages.")]
    [InlineData("Unknown newsletter(s): 'a', 'b'.", "Lettre(s) d'information inconnue(s) : 'a', 'b'.")]
    public void Localize_should_give_the_French_sentence_with_the_same_values_when_the_language_is_French(string english, string french)
    {
        Assert.Equal(french, ValidationText.Localize(english, "fr"));
    }

    [Fact]
    public void Localize_should_keep_the_message_when_the_language_is_English_or_the_sentence_is_unknown()
    {
        Assert.Equal("is required.", ValidationText.Localize("is required.", "en"));
        Assert.Equal("Something no entry knows.", ValidationText.Localize("Something no entry knows.", "fr"));
        Assert.Equal(string.Empty, ValidationText.Localize(null, "fr"));
    }

    [Fact]
    public void Localize_should_translate_every_message_the_article_validator_writes_when_a_draft_is_all_wrong()
    {
        var draft = new ArticleDraft
        {
            Title = " ",
            Body = "x",
            Language = "de",
            Path = "api/oops",
            CoverImage = "javascript:alert(1)",
            Sources = [new SourceEntry(" ", "ftp://x", null, null)],
            Corrections = [new CorrectionEntry(DateTimeOffset.MinValue, " ")],
            Topics = ["Pas Un Slug"],
        };

        var messages = ArticleValidator.Validate(draft).ToDictionary().SelectMany(e => e.Value).ToList();

        Assert.NotEmpty(messages);
        Assert.All(messages, m => Assert.NotEqual(m, ValidationText.Localize(m, "fr")));
    }
}
