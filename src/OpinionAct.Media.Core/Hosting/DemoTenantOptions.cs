namespace OpinionAct.Media.Hosting;

/// <summary><c>Media:DemoTenant</c>: the brand hub created on first start so a newcomer sees a working site.</summary>
public sealed class DemoTenantOptions
{
    public bool Enabled { get; set; } = true;

    public string Name { get; set; } = "demo";

    public string Prefix { get; set; } = "demo";

    public string Recipe { get; set; } = "demo-brand";
}
