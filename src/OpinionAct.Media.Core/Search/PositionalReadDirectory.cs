using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace OpinionAct.Media.Search;

/// <summary>
/// The index folder, read with lock-free positional reads (<see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/>).
/// A search clones a file input for every term lookup, postings list and typo intersection. The memory-mapped
/// directory registers each clone in a table shared under one lock; the NIO directory serialises every buffer refill
/// of a file on a lock around seek-then-read. On a small index either cost more than the search itself. Here a clone
/// costs a copy of a few fields, a refill one system call, and the operating system's page cache holds the hot files
/// (outside the process's working set, which matters with a thousand tenants per node). Writing and locking are
/// the NIO directory's.
/// </summary>
internal sealed class PositionalReadDirectory(DirectoryInfo folder) : NIOFSDirectory(folder)
{
    /// <summary>Bytes read per refill: term blocks and postings are read a few kilobytes at a time.</summary>
    private const int BufferSize = 4096;

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var file = OpenHandle(name);
        return new PositionalReadIndexInput($"PositionalReadIndexInput(path=\"{Path.Combine(Directory.FullName, name)}\")", file, 0, RandomAccess.GetLength(file), BufferSize, owner: true);
    }

    /// <summary>Compound files (small segments, most of a small index) are read through slices of one handle.</summary>
    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        return new Slicer(OpenHandle(name), Path.Combine(Directory.FullName, name));
    }

    private SafeFileHandle OpenHandle(string name) =>
        File.OpenHandle(Path.Combine(Directory.FullName, name), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

    private sealed class Slicer(SafeFileHandle file, string path) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new PositionalReadIndexInput($"PositionalReadIndexInput({sliceDescription} in path=\"{path}\" slice={offset}:{offset + length})", file, offset, length, BufferSize, owner: false);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, RandomAccess.GetLength(file));

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                file.Dispose();
            }
        }
    }
}
