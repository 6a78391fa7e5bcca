using Gateway.Options;

namespace Gateway.UnitTests.Configuration;

/// Issue 18 item 2: relative paths in the settings resolve against one base, never the working directory.
public sealed class ConfiguredPathsTests
{
    [Fact]
    public void The_application_root_of_a_build_inside_the_clone_is_the_clone_root()
    {
        string root = ConfiguredPaths.ApplicationRoot(AppContext.BaseDirectory);
        Assert.True(File.Exists(Path.Combine(root, "Gateway.sln")), root);
        Assert.StartsWith(root, AppContext.BaseDirectory, StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_a_clone_the_application_root_is_the_binary_folder()
    {
        string folder = Directory.CreateTempSubdirectory("gateway-app-").FullName;
        try
        {
            Assert.Equal(folder, ConfiguredPaths.ApplicationRoot(folder));
        }
        finally
        {
            Directory.Delete(folder);
        }
    }

    [Fact]
    public void Relative_paths_resolve_against_Gateway_Root_and_absolute_ones_stay()
    {
        string root = Path.Combine(Path.GetTempPath(), "gateway-root");
        var options = new GatewayOptions
        {
            Root = root,
            DataFolder = "data",
            WatchLists =
            [
                new WatchListOptions { Name = "a", Path = "../shared/watchlists/a.csv", OfacAlt = "-", OfacAdd = "lists/add.csv" },
                new WatchListOptions { Name = "b", Path = "/srv/lists/b.csv" },
            ],
        };
        options.Screening.NicknamesPath = "nicknames.csv";
        ConfiguredPaths.ResolveIn(options);
        Assert.Equal(Path.Combine(root, "data"), options.DataFolder);
        Assert.Equal(Path.Combine(Path.GetTempPath(), "shared", "watchlists", "a.csv"), options.WatchLists[0].Path);
        Assert.Equal("-", options.WatchLists[0].OfacAlt);
        Assert.Equal(Path.Combine(root, "lists", "add.csv"), options.WatchLists[0].OfacAdd);
        Assert.Equal("/srv/lists/b.csv", options.WatchLists[1].Path);
        Assert.Equal(Path.Combine(root, "nicknames.csv"), options.Screening.NicknamesPath);
    }

    [Fact]
    public void Without_Gateway_Root_relative_paths_resolve_against_the_application_root_whatever_the_working_directory()
    {
        var options = new GatewayOptions { WatchLists = [new WatchListOptions { Name = "a", Path = "../shared/a.csv" }] };
        ConfiguredPaths.ResolveIn(options);
        string app = ConfiguredPaths.ApplicationRoot(AppContext.BaseDirectory);
        Assert.Equal(Path.GetFullPath(Path.Combine(app, "..", "shared", "a.csv")), options.WatchLists[0].Path);
        Assert.Equal(Path.Combine(app, "data"), options.DataFolder);
    }
}
