using System.Globalization;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Web.Newsletters;
using OpinionAct.Media.Web.Subscriptions;

namespace OpinionAct.Media.Web.Questions;

/// <summary>
/// The asker's confirmation link: signed like <see cref="SubscriberLinks"/> (bound to the tenant and to its
/// purpose, so another hub's or another purpose's token reads as forged), single use through the stored nonce.
/// </summary>
public sealed class QuestionLinks(SignedTokens tokens, SubscriberLinks subscriberLinks, IOptions<QuestionOptions> options)
{
    private const string Purpose = "question-confirm";

    public string ConfirmUrl(string tenantName, int questionId, string nonce) =>
        $"{subscriberLinks.BaseUrl(tenantName)}/questions/confirm?token={tokens.Create(subscriberLinks.Scope(tenantName), Purpose, $"{questionId.ToString(CultureInfo.InvariantCulture)}:{nonce}", options.Value.ConfirmationLifetime)}";

    public (int QuestionId, string Nonce)? ReadConfirm(string tenantName, string? token)
    {
        var parts = tokens.Read(subscriberLinks.Scope(tenantName), Purpose, token)?.Split(':');
        return parts is [var id, var nonce] && int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var q) && q > 0 && nonce.Length > 0 ? (q, nonce) : null;
    }
}
