namespace OpinionAct.Media.Web.Admin.Components;

/// <summary>
/// What every admin field shares: an id from its name, a label from the UI strings, its hint and
/// error tied to it with aria-describedby, and aria-invalid when in error. Field names are the drafts'
/// property names, so service errors (cascaded by the form as "Errors") land next to their field.
/// </summary>
public abstract class FieldBase : Microsoft.AspNetCore.Components.ComponentBase
{
    [Microsoft.AspNetCore.Components.Inject]
    public required AdminRequest R { get; set; }

    [Microsoft.AspNetCore.Components.CascadingParameter(Name = "Errors")]
    public IReadOnlyDictionary<string, string[]>? Errors { get; set; }

    [Microsoft.AspNetCore.Components.Parameter, Microsoft.AspNetCore.Components.EditorRequired]
    public required string Name { get; set; }

    /// <summary>The label; by default the UI string <c>field.{Name}</c>.</summary>
    [Microsoft.AspNetCore.Components.Parameter]
    public string? Label { get; set; }

    [Microsoft.AspNetCore.Components.Parameter]
    public string? Hint { get; set; }

    /// <summary>Any other attribute (required, maxlength, autocomplete...) lands on the control.</summary>
    [Microsoft.AspNetCore.Components.Parameter(CaptureUnmatchedValues = true)]
    public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    protected string Id => AdminFields.Id(Name);

    protected string LabelText => Label ?? AdminFields.Label(R.Text, Name);

    protected string? Error => Errors is not null && Errors.TryGetValue(Name, out var messages) ? string.Join(" ", messages.Select(m => OpinionAct.Media.Localization.ValidationText.Localize(m, R.Language))) : null;

    protected string? DescribedBy
    {
        get
        {
            var ids = new List<string>(2);
            if (Hint is not null)
            {
                ids.Add($"{Id}-hint");
            }

            if (Error is not null)
            {
                ids.Add($"{Id}-error");
            }

            return ids.Count == 0 ? null : string.Join(' ', ids);
        }
    }

    protected string? Invalid => Error is null ? null : "true";
}
