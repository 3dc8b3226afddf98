using System.Collections.Concurrent;
using System.Text;

namespace OpinionAct.Media.IntegrationTests.Infrastructure;

/// <summary>
/// Everything written to the process's console, kept as lines for tests that read a host's logs. Installed once and
/// never removed (a console logger keeps the writer it was built with): it passes every write on to the real console,
/// so other tests' output is unchanged. Tests find their own lines by a node name of their own.
/// </summary>
public static class ConsoleCapture
{
    private static readonly Lazy<Tee> Installed = new(() =>
    {
        var tee = new Tee(Console.Out);
        Console.SetOut(tee);
        return tee;
    });

    /// <summary>Starts capturing (before the host whose logs are read is built).</summary>
    public static void Install() => _ = Installed.Value;

    /// <summary>The complete lines written so far that contain <paramref name="marker"/>.</summary>
    public static IReadOnlyList<string> LinesWith(string marker) => Installed.Value.Lines.Where(l => l.Contains(marker, StringComparison.Ordinal)).ToList();

    private sealed class Tee(TextWriter real) : TextWriter
    {
        private readonly StringBuilder _line = new();

        public ConcurrentQueue<string> Lines { get; } = new();

        public override Encoding Encoding => real.Encoding;

        public override void Write(char value)
        {
            lock (_line)
            {
                if (value == '\n')
                {
                    Lines.Enqueue(_line.ToString().TrimEnd('\r'));
                    _line.Clear();
                }
                else
                {
                    _line.Append(value);
                }
            }

            real.Write(value);
        }

        public override void Write(string? value)
        {
            foreach (var c in value ?? string.Empty)
            {
                lock (_line)
                {
                    if (c == '\n')
                    {
                        Lines.Enqueue(_line.ToString().TrimEnd('\r'));
                        _line.Clear();
                    }
                    else
                    {
                        _line.Append(c);
                    }
                }
            }

            real.Write(value);
        }

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void Flush() => real.Flush();
    }
}
