using System.Globalization;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;

namespace OpinionAct.Media.Web.MediaLibrary.Cli;

/// <summary>
/// Draws the demo brand's pictures pixel by pixel (nothing can be downloaded, and stock photos would need a
/// licence): abstract covers of gradients, soft light and rolling ridges, figures of bars and a sun over
/// hills, and portrait-like silhouettes, all in the Expert theme's colours. Deterministic: the same index
/// always gives the same picture, so regenerating changes no committed file.
/// </summary>
internal static class DemoImages
{
    public const int CoverCount = 16;
    public const int PortraitCount = 5;
    public const int FigureCount = 2;

    // Expert theme: terracotta brand colour, link blue, ink, paper; with a sunny ochre and a leaf green for energy.
    private static readonly Rgb[] Palette =
    [
        new(0xb3, 0x47, 0x1d), new(0x1d, 0x4f, 0x91), new(0xe0, 0xa5, 0x26), new(0x3c, 0x7a, 0x5a),
        new(0x1f, 0x23, 0x28), new(0xf1, 0xef, 0xe8), new(0xd9, 0xd5, 0xca), new(0x6b, 0x8f, 0xc4),
    ];

    private static readonly JpegEncoder Encoder = new() { Quality = 72 };

    /// <summary>Writes every picture into <paramref name="folder"/>; returns each file with its size in bytes.</summary>
    public static IReadOnlyList<(string File, long Bytes)> Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var written = new List<(string, long)>();
        for (var i = 0; i < CoverCount; i++)
        {
            written.Add(Save(Cover(i), folder, string.Create(CultureInfo.InvariantCulture, $"cover-{i + 1:00}.jpg")));
        }

        for (var i = 0; i < PortraitCount; i++)
        {
            written.Add(Save(Portrait(i), folder, string.Create(CultureInfo.InvariantCulture, $"portrait-{i + 1}.jpg")));
        }

