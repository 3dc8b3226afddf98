using Microsoft.EntityFrameworkCore;

namespace OpinionAct.Media.Data.MediaLibrary;

internal static class MediaModel
{
    /// <summary>Tables and indexes of the media library in a tenant database.</summary>
    public static void ConfigureMedia(this ModelBuilder builder)
    {
        builder.Entity<MediaItemRecord>(item =>
        {
            item.ToTable("MediaItems");
            item.Property(m => m.Hash).HasMaxLength(64);
            item.HasIndex(m => m.Hash);
            item.Property(m => m.FileName).HasMaxLength(100);
            item.Property(m => m.LibraryPath).HasMaxLength(400);
            item.HasIndex(m => m.LibraryPath).IsUnique();
            item.Property(m => m.AltText).HasMaxLength(MediaItemRecord.TextLength);
            item.Property(m => m.Caption).HasMaxLength(MediaItemRecord.TextLength);
            item.Property(m => m.Credit).HasMaxLength(200);
            item.Property(m => m.Licence).HasMaxLength(200);
            item.Property(m => m.Tags).HasMaxLength(MediaItemRecord.TextLength);
            item.Property(m => m.SearchText).HasMaxLength(2000);
            item.Property(m => m.UploadedBy).HasMaxLength(256);
            item.HasIndex(m => m.CreatedUtc);
        });

        builder.Entity<MediaUrlKeyRecord>(key =>
        {
            key.ToTable("MediaUrlKeys");
            key.Property(k => k.Id).HasMaxLength(16);
            key.Property(k => k.ProtectedSecret).HasMaxLength(1000);
        });
    }
}
