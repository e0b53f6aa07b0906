using CsvHelper;

namespace Pacts.Agents.Planning.Specs;

/// <summary>
/// Reads a CSV data file: a header row of names (<c>secret:</c> marks a secret column), then one row per test case
/// instance. Quoted fields may hold commas, doubled quotes and line breaks; blank lines are skipped. Every error carries
/// the line of the CSV file it is on.
/// </summary>
internal static class CsvData
{
    public static IReadOnlyList<DataRow> Read(string csv, List<PlanError> errors, out IReadOnlyCollection<string> secretColumns)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(errors);
        secretColumns = [];
        var errorsBefore = errors.Count;
        var headerLine = HeaderLine(csv);
        if (headerLine == 0)
        {
            errors.Add(new PlanError(1, 1, "the CSV data is empty; its first line must name the columns", "username,secret:password"));
            return [];
        }

        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = true,
            SkipEmptyLines = true,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = r => errors.Add(new PlanError((int)Math.Max(1, r.LineNumber), 1, Malformed(r.Reason), null)),
        };
        using var reader = CsvReader.FromText(csv, options);
        var names = Header(reader.Headers, headerLine, errors, out var secrets);
        secretColumns = secrets;
        var rows = new List<DataRow>();
        while (reader.Read())
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < names.Count; i++)
            {
                values[names[i]] = reader.GetString(i) ?? string.Empty;
            }

            rows.Add(new DataRow(rows.Count + 1, values, (int)reader.LineNumber));
        }

        if (rows.Count == 0 && errors.Count == errorsBefore)
        {
            errors.Add(new PlanError(headerLine, 1, "the CSV data has a header but no rows", null));
        }

        return rows;
    }

    private static List<string> Header(IReadOnlyList<string> headers, int line, List<PlanError> errors, out SortedSet<string> secrets)
    {
        secrets = new SortedSet<string>(StringComparer.Ordinal);
        var names = new List<string>(headers.Count);
        for (var i = 0; i < headers.Count; i++)
        {
            var name = DataColumns.Name(headers[i], out var secret);
            if (name.Length == 0)
            {
                errors.Add(new PlanError(line, 1, $"column {i + 1} of the header has no name", null));
            }
            else if (names.Contains(name, StringComparer.Ordinal))
            {
                errors.Add(new PlanError(line, 1, $"the header names '{name}' twice", null));
            }
            else if (secret)
            {
                secrets.Add(name);
            }

            names.Add(name);
        }

        return names;
    }

    private static string Malformed(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.FieldCountMismatch => "this row does not have as many fields as the header",
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field; quote the whole field and double the quote: \"say \"\"hi\"\"\"",
        CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a field",
        CsvMalformedReason.UnterminatedQuote => "a quoted field is never closed",
        _ => "this row is not valid CSV",
    };

    /// <summary>The 1-based line of the header: the first line that is not blank (0 when there is none).</summary>
    private static int HeaderLine(string csv)
    {
        var lines = csv.Split('\n');
        var index = Array.FindIndex(lines, l => !string.IsNullOrWhiteSpace(l));
        return index + 1;
    }
}
