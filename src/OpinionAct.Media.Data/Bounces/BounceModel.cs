using Microsoft.EntityFrameworkCore;

namespace OpinionAct.Media.Data.Bounces;

internal static class BounceModel
{
    /// <summary>The return path and bounce mailbox settings, and the mailbox's progress, in a tenant database.</summary>
    public static void ConfigureBounces(this ModelBuilder builder)
    {
        builder.Entity<BounceSettingsRecord>(settings =>
        {
            settings.ToTable("BounceSettings");
            settings.Property(s => s.Id).ValueGeneratedNever();
            settings.Property(s => s.ReturnPath).HasMaxLength(254);
            settings.Property(s => s.VerpKeyProtected).HasMaxLength(2000);
            settings.Property(s => s.ImapHost).HasMaxLength(253);
            settings.Property(s => s.ImapTlsMode).HasMaxLength(40);
            settings.Property(s => s.ImapUserName).HasMaxLength(254);
            settings.Property(s => s.ImapPasswordProtected).HasMaxLength(2000);
            settings.Property(s => s.ImapFolder).HasMaxLength(200);
            settings.Property(s => s.ProcessedFolder).HasMaxLength(200);
        });

        builder.Entity<BounceMailboxStateRecord>(state =>
        {
            state.ToTable("BounceMailboxState");
            state.Property(s => s.Id).ValueGeneratedNever();
            state.Property(s => s.Folder).HasMaxLength(200);
            state.Property(s => s.LastSummaryJson).HasMaxLength(2000);
            state.Property(s => s.LastError).HasMaxLength(1000);
        });
    }
}
