using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpinionAct.Media.Data;
using OpinionAct.Media.Data.MediaLibrary;
using OpinionAct.Media.MediaLibrary;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.MediaLibrary;
using OpinionAct.Media.Web.MediaLibrary.Delivery;
using OpinionAct.Media.Web.Tenancy;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;

namespace OpinionAct.Media.Benchmarks;

/// <summary>
/// <c>media [uploads=5] [--concurrent 20] [--budget PIXELS]</c>: the upload pipeline of issue 13, whole
/// (<see cref="MediaLibraryService.UploadAsync"/>: spool, sniff, identify, structure check, decode gate,
/// orient, strip, re-encode, SHA-256, content-addressed storage, the row, and the default variants in WebP
/// and JPEG plus the OpenGraph crop), against a baseline measured in the same run on the same file:
/// ImageSharp alone decoding and re-encoding it (one thread, as the pipeline's configuration). Then
/// <c>concurrent</c> simultaneous uploads of 24-megapixel images, with the peak working set sampled and
/// set beside the bound the decode gate promises (budget × 4 bytes).
/// </summary>
internal static class MediaUploadBenchmark
{
    public static async Task<int> RunAsync(int uploads, int concurrent, long? budget, TextWriter output)
    {
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"load average before: {LoadAverage()}; {Environment.ProcessorCount} cores"));
        var twelve = Enumerable.Range(0, uploads).Select(i => Jpeg(4000, 3000, seed: i)).ToArray(); // 12 megapixels
        var twentyFour = Jpeg(6000, 4000, seed: 99);                                                // 24 megapixels
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"inputs: {uploads} × 4000×3000 JPEG (~{twelve.Average(b => b.Length) / 1048576.0:0.0} MB each), 6000×4000 JPEG ({twentyFour.Length / 1048576.0:0.0} MB)"));

        // Baseline: ImageSharp alone, decode + encode, same quality, one thread per image.
        var plain = Configuration.Default.Clone();
        plain.MaxDegreeOfParallelism = 1;
        Baseline(plain, twelve[0]); // JIT
        GC.Collect();
        var clock = Stopwatch.StartNew();
        foreach (var file in twelve)
        {
            Baseline(plain, file);
        }

        var baselineRate = uploads / clock.Elapsed.TotalSeconds;

        await using (var node = await Node.StartAsync(budget: null))
        {
            await node.UploadAsync(Jpeg(400, 300, seed: 7), "warm.jpg"); // JIT, database, keys
            GC.Collect();
            using var sampler = new PeakSampler();
            clock.Restart();
            for (var i = 0; i < uploads; i++)
            {
                await node.UploadAsync(twelve[i], $"photo-{i}.jpg");
            }

            var rate = uploads / clock.Elapsed.TotalSeconds;
            var peak = sampler.Stop();
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"""
                baseline (ImageSharp decode + JPEG encode, 12 MP): {baselineRate:0.00} images/s ({1000 / baselineRate:0} ms each)
                pipeline (MediaLibraryService.UploadAsync, 12 MP, master + {node.VariantCount} variants): {rate:0.00} images/s ({1000 / rate:0} ms each), ratio to baseline {rate / baselineRate:0.00}
                peak working set during the sequential uploads: {peak.WorkingSet / 1048576.0:0} MB (GC heap {peak.Heap / 1048576.0:0} MB)
                """));
        }

        await using (var node = await Node.StartAsync(budget))
        {
            await node.UploadAsync(Jpeg(400, 300, seed: 8), "warm.jpg");
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            var before = process.WorkingSet64;
            using var sampler = new PeakSampler();
            clock.Restart();
            await Task.WhenAll(Enumerable.Range(0, concurrent).Select(i => Task.Run(() => node.UploadAsync(twentyFour, $"big-{i}.jpg"))));
            var elapsed = clock.Elapsed;
            var peak = sampler.Stop();
            var pixelBudget = node.Budget;
            var bound = pixelBudget * 4;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"""
                {concurrent} concurrent uploads of 24 MP: {elapsed.TotalSeconds:0.0} s ({concurrent / elapsed.TotalSeconds:0.00} images/s)
                working set before {before / 1048576.0:0} MB, peak {peak.WorkingSet / 1048576.0:0} MB (+{(peak.WorkingSet - before) / 1048576.0:0} MB), GC heap peak {peak.Heap / 1048576.0:0} MB
                decode budget {pixelBudget / 1e6:0} MP → decoded pixels bounded by {bound / 1048576.0:0} MB (4 bytes a pixel; 24 MP JPEGs decode to Rgb24, 3 bytes); without a gate {concurrent} × 24 MP × 4 = {concurrent * 24e6 * 4 / 1048576.0:0} MB
                process peak working set (Process.PeakWorkingSet64, whole run): {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB
                load average after: {LoadAverage()}
                """));
        }

        return 0;
    }

    /// <summary>
    /// <c>media-seed DATA</c>, for <c>media-wrk.sh</c>: creates the tenant "bench" in the data folder
    /// <paramref name="dataPath"/>, uploads one 2000×1333 photo, and prints its signed <c>w960.webp</c> variant
    /// path, its master path and a tiny <c>sq64.webp</c> crop's path, for a node started afterwards on the same folder (same keys, same database).
    /// </summary>
    public static async Task<int> SeedAsync(string dataPath, TextWriter output)
    {
        await using var node = await Node.StartAsync(budget: null, dataPath);
        var (variant, master, small) = await node.UploadWithUrlsAsync(Jpeg(2000, 1333, seed: 5), "wrk.jpg");
        await output.WriteLineAsync(variant);
        await output.WriteLineAsync(master);
        await output.WriteLineAsync(small);
        return 0;
    }

    private static void Baseline(Configuration configuration, byte[] file)
    {
        using var image = Image.Load(configuration, file);
        using var sink = new MemoryStream();
        image.Save(sink, new JpegEncoder { Quality = 82 });
    }

    /// <summary>A photo-like JPEG: smooth gradients with fine noise, so it compresses as a camera file does (a few MB at 12 MP).</summary>
    private static byte[] Jpeg(int width, int height, int seed)
    {
        using var image = new Image<Rgb24>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                var state = (uint)(y * 7919 + seed * 104729 + 1);
                for (var x = 0; x < row.Length; x++)
                {
                    state ^= state << 13;
                    state ^= state >> 17;
                    state ^= state << 5;
                    var noise = (int)(state & 31) - 16;
                    row[x] = new Rgb24(
                        (byte)Math.Clamp(x * 255 / width + noise, 0, 255),
                        (byte)Math.Clamp(y * 255 / height + noise, 0, 255),
                        (byte)Math.Clamp(((x + y + seed * 50) % 512) / 2 + noise, 0, 255));
                }
            }
        });
        using var output = new MemoryStream();
        image.Save(output, new JpegEncoder { Quality = 90 });
        return output.ToArray();
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]) : "n/a";

    /// <summary>One node's services on a throwaway data folder, with one tenant ("bench") whose library is uploaded to.</summary>
    private sealed class Node : IAsyncDisposable
    {
        private readonly IHost _host;
        private readonly TenantDescriptor _tenant;
        private readonly string _dataPath;

        private readonly bool _keep;

        private Node(IHost host, TenantDescriptor tenant, string dataPath, long budget, bool keep)
        {
            _host = host;
            _tenant = tenant;
            _dataPath = dataPath;
            _keep = keep;
            Budget = budget;
        }

        public long Budget { get; }

        public int VariantCount { get; private set; }

        /// <param name="keepIn">A data folder to create the tenant in and leave as it is; null for a throwaway one.</param>
        public static async Task<Node> StartAsync(long? budget, string? keepIn = null)
        {
            var dataPath = keepIn ?? Path.Combine(Path.GetTempPath(), "media-bench-" + Guid.NewGuid().ToString("n")[..8]);
            Directory.CreateDirectory(dataPath);
            var settings = new Dictionary<string, string?>
            {
                ["Media:DataPath"] = dataPath,
                ["Media:ThemesPath"] = Path.Combine(Repository.Root(), "themes"),
                ["Media:RecipesPath"] = Path.Combine(Repository.Root(), "recipes"),
                ["Media:Library:QuotaBytes"] = "0",
            };
            if (budget is { } pixels)
            {
                settings["Media:Library:DecodePixelBudget"] = pixels.ToString(CultureInfo.InvariantCulture);
            }

            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = dataPath, DisableDefaults = true });
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Logging.ClearProviders();
            builder.Services.AddMediaPlatform(dataPath);
            var host = builder.Build();
            var services = host.Services;
            await services.GetRequiredService<MediaDatabase>().MigrateHostAsync(CancellationToken.None);
            var created = await services.GetRequiredService<TenantProvisioner>().CreateAsync(new TenantCreateRequest { Name = "bench", Prefix = "bench" }, CancellationToken.None);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException("tenant setup failed: " + created.Report.Summary);
            }

            var registry = services.GetRequiredService<TenantRegistry>();
            await registry.RefreshAsync(CancellationToken.None);
            var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<OpinionAct.Media.Hosting.MediaOptions>>().Value.Library;
            return new Node(host, registry.Table.Tenants.Single(t => t.Name == "bench"), dataPath, options.DecodePixelBudget, keep: keepIn is not null);
        }

        public async Task UploadAsync(byte[] file, string name)
        {
            await using var scope = _host.Services.CreateTenantScope(_tenant);
            var library = scope.ServiceProvider.GetRequiredService<MediaLibraryService>();
            var item = await library.UploadAsync(new MemoryStream(file, writable: false), name, new MediaDetails { AltText = "benchmark" }, "bench", CancellationToken.None);
            VariantCount = MediaRenditions.Declared(item, await library.DeclaredWidthsAsync(CancellationToken.None)).Count();
        }

        public async Task<(string Variant, string Master, string Small)> UploadWithUrlsAsync(byte[] file, string name)
        {
            await using var scope = _host.Services.CreateTenantScope(_tenant);
            var item = await scope.ServiceProvider.GetRequiredService<MediaLibraryService>().UploadAsync(new MemoryStream(file, writable: false), name, new MediaDetails { AltText = "benchmark" }, "bench", CancellationToken.None);
            var ring = await _host.Services.GetRequiredService<MediaUrlKeys>().RingAsync(_tenant.Name, scope.ServiceProvider.GetRequiredService<MediaStore>(), CancellationToken.None);
            var urls = new MediaUrls("/" + _tenant.Name, ring);
            return (urls.Variant(item, new VariantSpec(MediaCrop.None, 960, MediaFormat.Webp)), urls.Master(item), urls.Variant(item, new VariantSpec(MediaCrop.Square, 64, MediaFormat.Webp)));
        }

        public ValueTask DisposeAsync()
        {
            _host.Dispose();
            if (_keep)
            {
                return ValueTask.CompletedTask;
            }

            try
            {
                Directory.Delete(_dataPath, recursive: true);
            }
            catch (IOException)
            {
                // A file still open by a background service; the folder is under the temporary folder.
            }

            return ValueTask.CompletedTask;
        }
    }
}
