namespace Pacts.Cli.Service;

/// <summary>Finds the Pacts repository and the service assembly built inside it.</summary>
internal static class RepoLocation
{
    public static string? FindRoot()
    {
        var home = Environment.GetEnvironmentVariable("PACTS_HOME");
        if (!string.IsNullOrEmpty(home))
        {
            return Directory.Exists(home) ? Path.GetFullPath(home) : null;
        }

        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pacts.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    public static string RequireRoot() =>
        FindRoot() ?? throw new CliException(
            "cannot find the Pacts repository (a folder with Pacts.sln): run from inside it or set PACTS_HOME");

    public static string ServiceDll()
    {
        var configured = Environment.GetEnvironmentVariable("PACTS_SERVICE_DLL");
        var dll = string.IsNullOrEmpty(configured)
            ? Path.Combine(RequireRoot(), "src", "Pacts.Service", "bin", "Debug", "net10.0", "Pacts.Service.dll")
            : Path.GetFullPath(configured);
        if (!File.Exists(dll))
        {
            throw new CliException(
                $"the Pacts service is not built: {dll} is missing (build it with 'dotnet build src/Pacts.Service', " +
                "use ./pacts from the repository root, which builds it, or set PACTS_SERVICE_DLL)");
        }

        return dll;
    }
}
