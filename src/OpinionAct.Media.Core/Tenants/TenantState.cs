namespace OpinionAct.Media.Tenants;

/// <summary>Lifecycle of a tenant: created, then set up from a recipe, then possibly disabled.</summary>
public enum TenantState
{
    /// <summary>Recorded but not yet set up; requests get 503 with Retry-After.</summary>
    Uninitialized = 0,

    /// <summary>Set up and serving requests.</summary>
    Running = 1,

    /// <summary>Switched off by agency staff; requests get 404 and none of its content.</summary>
    Disabled = 2,
}
