using Microsoft.EntityFrameworkCore;

namespace OpinionAct.Media.Data.Accounts;

internal static class AccountsModel
{
    /// <summary>Invitations, sessions and the account policy in a tenant database.</summary>
    public static void ConfigureAccounts(this ModelBuilder builder)
    {
        builder.Entity<InvitationRecord>(invitation =>
        {
            invitation.ToTable("Invitations");
            invitation.Property(i => i.Email).HasMaxLength(256);
            invitation.Property(i => i.NormalizedEmail).HasMaxLength(256);
            invitation.Property(i => i.Role).HasMaxLength(256);
            invitation.Property(i => i.TokenHash).HasMaxLength(64);
            invitation.Property(i => i.InvitedBy).HasMaxLength(256);
            invitation.HasIndex(i => i.TokenHash).IsUnique();
            invitation.HasIndex(i => i.NormalizedEmail);
        });

        builder.Entity<AccountPolicyRecord>(policy =>
        {
            policy.ToTable("AccountPolicy");
            policy.Property(p => p.Id).ValueGeneratedNever();
        });

        builder.ConfigureSessions();
    }

    /// <summary>The session table, in a tenant database (editors) and in the host database (agency staff).</summary>
    public static void ConfigureSessions(this ModelBuilder builder) =>
        builder.Entity<UserSessionRecord>(session =>
        {
            session.ToTable("UserSessions");
            session.Property(s => s.Id).HasMaxLength(32);
            session.Property(s => s.UserId).HasMaxLength(450);
            session.Property(s => s.UserAgent).HasMaxLength(UserSessionRecord.UserAgentLength);
            session.Property(s => s.Ip).HasMaxLength(64);
            session.HasIndex(s => s.UserId);
        });
}
