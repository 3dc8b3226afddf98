using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace OpinionAct.Media.Tests.Architecture;

/// <summary>
/// The layout rules of docs/architecture.md, checked on the source: Web reaches databases only through
/// stores in Data, and a tenant's database only through a tenant scope.
/// </summary>
public sealed partial class ModuleRulesTests
{
    // Registration is where the scoped contexts are made (Tenancy) and handed to Identity's stores (Accounts)
    // and to OpenIddict's (Apis).
    private static readonly string[] Registrations = ["Tenancy/TenancyModule.cs", "Accounts/AccountsModule.cs", "Apis/ApisModule.cs"];

    [Fact]
    public void Web_should_not_touch_a_database_context_outside_module_registration()
    {
        var offenders = WebSources()
            .Where(file => !Registrations.Contains(file.Relative))
            .Where(file => DatabaseAccess().IsMatch(file.Text))
            .Select(file => file.Relative)
            .ToList();

        Assert.True(offenders.Count == 0, "These Web files reach a DbContext; move the query into a store in Data: " + string.Join(", ", offenders));
    }

    [Fact]
    public void Routes_should_be_mapped_only_from_module_entry_types_and_their_endpoint_files()
    {
        // Every Map* call on a route builder lives in a module's own folder; the pipeline maps none itself.
        var pipeline = WebSources().Single(file => file.Relative == "Hosting/MediaPipeline.cs");

        Assert.DoesNotMatch(@"\.Map(Get|Post|Put|Delete)\(", pipeline.Text);
        Assert.DoesNotContain("__GlobalEndpointRouteBuilder", string.Concat(WebSources().Select(file => file.Text)), StringComparison.Ordinal);
    }

    private static IEnumerable<(string Relative, string Text)> WebSources([CallerFilePath] string here = "")
    {
        // This file sits in tests/OpinionAct.Media.Tests/Architecture; the sources are three folders up.
        var web = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "src", "OpinionAct.Media.Web"));
        Assert.True(Directory.Exists(web), $"{web} is missing");
        return Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".razor", StringComparison.Ordinal))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(path => (Path.GetRelativePath(web, path).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllText(path)));
    }

    [GeneratedRegex(@"\b(TenantDbContext|HostDbContext|CreateTenantContext|CreateHostContext)\b")]
    private static partial Regex DatabaseAccess();
}
