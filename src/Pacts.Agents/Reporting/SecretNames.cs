using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Pacts.Storage;

namespace Pacts.Agents.Reporting;

/// <summary>
/// The environment variable a generated test reads a secret from. The name depends on the value alone, through a keyed
/// hash (<c>PACTS_SECRET_</c> and six hex digits of HMAC-SHA256), so every file and every run of one installation
/// names the same password alike, and one environment serves the whole generated project; without the key the name
/// says nothing about the value. The key is <c>Artifacts:SecretNamesKey</c> when set, else 32 random bytes kept in
/// <c>{Storage:DataDirectory}/secret-names.key</c>.
/// </summary>
public sealed class SecretNames
{
    public const string Prefix = "PACTS_SECRET_";

    private readonly Lazy<byte[]> _key;

    public SecretNames(IOptions<ArtifactOptions> artifacts, IOptions<StorageOptions> storage)
    {
        ArgumentNullException.ThrowIfNull(artifacts);
        ArgumentNullException.ThrowIfNull(storage);
        var given = artifacts.Value.SecretNamesKey;
        _key = new(() => string.IsNullOrEmpty(given)
            ? LoadOrCreate(Path.Combine(storage.Value.DataDirectory, "secret-names.key"))
            : Encoding.UTF8.GetBytes(given));
    }

    public string NameOf(string secret) => NameOf(_key.Value, secret);

    public static string NameOf(byte[] key, string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var hash = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(secret));
        return Prefix + Convert.ToHexString(hash, 0, 3).ToUpper(CultureInfo.InvariantCulture);
    }

    private static byte[] LoadOrCreate(string path)
    {
        if (File.Exists(path) && File.ReadAllBytes(path) is { Length: >= 16 } stored)
        {
            return stored;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var key = RandomNumberGenerator.GetBytes(32);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, create))
        {
            stream.Write(key);
        }

        // Two processes starting at once: the first file in place wins, and both read it.
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException)
        {
            File.Delete(temporary);
        }

        return File.ReadAllBytes(path);
    }
}
