using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.FileProviders;
using OpinionAct.Media.Site;

namespace OpinionAct.Media.Themes;

/// <summary>
/// What a theme's templates can reach: the members of the Site view models, strings, numbers and lists
/// of those, and nothing else. Any other object turns into nil before a template sees it, so neither
/// its members nor its <c>ToString()</c> can leak.
/// </summary>
internal static class ThemeSandbox
{
    /// <summary>The allow-list: every type of the <c>OpinionAct.Media.Site</c> contract.</summary>
    internal static readonly IReadOnlySet<Type> ViewModelTypes = new HashSet<Type>
    {
        typeof(SiteView), typeof(HeadView), typeof(ThemeText),
        typeof(HomeView), typeof(ArticleView), typeof(TopicView), typeof(ExpertView), typeof(PageView),
        typeof(ArticleCardView), typeof(ExpertCardView), typeof(TopicSectionView), typeof(LinkView),
        typeof(SourceView), typeof(CorrectionView), typeof(ClaimReviewView), typeof(ExpertFactView), typeof(PaginationView),
        typeof(SearchView), typeof(SearchHitView), typeof(FacetView),
        typeof(SignupFormView), typeof(NewsletterOptionView), typeof(SubscriptionText), typeof(SubscribeView),
        typeof(PreferencesView), typeof(NewsletterNoticeView), typeof(ConfirmEmailView),
        typeof(EmailSiteView), typeof(EmailText), typeof(EmailView), typeof(IssueEmailView), typeof(DigestItemView),
        typeof(ImageView),
        typeof(AskFormView), typeof(QuestionAnswerView),
        typeof(AmbassadorReportEmailView), typeof(AmbassadorReportFigureView), typeof(AmbassadorReportArticleView),
        typeof(SyndicationOriginView),
    };

    /// <summary>Encodes markup characters and quotes, but leaves accented letters readable in the page source.</summary>
    internal static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    // Generous for a page of 50 cards, small enough to stop a runaway loop in a broken theme.
    private const int MaxSteps = 200_000;
    private const int MaxRecursion = 20;

    private static readonly DefaultMemberAccessStrategy Members = CreateMembers();
    private static readonly ConcurrentDictionary<Type, bool> AllowedCache = new();

    /// <summary>Options for one theme: the shared allow-list, and includes read only from that theme's folder.</summary>
    public static TemplateOptions CreateOptions(IFileProvider files, TemplateOptions.TemplateParsedDelegate onParsed)
    {
        var options = new TemplateOptions
        {
            MemberAccessStrategy = Members,
            FileProvider = files,
            TemplateParsed = onParsed,
            MaxSteps = MaxSteps,
            MaxRecursion = MaxRecursion,
        };
        // Fluid asks this of every value a template reads, most of them strings, numbers and flags: those are answered
        // before the type lookup.
        options.ValueConverters.Add(value => value is string or int or bool || IsAllowed(value.GetType()) ? null : NilValue.Instance);
        options.Filters.AddFilter("safe_url", SafeUrl);
        options.Filters.AddFilter("inline_styles", EmailStyles.InlineStyles);
        return options;
    }

    public static TemplateContext CreateContext(TemplateOptions options, string template, SiteView site, HeadView head, object? model)
    {
        var context = new TemplateContext(options);
        context.SetValue("site", FluidValue.Create(site, options));
        context.SetValue("head", FluidValue.Create(head, options));
        context.SetValue("model", model is null ? NilValue.Instance : FluidValue.Create(model, options));
        context.SetValue("template", StringValue.Create(template));
        return context;
    }

    /// <summary>The context of an email template: <c>site</c>, <c>email</c>, <c>model</c> and <c>template</c>.</summary>
    public static TemplateContext CreateEmailContext(TemplateOptions options, string template, EmailSiteView site, EmailView email, object? model)
    {
        var context = new TemplateContext(options);
        context.SetValue("site", FluidValue.Create(site, options));
        context.SetValue("email", FluidValue.Create(email, options));
        context.SetValue("model", model is null ? NilValue.Instance : FluidValue.Create(model, options));
        context.SetValue("template", StringValue.Create(template));
        return context;
    }

    private static DefaultMemberAccessStrategy CreateMembers()
    {
        // Case-insensitive so that {{ site.language }} works as well as {{ site.Language }}; must be set before registering.
        var members = new DefaultMemberAccessStrategy { IgnoreCasing = true };
        foreach (var type in ViewModelTypes)
        {
            members.Register(type);
        }

        return members;
    }

    private static bool IsAllowed(Type type) => AllowedCache.GetOrAdd(type, static t =>
        t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal)
        || t == typeof(DateTime) || t == typeof(DateTimeOffset) || t == typeof(TimeSpan)
        || typeof(FluidValue).IsAssignableFrom(t)
        || ViewModelTypes.Contains(t)
        || (ElementType(t) is { } element && IsAllowed(element)));

    /// <summary>The T of a list the view models expose (<c>IReadOnlyList&lt;T&gt;</c>, arrays); dictionaries have none.</summary>
    private static Type? ElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        var enumerable = type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        var element = enumerable?.GetGenericArguments()[0];
        return element is { IsGenericType: true } && element.GetGenericTypeDefinition() == typeof(KeyValuePair<,>) ? null : element;
    }

    /// <summary>
    /// <c>{{ source.Url | safe_url }}</c>: keeps http(s), mailto and relative URLs, turns anything else
    /// (<c>javascript:</c>, <c>data:</c>...) into "#". For URLs typed by people: sources, expert and social links.
    /// </summary>
    private static ValueTask<FluidValue> SafeUrl(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var url = input.ToStringValue().Trim();
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var slash = url.IndexOfAny(['/', '?', '#']);
        var relative = colon < 0 || (slash >= 0 && slash < colon);
        var safe = relative
            || url.StartsWith("https:", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("http:", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
        return new ValueTask<FluidValue>(StringValue.Create(safe ? url : "#"));
    }
}
