using OpinionAct.Media.Insights;
using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.Web.Insights.Console;

/// <summary>One hub's headline figures for the period and the one before; both null when its storage could not be read.</summary>
public sealed record HubFigures(TenantDescriptor Tenant, Figures? Now, Figures? Before);
