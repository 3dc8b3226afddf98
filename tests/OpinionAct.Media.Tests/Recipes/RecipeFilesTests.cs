using OpinionAct.Media.Recipes;

namespace OpinionAct.Media.Tests.Recipes;

public sealed class RecipeFilesTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "recipe-files-" + Guid.NewGuid().ToString("n")[..10]);

    public RecipeFilesTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "recipe", "img"));
        File.WriteAllText(Path.Combine(_root, "recipe", "img", "a.jpg"), "a");
        File.WriteAllText(Path.Combine(_root, "secret.txt"), "s");
    }

    private string Folder => Path.Combine(_root, "recipe");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("img/a.jpg")]
    [InlineData("./img/a.jpg")]
    [InlineData("img/../img/a.jpg")]
    [InlineData("img\\a.jpg")]
    public void Resolve_should_find_a_file_inside_the_recipe_folder(string relative)
    {
        Assert.Equal(Path.Combine(Folder, "img", "a.jpg"), RecipeFiles.Resolve(Folder, relative, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("../secret.txt", "leads out of the recipe's folder")]
    [InlineData("img/../../secret.txt", "leads out of the recipe's folder")]
    [InlineData("/etc/passwd", "is absolute")]
    [InlineData("~/secret.txt", "is absolute")]
    [InlineData("img/missing.jpg", "names no file")]
    [InlineData("", "relative to the recipe's folder")]
    public void Resolve_should_refuse_with_a_reason_when_the_path_is_outside_or_missing(string relative, string reason)
    {
        Assert.Null(RecipeFiles.Resolve(Folder, relative, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_should_refuse_a_symbolic_link_that_leads_out_of_the_folder()
    {
        File.CreateSymbolicLink(Path.Combine(Folder, "img", "link.jpg"), Path.Combine(_root, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(Folder, "up"), _root);

        Assert.Null(RecipeFiles.Resolve(Folder, "img/link.jpg", out var fileError));
        Assert.Null(RecipeFiles.Resolve(Folder, "up/secret.txt", out var folderError));
        Assert.Contains("symbolic link", fileError, StringComparison.Ordinal);
        Assert.Contains("symbolic link", folderError, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_should_accept_a_symbolic_link_that_stays_inside_the_folder()
    {
        File.CreateSymbolicLink(Path.Combine(Folder, "img", "same.jpg"), Path.Combine(Folder, "img", "a.jpg"));

        Assert.NotNull(RecipeFiles.Resolve(Folder, "img/same.jpg", out _));
    }

    [Fact]
    public void Resolve_should_refuse_every_file_of_an_inline_recipe()
    {
        Assert.Null(RecipeFiles.Resolve(null, "img/a.jpg", out var error));
        Assert.Contains("Base64", error, StringComparison.Ordinal);
    }
}
