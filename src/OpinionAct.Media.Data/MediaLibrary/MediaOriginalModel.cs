using Microsoft.EntityFrameworkCore;

namespace OpinionAct.Media.Data.MediaLibrary;

internal static class MediaOriginalModel
{
    /// <summary>
    /// The <c>MediaOriginals</c> table, on PostgreSQL only: a lone SQLite node keeps masters as files, and a table no
    /// code could ever fill would only be one more thing to migrate and back up.
    /// </summary>
    public static void ConfigureMediaOriginals(this ModelBuilder builder) =>
        builder.Entity<MediaOriginalRecord>(original =>
        {
            original.ToTable(MediaOriginalStore.Table);
            original.HasKey(o => o.Hash);
            original.Property(o => o.Hash).HasMaxLength(64);
        });
}
