using System.Text;

namespace Pacts.Cli.Service;

/// <summary>Keeps the last lines a child process wrote, to show them only if something goes wrong.</summary>
internal sealed class OutputBuffer(int capacity)
{
    private readonly Queue<string> _lines = new();
    private readonly Lock _gate = new();
    private int _dropped;

    public void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _lines.Enqueue(line);
            if (_lines.Count > capacity)
            {
                _lines.Dequeue();
                _dropped++;
            }
        }
    }

    public override string ToString()
    {
        lock (_gate)
        {
            var text = new StringBuilder();
            if (_dropped > 0)
            {
                text.AppendLine($"  … {_dropped} earlier lines not kept");
            }

            foreach (var line in _lines)
            {
                text.Append("  | ").AppendLine(line);
            }

            return text.ToString();
        }
    }
}
