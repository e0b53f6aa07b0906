using System.Text.RegularExpressions;

namespace Pacts.Agents.Planning;

/// <summary>A <c>Data:</c> table: pipe-separated (Markdown) or comma-separated, header row first.</summary>
internal sealed partial class DataTable
{
    private List<string>? _header;

    public int Line { get; set; }

    public List<DataRow> Rows { get; } = [];

    public List<string> Secrets { get; } = [];

    public void Add(string line, int lineNumber, int column, List<PlanError> errors)
    {
        if (SeparatorRow().IsMatch(line))
        {
            return;
        }

        var cells = Cells(line);
        if (_header is null)
        {
            _header = [];
            foreach (var cell in cells)
            {
                var name = cell;
                if (name.StartsWith("secret:", StringComparison.OrdinalIgnoreCase))
                {
                    name = name["secret:".Length..].Trim();
                    Secrets.Add(name);
                }

                if (!Binder.IsVariableName(name))
                {
                    errors.Add(new PlanError(lineNumber, column, $"'{name}' is not a usable column name: use letters, digits, '_' or '-'", "| username | password |"));
                }
                else if (_header.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    errors.Add(new PlanError(lineNumber, column, $"the column '{name}' appears twice in the data table", null));
                }

                _header.Add(name);
            }

            return;
        }

        if (cells.Count != _header.Count)
        {
            errors.Add(new PlanError(lineNumber, column, $"this data row has {cells.Count} values but the header has {_header.Count} columns ({string.Join(", ", _header)})", null));
            return;
        }

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var c = 0; c < cells.Count; c++)
        {
            values[_header[c]] = Phrases.Unquote(cells[c]);
        }

        Rows.Add(new DataRow(Rows.Count + 1, values, lineNumber));
    }

    private static List<string> Cells(string line)
    {
        var t = line.Trim();
        if (t.StartsWith('|'))
        {
            t = t.Trim('|');
            return [.. t.Split('|').Select(c => c.Trim())];
        }

        return [.. Phrases.SplitOutsideQuotes(t, ',').Select(p => p.Part.Trim())];
    }

    [GeneratedRegex("""^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$""")]
    private static partial Regex SeparatorRow();
}
