using Gateway.Options;
using Gateway.Security;

namespace Gateway.UnitTests.Configuration;

/// Issue 18 item 3: development keys are kept in the data folder and reused at the next start.
public sealed class DevelopmentKeysTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("gateway-keys-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public void A_second_start_on_the_same_data_folder_has_the_same_keys_and_they_still_work()
    {
        var first = new CarrierKeys(new GatewayOptions { DataFolder = _data }, TimeProvider.System);
        var second = new CarrierKeys(new GatewayOptions { DataFolder = _data }, TimeProvider.System);
        Assert.Equal(["KE", "OZ", "admin"], first.DevelopmentKeys.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(first.DevelopmentKeys, second.DevelopmentKeys);
        Assert.Equal("KE", second.Carrier(first.DevelopmentKeys["KE"]));
        Assert.Equal("OZ", second.Carrier(first.DevelopmentKeys["OZ"]));
        Assert.True(second.IsAdmin(first.DevelopmentKeys["admin"]));
        Assert.Null(second.Carrier(first.DevelopmentKeys["admin"]));
    }

    [Fact]
    public void The_key_file_is_readable_by_its_owner_only()
    {
        _ = new CarrierKeys(new GatewayOptions { DataFolder = _data }, TimeProvider.System);
        if (OperatingSystem.IsWindows()) return; // no Unix modes there
        var mode = File.GetUnixFileMode(Path.Combine(_data, CarrierKeys.DevelopmentKeyFile));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
    }

    [Fact]
    public void Another_data_folder_gets_keys_of_its_own()
    {
        string other = Directory.CreateTempSubdirectory("gateway-keys-").FullName;
        try
        {
            var here = new CarrierKeys(new GatewayOptions { DataFolder = _data }, TimeProvider.System);
            var there = new CarrierKeys(new GatewayOptions { DataFolder = other }, TimeProvider.System);
            Assert.NotEqual(here.DevelopmentKeys["KE"], there.DevelopmentKeys["KE"]);
            Assert.Null(there.Carrier(here.DevelopmentKeys["KE"]));
        }
        finally
        {
            Directory.Delete(other, recursive: true);
        }
    }

    [Fact]
    public void A_damaged_key_file_stops_the_start_naming_the_file_and_the_line()
    {
        File.WriteAllText(Path.Combine(_data, CarrierKeys.DevelopmentKeyFile), "KE dev-1\nXX\n");
        var e = Assert.Throws<InvalidOperationException>(() => new CarrierKeys(new GatewayOptions { DataFolder = _data }, TimeProvider.System));
        Assert.Contains(CarrierKeys.DevelopmentKeyFile, e.Message, StringComparison.Ordinal);
        Assert.Contains("'XX'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_development_keys_nothing_is_written()
    {
        var keys = new CarrierKeys(new GatewayOptions { DataFolder = _data, DevelopmentKeys = false }, TimeProvider.System);
        Assert.Empty(keys.DevelopmentKeys);
        Assert.False(File.Exists(Path.Combine(_data, CarrierKeys.DevelopmentKeyFile)));
    }
}
