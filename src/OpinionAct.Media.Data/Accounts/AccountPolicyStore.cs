using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Accounts;

/// <summary>The hub's account policy row (absent = nothing required).</summary>
public sealed class AccountPolicyStore(TenantDbContext db)
{
    public async Task<bool> RequiresTwoFactorAsync(CancellationToken cancellationToken) =>
        await db.Set<AccountPolicyRecord>().AsNoTracking().Where(p => p.Id == 1).Select(p => p.RequireTwoFactor).FirstOrDefaultAsync(cancellationToken);

    public async Task SetRequireTwoFactorAsync(bool required, CancellationToken cancellationToken)
    {
        var policy = await db.Set<AccountPolicyRecord>().FirstOrDefaultAsync(p => p.Id == 1, cancellationToken);
        if (policy is null)
        {
            db.Set<AccountPolicyRecord>().Add(new AccountPolicyRecord { RequireTwoFactor = required });
        }
        else
        {
            policy.RequireTwoFactor = required;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
