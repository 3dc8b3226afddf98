using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.Tests.Tenants;

public sealed class TenantTableTests
{
    private static TenantDescriptor Tenant(string name, TenantState state = TenantState.Running) =>
        new() { Name = name, DisplayName = name, State = state, Prefix = name };

    [Fact]
    public void Find_should_give_the_tenant_of_that_exact_name_or_null()
    {
        var energies = Tenant("energies");
        var table = new TenantTable(7, [Tenant("host", TenantState.Running), energies, Tenant("sante", TenantState.Disabled)]);

        Assert.Same(energies, table.Find("energies"));
        Assert.Equal(TenantState.Disabled, table.Find("sante")?.State);
        Assert.Null(table.Find("Energies"));
        Assert.Null(table.Find("energie"));
        Assert.Null(new TenantTable(0, []).Find("energies"));
    }

    [Fact]
    public void Find_should_keep_the_first_row_when_a_name_appears_twice()
    {
        var first = Tenant("energies");
        var table = new TenantTable(1, [first, Tenant("energies", TenantState.Disabled)]);

        Assert.Same(first, table.Find("energies"));
    }
}
