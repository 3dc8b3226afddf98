namespace OpinionAct.Media.Content;

/// <summary>Who is changing content, and what their roles allow: Authors write their own drafts, Editors and Admins publish.</summary>
public sealed record ContentActor(string? UserId, IReadOnlySet<string> Roles)
{
    public const string Admin = "Admin";
    public const string Editor = "Editor";
    public const string Author = "Author";

    /// <summary>An outside expert: writes drafts that Editors review, with an Author's rights and no more.</summary>
    public const string GuestExpert = "GuestExpert";

    /// <summary>Recipes and the scheduler act with full rights.</summary>
    public static readonly ContentActor System = new(null, new HashSet<string>(StringComparer.Ordinal) { Admin });

    /// <summary>The name revisions show when no account acts (an Admin API integration); null otherwise.</summary>
    public string? Name { get; init; }

    public bool CanPublish => Roles.Contains(Admin) || Roles.Contains(Editor);

    public bool CanWrite => CanPublish || Roles.Contains(Author) || Roles.Contains(GuestExpert);

    /// <summary>Admins also manage the site's settings and its people.</summary>
    public bool CanManageSite => Roles.Contains(Admin);

    /// <exception cref="ContentAccessDeniedException">The actor may not manage topics, experts, pages or redirects.</exception>
    public void EnsureCanManageCatalog()
    {
        if (!CanPublish)
        {
            throw new ContentAccessDeniedException("Only Editors and Admins manage topics, experts, pages and redirects.");
        }
    }

    /// <summary>Authors may change an article only while it is their own draft; Editors and Admins may change any.</summary>
    public bool CanEdit(string? ownerUserId, ArticleStatus status) =>
        CanPublish || ((Roles.Contains(Author) || Roles.Contains(GuestExpert)) && ownerUserId is not null && ownerUserId == UserId && status == ArticleStatus.Draft);
}
