using OpinionAct.Media.Data.Host;
using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.Web.Cli;

/// <summary>What a command works with: services, its arguments and the three standard streams.</summary>
internal sealed record CliContext(IServiceProvider Services, CliArguments Arguments, TextWriter Out, TextWriter Error, TextReader In)
{
    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>The tenant named by <c>--tenant</c> (see <see cref="TenantAsync(string)"/>).</summary>
    public Task<TenantDescriptor> TenantAsync() => TenantAsync(Arguments.Required("tenant"));

    /// <summary>A tenant that exists and has finished its setup; a disabled one is fine (its data is there to work on).</summary>
    /// <exception cref="MediaValidationException">No such tenant, or one still being set up.</exception>
    public async Task<TenantDescriptor> TenantAsync(string name)
    {
        var tenant = await Get<ITenantStore>().FindAsync(name, CancellationToken.None) ?? throw TenantStore.UnknownTenant(name);
        return tenant.State == TenantState.Uninitialized ? throw new MediaValidationException($"Tenant '{name}' is still being set up.") : tenant;
    }
}
