using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Questions;

namespace OpinionAct.Media.Data.Tenant;

public abstract partial class TenantDbContext
{
    public DbSet<QuestionRecord> Questions => Set<QuestionRecord>();
}
