using OpinionAct.Media.Deliverability;

namespace OpinionAct.Media.Web.Deliverability;

/// <summary>
/// Reads the TXT records of a DNS name. An implementation never throws for what the DNS does: a name without records,
/// a server that did not answer in time and a server error are distinct outcomes of <see cref="TxtAnswer"/>.
/// Injectable, so tests point it at a loopback responder.
/// </summary>
public interface IDnsTxtLookup
{
    /// <summary>How long one lookup may take (said on the page when it ran out).</summary>
    TimeSpan Timeout { get; }

    Task<TxtAnswer> LookupAsync(string name, CancellationToken cancellationToken);
}
