namespace OpinionAct.Media.Web.Portability;

/// <summary>What <c>tenants export</c> and the console's Export button ask for.</summary>
internal sealed record RecipeExportOptions(bool IncludeMedia);
