using OpinionAct.Media.Deliverability;
using OpinionAct.Media.Web.Admin;

namespace OpinionAct.Media.Web.Deliverability.Admin;

/// <summary>Puts a DNS assistant's sentence in the admin's language.</summary>
public static class DnsTextExtensions
{
    public static string Say(this AdminText text, DnsText sentence) => text.Format(sentence.Key, [.. sentence.Args]);
}
