using System.Security.Cryptography;
using System.Text;
using OpinionAct.Media.Web.MediaLibrary.Delivery;

namespace OpinionAct.Media.IntegrationTests.MediaLibrary;

/// <summary>
/// Image URLs already sent (pages in caches, newsletters in inboxes) carry signatures: reusing keyed HMAC instances, and
/// keeping signatures already made, must give exactly the signature the one-shot HMAC-SHA256 gave, from any number of
/// threads at once, and never let a wrong one through.
/// </summary>
public sealed class MediaUrlKeyRingTests
{
    private static readonly byte[] Newest = RandomNumberGenerator.GetBytes(32);
    private static readonly byte[] Older = RandomNumberGenerator.GetBytes(32);

    [Fact]
    public void Signature_should_equal_truncated_base64url_hmac_sha256_when_signed_by_the_newest_key()
    {
        var ring = Ring();

        foreach (var path in new[] { "demo/photo-a1b2.jpg/w640.webp", "démo/élan-été.jpg/w320.avif", "x" })
        {
            Assert.Equal(Reference(Newest, path), ring.Sign(path));
        }
    }

    [Fact]
    public void Verify_should_accept_every_key_of_the_ring_and_refuse_a_changed_path_or_unknown_key()
    {
        var ring = Ring();
        const string path = "demo/photo-a1b2.jpg/w640.webp";

        Assert.True(ring.Verify(path, "new", Reference(Newest, path)));
        Assert.True(ring.Verify(path, "old", Reference(Older, path)));
        Assert.False(ring.Verify(path, "old", Reference(Newest, path)));
        Assert.False(ring.Verify(path + "x", "new", Reference(Newest, path)));
        Assert.False(ring.Verify(path, "gone", Reference(Newest, path)));
    }

    [Fact]
    public async Task Signatures_should_stay_exact_when_many_threads_sign_at_once()
    {
        var ring = Ring();
        var paths = Enumerable.Range(0, 64).Select(i => $"demo/item-{i}.jpg/w{i * 10}.webp").ToArray();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            Enumerable.Range(0, 2_000).Select(i => (paths[i % paths.Length], ring.Sign(paths[i % paths.Length]))).ToList())));

        Assert.All(results.SelectMany(r => r), pair => Assert.Equal(Reference(Newest, pair.Item1), pair.Item2));
    }

    [Fact]
    public void Kept_signatures_should_stay_exact_and_never_let_a_wrong_signature_or_made_up_path_in()
    {
        var ring = Ring();
        const string path = "demo/photo-a1b2.jpg/w640.webp";

        var first = ring.Sign(path);
        var again = ring.Sign(path);
        var wrongAccepted = ring.Verify(path, "new", Reference(Older, path));
        var madeUp = Enumerable.Range(0, 100).Count(i => ring.Verify($"demo/made-up-{i}.jpg/w1.webp", "new", Reference(Newest, path)));
        var heldAfterMadeUp = ring.SignaturesHeld;
        var provedElsewhere = ring.Verify("demo/from-another-node.jpg/w320.webp", "new", Reference(Newest, "demo/from-another-node.jpg/w320.webp"));

        Assert.Equal(Reference(Newest, path), first);
        Assert.Equal(first, again);
        Assert.False(wrongAccepted);
        Assert.Equal(0, madeUp);
        Assert.Equal(1, heldAfterMadeUp);
        Assert.True(provedElsewhere);
        Assert.Equal(2, ring.SignaturesHeld);
    }

    [Fact]
    public void Signatures_should_stay_exact_and_bounded_when_more_paths_are_signed_than_are_kept()
    {
        var ring = Ring();
        var paths = Enumerable.Range(0, MediaUrlKeyRing.SignaturesKept + 500).Select(i => $"demo/item-{i}.jpg/w640.webp").ToList();

        var signed = paths.Concat(paths.Take(600)).Select(p => (p, ring.Sign(p))).ToList();

        Assert.All(signed, pair => Assert.Equal(Reference(Newest, pair.p), pair.Item2));
        Assert.InRange(ring.SignaturesHeld, 1, MediaUrlKeyRing.SignaturesKept);
    }

    private static MediaUrlKeyRing Ring() => new([("new", Newest), ("old", Older)], DateTime.UtcNow);

    private static string Reference(byte[] key, string path) =>
        Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(path))[..16]).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
