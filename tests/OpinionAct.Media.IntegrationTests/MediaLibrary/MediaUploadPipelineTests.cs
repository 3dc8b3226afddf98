using OpinionAct.Media.MediaLibrary;
using OpinionAct.Media.Web.MediaLibrary;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;

namespace OpinionAct.Media.IntegrationTests.MediaLibrary;

/// <summary>
/// The bad inputs of issue 13, through the one upload service: each is refused with a sentence that names
/// the problem, and leaves no row, no master, no cached variant and no spool file; or, for the inputs that
/// are cleaned rather than refused (names, metadata, appended payloads), the stored master is clean.
/// </summary>
public sealed class MediaUploadPipelineTests(MediaLibraryFixture fixture) : IClassFixture<MediaLibraryFixture>
{
    public static TheoryData<string> Formats() => ["jpeg", "png", "gif", "webp"];

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Upload_should_refuse_and_store_nothing_when_the_file_is_truncated(string format)
    {
        var bytes = Valid(format);
        var error = await RefusedAsync(bytes[..(bytes.Length / 3)], "cut." + format);
        Assert.Contains("truncated or damaged", error.Message);
        Assert.Contains(format.ToUpperInvariant(), error.Message);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Upload_should_refuse_and_store_nothing_when_the_file_is_corrupt(string format)
    {
        var bytes = Valid(format);
        var keep = format == "webp" ? 16 : 8; // the signature (RIFF....WEBPVP8 for WebP), then noise
        var noise = new Random(13);
        for (var i = keep; i < bytes.Length; i++)
        {
            bytes[i] = (byte)noise.Next(256);
        }

        var error = await RefusedAsync(bytes, "noise." + format);
        Assert.Contains("cannot be read", error.Message);
    }

    [Fact]
    public async Task Upload_should_refuse_before_decoding_when_a_small_png_claims_huge_dimensions()
    {
        var bomb = HostileImages.PngClaiming(100_000, 100_000);
        Assert.True(bomb.Length < 100);
        var error = await RefusedAsync(bomb, "bomb.png");
        Assert.Contains("100000 × 100000", error.Message);
        Assert.Contains("limit is 50 megapixels", error.Message);
    }

    [Fact]
    public async Task Upload_should_refuse_a_real_decompression_bomb_over_the_pixel_limit()
    {
        var bomb = HostileImages.ZeroPng(8_000, 8_000); // 64 megapixels in some 60 KB
        Assert.True(bomb.Length < 200_000, $"{bomb.Length} bytes");
        var error = await RefusedAsync(bomb, "bomb.png");
        Assert.Contains("8000 × 8000", error.Message);
    }

    [Fact]
    public async Task Upload_should_refuse_an_animated_gif_with_thousands_of_frames()
    {
        var gif = HostileImages.ManyFrameGif(1000, 1000, 5000); // 5,000 megapixels to decode, in about 120 KB
        var error = await RefusedAsync(gif, "frames.gif");
        Assert.Contains("animation has more than", error.Message);
        Assert.Contains("1000 × 1000", error.Message);
    }

    [Fact]
    public async Task Upload_should_refuse_thousands_of_frames_when_a_junk_byte_hides_them_from_the_frame_count()
    {
        // Regression: ImageSharp's GIF decoder skips unknown bytes between blocks, the frame counter stopped at them.
        var gif = HostileImages.ManyFrameGif(1000, 1000, 5000, junkAfterFirst: [0x01]);
        var error = await RefusedAsync(gif, "frames.gif");
        Assert.Contains("animation has more than", error.Message);
    }

    [Fact]
    public async Task Upload_should_accept_an_animation_within_the_limit_and_keep_its_frames()
    {
        var item = await fixture.UploadAsync(HostileImages.ManyFrameGif(100, 100, 30), "anim.gif");
        Assert.Equal(30, item.Frames);
        using var master = Image.Load(await fixture.MasterBytesAsync(item));
        Assert.Equal(30, master.Frames.Count);
    }

    [Theory]
    [InlineData("jpeg", "<html><body><script>alert('polyglot')</script></body></html>")]
    [InlineData("png", "PK\u0003\u0004polyglot.zip-entry-html<script>alert(1)</script>PK\u0005\u0006")]
    public async Task Upload_should_accept_a_polyglot_but_store_a_master_without_the_appended_bytes(string format, string payload)
    {
        var item = await fixture.UploadAsync([.. Valid(format), .. HostileImages.Text(payload)], "polyglot." + format);
        var master = await fixture.MasterBytesAsync(item);
        Assert.Equal(-1, master.AsSpan().IndexOf("script"u8));
        Assert.Equal(-1, master.AsSpan().IndexOf("polyglot"u8));
        Assert.Equal(item.Bytes, master.Length);
        Assert.Equal((MediaFormat)item.Format, MediaFormats.Sniff(master));
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"10\" height=\"10\"/></svg>", "SVG")]
    [InlineData("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "SVG")]
    [InlineData("<!DOCTYPE html><html><script>alert(1)</script></html>", "HTML")]
    public async Task Upload_should_refuse_svg_and_html_named_jpg_saying_what_they_are(string content, string named)
    {
        var error = await RefusedAsync(HostileImages.Text(content), "photo.jpg");
        Assert.Contains(named, error.Message);
        Assert.Contains("upload a JPEG, PNG, GIF or WebP image", error.Message);
    }

    [Fact]
    public async Task Upload_should_refuse_an_empty_file()
    {
        var error = await RefusedAsync([], "empty.jpg");
        Assert.Equal("The file is empty.", error.Message);
    }

    [Fact]
    public async Task Upload_should_refuse_a_body_over_the_limit_without_reading_it_all()
    {
        var body = new EndlessStream(TestImages.Jpeg(64, 64)[..200], length: 8L * 1024 * 1024 * 1024); // claims 8 GB
        var before = await fixture.SnapshotAsync();
        var error = await Assert.ThrowsAsync<MediaValidationException>(() => fixture.UploadAsync(body, "huge.jpg"));
        Assert.Equal("The file is larger than the limit of 20 MB.", error.Message);
        Assert.InRange(body.BytesRead, 20 * 1024 * 1024 + 1, 20 * 1024 * 1024 + 81_920);
        Assert.Equal(before, await fixture.SnapshotAsync());
    }

    [Theory]
    [InlineData("../../../etc/passwd.jpg", "passwd.jpg")]
    [InlineData("..\\..\\windows\\win.ini.png", "win-ini.jpg")]
    [InlineData("a\u0000b\u0007c\u001B[31m\r\nd.jpg", null)]
    public async Task Upload_should_clean_a_hostile_file_name(string uploaded, string? expected)
    {
        var item = await fixture.UploadAsync(TestImages.Jpeg(40, 30), uploaded);
        if (expected is not null)
        {
            Assert.Equal(expected, item.FileName);
        }

        Assert.DoesNotContain(item.FileName, c => char.IsControl(c) || c is '/' or '\\');
        Assert.DoesNotContain("..", item.FileName);
        Assert.EndsWith(".jpg", item.FileName);
        Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(fixture.Layout.MediaFolder(fixture.Tenant))!, "*passwd*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Upload_should_shorten_a_500_character_file_name()
    {
        var item = await fixture.UploadAsync(TestImages.Jpeg(40, 30), new string('é', 250) + new string('x', 246) + ".jpg");
        Assert.InRange(item.FileName.Length, 5, MediaFileName.MaxLength);
        Assert.EndsWith(".jpg", item.FileName);
    }

    [Fact]
    public async Task Upload_should_remove_all_exif_gps_included_and_apply_the_orientation()
    {
        var camera = HostileImages.CameraJpeg(400, 200, orientation: 6);
        Assert.NotNull(Image.Identify(camera).Metadata.ExifProfile); // the input does carry GPS

        var item = await fixture.UploadAsync(camera, "camera.jpg");
        Assert.Equal((200, 400), (item.Width, item.Height)); // rotated a quarter turn: dimensions swapped
        var master = await fixture.MasterBytesAsync(item);
        var info = Image.Identify(master);
        Assert.Null(info.Metadata.ExifProfile);
        Assert.Null(info.Metadata.XmpProfile);
        Assert.Null(info.Metadata.IptcProfile);
        Assert.Equal(-1, master.AsSpan().IndexOf("Exif\0\0"u8));
        Assert.Equal(-1, master.AsSpan().IndexOf("Secret Camera"u8));
        Assert.Equal((200, 400), (info.Width, info.Height));
    }

    [Fact]
    public async Task Upload_should_keep_the_colour_profile_of_a_jpeg()
    {
        var item = await fixture.UploadAsync(HostileImages.CameraJpeg(300, 200, icc: true), "profiled.jpg");
        var info = Image.Identify(await fixture.MasterBytesAsync(item));
        Assert.NotNull(info.Metadata.IccProfile);
        Assert.Equal("OATS", info.Metadata.IccProfile.Header.CreatorSignature);
        Assert.Null(info.Metadata.ExifProfile);
    }

    private static byte[] Valid(string format) => format switch
    {
        "jpeg" => TestImages.Jpeg(300, 200),
        "png" => TestImages.Png(300, 200),
        "gif" => TestImages.Gif(300, 200),
        "webp" => TestImages.Webp(300, 200),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    private async Task<MediaValidationException> RefusedAsync(byte[] content, string fileName)
    {
        var before = await fixture.SnapshotAsync();
        var error = await Assert.ThrowsAsync<MediaValidationException>(() => fixture.UploadAsync(content, fileName));
        Assert.Equal(before, await fixture.SnapshotAsync());
        Assert.Empty(fixture.SpoolFiles());
        Assert.DoesNotContain('\n', error.Message);
        return error;
    }
}