        written.Add(Save(Bars(), folder, "figure-1.jpg"));
        written.Add(Save(SunOverHills(), folder, "figure-2.jpg"));
        return written;
    }

    /// <summary>A 1200×675 cover: a diagonal gradient between two brand colours, soft glows, and two ridges.</summary>
    public static Image<Rgb24> Cover(int index)
    {
        const int width = 1200, height = 675;
        var random = new Random(1300 + index);
        var from = Palette[index % 4];
        var to = Palette[(index + 1 + (index / 4)) % 4] * 0.55 + Palette[4] * 0.45;
        var glows = Enumerable.Range(0, 3).Select(_ => (X: random.NextDouble(), Y: random.NextDouble() * 0.7, R: 0.15 + random.NextDouble() * 0.3, C: Palette[random.Next(0, 8)])).ToArray();
        var ridges = Enumerable.Range(0, 2).Select(r => (Base: 0.62 + r * 0.14, Amp: 0.04 + random.NextDouble() * 0.05, Freq: 1.5 + random.NextDouble() * 2.5, Phase: random.NextDouble() * Math.PI * 2, C: Palette[(index + 2 + r) % 5] * 0.7 + Palette[4] * 0.3)).ToArray();
        return Draw(width, height, (x, y) =>
        {
            double u = (double)x / width, v = (double)y / height;
            var color = Rgb.Mix(from, to, Math.Clamp(0.65 * u + 0.35 * v, 0, 1));
            foreach (var glow in glows)
            {
                var d = Math.Sqrt(Square((u - glow.X) * 16 / 9) + Square(v - glow.Y)) / glow.R;
                color = Rgb.Mix(color, glow.C, 0.55 * Math.Exp(-d * d * 2.5));
            }

            foreach (var ridge in ridges)
            {
                var top = ridge.Base + ridge.Amp * Math.Sin(u * ridge.Freq * Math.PI + ridge.Phase);
                color = Rgb.Mix(color, ridge.C, 0.85 * SmoothStep(top - 0.004, top + 0.004, v));
            }

            return color;
        });
    }

    /// <summary>A 600×600 portrait-like silhouette (head and shoulders) on a soft two-colour ground.</summary>
    public static Image<Rgb24> Portrait(int index)
    {
        const int size = 600;
        // The first four cycle through the brand colours; later ones (the guest expert's) take the sky blue and the
        // ochre, so no two portraits are alike and the first four stay byte for byte what they were.
        var ground = (index < 4 ? Palette[(index + 1) % 4] : Palette[7]) * 0.35 + Palette[5] * 0.65;
        var light = Palette[5];
        var figure = (index < 4 ? Palette[index % 4] : Palette[2]) * 0.45 + Palette[4] * 0.55;
        var headY = 0.38 + 0.02 * (index % 2);
        return Draw(size, size, (x, y) =>
        {
            double u = (double)x / size, v = (double)y / size;
            var color = Rgb.Mix(light, ground, Math.Clamp(Math.Sqrt(Square(u - 0.35) + Square(v - 0.25)) * 1.3, 0, 1));
            var head = Math.Sqrt(Square((u - 0.5) / 0.15) + Square((v - headY) / 0.19));
            var shoulders = Math.Sqrt(Square((u - 0.5) / 0.36) + Square((v - 1.02) / 0.36));
            var neck = Math.Abs(u - 0.5) < 0.075 && v > headY && v < 0.8 ? 0.0 : 2.0;
            var inside = Math.Min(Math.Min(head, shoulders), neck);
            return Rgb.Mix(color, figure, 1 - SmoothStep(0.985, 1.015, inside));
        });
    }

    /// <summary>A 1200×800 figure: rounded bars rising in brand colours over a baseline, like a chart without numbers.</summary>
    public static Image<Rgb24> Bars()
    {
        const int width = 1200, height = 800;
        double[] heights = [0.28, 0.36, 0.33, 0.47, 0.52, 0.61, 0.58, 0.72];
        var paper = Palette[5];
        return Draw(width, height, (x, y) =>
        {
            double u = (double)x / width, v = (double)y / height;
            var color = Rgb.Mix(paper, Palette[6], v * 0.4);
            var slot = (u - 0.08) / 0.84 * heights.Length;
            var bar = (int)Math.Floor(slot);
            if (bar >= 0 && bar < heights.Length)
            {
                var within = slot - bar;
                var top = 0.86 - heights[bar];
                var edge = Math.Min(SmoothStep(0.14, 0.16, within), 1 - SmoothStep(0.84, 0.86, within));
                var fill = edge * SmoothStep(top - 0.002, top + 0.002, v) * (1 - SmoothStep(0.858, 0.862, v));
                color = Rgb.Mix(color, bar >= 5 ? Palette[0] : Palette[1] * 0.8 + Palette[7] * 0.2, fill);
            }

            return Rgb.Mix(color, Palette[4], Math.Abs(v - 0.865) < 0.002 && u > 0.06 && u < 0.94 ? 0.8 : 0);
        });
    }

    /// <summary>A 1200×800 figure: a low sun with its halo over layered hills, in ochre, terracotta and green.</summary>
    public static Image<Rgb24> SunOverHills()
    {
        const int width = 1200, height = 800;
        return Draw(width, height, (x, y) =>
        {
            double u = (double)x / width, v = (double)y / height;
            var color = Rgb.Mix(Palette[5], Palette[2] * 0.5 + Palette[5] * 0.5, v);
            var sun = Math.Sqrt(Square((u - 0.68) * 1.5) + Square(v - 0.42));
            color = Rgb.Mix(color, Palette[2], 0.5 * Math.Exp(-sun * sun * 18));
            color = Rgb.Mix(color, Palette[2] * 0.8 + Palette[0] * 0.2, 1 - SmoothStep(0.118, 0.124, sun));
            for (var layer = 0; layer < 3; layer++)
            {
                var top = 0.58 + layer * 0.11 + 0.05 * Math.Sin(u * (2.2 + layer) * Math.PI + layer * 1.7);
                var shade = layer switch { 0 => Palette[3] * 0.6 + Palette[5] * 0.4, 1 => Palette[3], _ => Palette[3] * 0.55 + Palette[4] * 0.45 };
                color = Rgb.Mix(color, shade, SmoothStep(top - 0.003, top + 0.003, v));
            }

            return color;
        });
    }

    private static Image<Rgb24> Draw(int width, int height, Func<int, int, Rgb> pixel)
    {
        var image = new Image<Rgb24>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    row[x] = pixel(x, y).ToPixel();
                }
            }
        });
        return image;
    }

    private static (string, long) Save(Image<Rgb24> image, string folder, string name)
    {
        using (image)
        {
            var path = Path.Combine(folder, name);
            image.SaveAsJpeg(path, Encoder);
            return (name, new FileInfo(path).Length);
        }
    }

    private static double Square(double value) => value * value;

    private static double SmoothStep(double edge0, double edge1, double value)
    {
        var t = Math.Clamp((value - edge0) / (edge1 - edge0), 0, 1);
        return t * t * (3 - 2 * t);
    }

    /// <summary>A colour in 0..255 doubles, so blends keep their precision until the pixel is written.</summary>
    private readonly record struct Rgb(double R, double G, double B)
    {
        public static Rgb operator *(Rgb c, double k) => new(c.R * k, c.G * k, c.B * k);

        public static Rgb operator +(Rgb a, Rgb b) => new(a.R + b.R, a.G + b.G, a.B + b.B);

        public static Rgb Mix(Rgb a, Rgb b, double t) => a * (1 - t) + b * t;

        public Rgb24 ToPixel() => new(Byte(R), Byte(G), Byte(B));

        private static byte Byte(double value) => (byte)Math.Clamp(Math.Round(value), 0, 255);
    }
}
