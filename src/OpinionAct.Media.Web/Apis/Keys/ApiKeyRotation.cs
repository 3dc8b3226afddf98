namespace OpinionAct.Media.Web.Apis.Keys;

/// <summary>What <c>keys rotate</c> did: the next signing key, when it starts signing, and when the current one is dropped.</summary>
internal sealed record ApiKeyRotation(string KeyId, DateTime SignsFromUtc, DateTime PreviousAcceptedUntilUtc);
