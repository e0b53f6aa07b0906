using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Pacts.Agents.Planning;

namespace Pacts.Agents.Reporting;

/// <summary>
/// A Playwright trace records every action's arguments and the page's DOM (typed values included), so a trace of a
/// run with secrets is rewritten: every text entry of the zip has each secret, raw and JSON-escaped, replaced.
/// </summary>
internal static class TraceMasking
{
    private static readonly string[] BinaryExtensions = [".png", ".jpeg", ".jpg", ".webp", ".gif", ".woff", ".woff2", ".ttf", ".zip"];

    public static void Apply(string zipPath, SecretMask mask)
    {
        if (mask.IsEmpty || !File.Exists(zipPath))
        {
            return;
        }

        var escaped = mask.With(mask.Values.Select(v => JsonSerializer.Serialize(v)[1..^1]));
        using var archive = ZipFile.Open(zipPath, ZipArchiveMode.Update);
        foreach (var entry in archive.Entries.ToList())
        {
            if (BinaryExtensions.Any(e => entry.FullName.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            string text;
            using (var reader = new StreamReader(entry.Open(), Encoding.UTF8))
            {
                text = reader.ReadToEnd();
            }

            var masked = escaped.Mask(text)!;
            if (!string.Equals(masked, text, StringComparison.Ordinal))
            {
                var name = entry.FullName;
                entry.Delete();
                using var writer = new StreamWriter(archive.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(masked);
            }
        }
    }
}
