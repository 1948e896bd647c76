using System.Collections;
using System.Collections.Specialized;
using TeamDrill.Client.Tui.Text;
using Terminal.Gui.Views;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace TeamDrill.Client.Tui.Widgets;

/// <summary>
/// A <see cref="ListView"/> source of entries (a transcript message, a card line) word-wrapped to the
/// pane's width. Appending wraps only the new entry, so a long transcript costs nothing per message;
/// everything is re-wrapped only when the width changes.
/// </summary>
public sealed class WrappedListSource : IListDataSource
{
    private readonly List<Entry> _entries = [];
    private readonly List<Row> _rows = [];
    private int _width = 40;

    public event NotifyCollectionChangedEventHandler? CollectionChanged;

    public int Count => _rows.Count;

    public int MaxItemLength => _width;

    public bool SuspendCollectionChangedEvent { get; set; }

    public int EntryCount => _entries.Count;

    /// <summary>
    /// Draw a "›" before the selected entry's rows: the cursor stays visible without colour (NO_COLOR)
    /// and to anyone reading the screen as text.
    /// </summary>
    public bool CursorGutter { get; init; }

    /// <summary>Colour for an entry's rows, by its key; null leaves the list's own attribute.</summary>
    public Func<int, Attribute, Attribute?>? Colorize { get; set; }

    /// <summary>The key of the entry the row belongs to, or -1.</summary>
    public int KeyAt(int row) => row >= 0 && row < _rows.Count ? _entries[_rows[row].Entry].Key : -1;

    /// <summary>The first row of the entry with this key, or -1.</summary>
    public int FirstRowOf(int key)
    {
        for (var i = 0; i < _rows.Count; i++)
        {
            if (_entries[_rows[i].Entry].Key == key)
            {
                return i;
            }
        }

        return -1;
    }

    public IEnumerable<string> AllRows => _rows.Select(r => r.Text);

    public void Add(int key, string text, string indent = "  ")
    {
        _entries.Add(new Entry(key, text, indent));
        var start = _rows.Count;
        WrapEntry(_entries.Count - 1);
        Changed(new NotifyCollectionChangedEventArgs(NotifyCollectionChangedAction.Add, _rows.Skip(start).Cast<object>().ToList(), start));
    }

    /// <summary>Replaces the text of an entry already added (its tags changed, say).</summary>
    public void Update(int key, string text)
    {
        var index = _entries.FindIndex(e => e.Key == key);
        if (index < 0 || _entries[index].Text == text)
        {
            return;
        }

        _entries[index] = _entries[index] with { Text = text };
        Rewrap();
    }

    public void Clear()
    {
        _entries.Clear();
        _rows.Clear();
        Changed(new NotifyCollectionChangedEventArgs(NotifyCollectionChangedAction.Reset));
    }

    public void SetWidth(int width)
    {
        width = Math.Max(8, width - (CursorGutter ? 1 : 0));
        if (width == _width)
        {
            return;
        }

        _width = width;
        Rewrap();
    }

    public bool IsMarked(int item) => false;

    public void SetMark(int item, bool value)
    {
    }

    public void Render(ListView listView, bool selected, int item, int col, int row, int width, int viewportX)
    {
        if (item < 0 || item >= _rows.Count)
        {
            return;
        }

        if (!selected && Colorize?.Invoke(_entries[_rows[item].Entry].Key, listView.GetAttributeForRole(Terminal.Gui.Drawing.VisualRole.Normal)) is { } attribute)
        {
            listView.SetAttribute(attribute);
        }

        var text = _rows[item].Text;
        text = viewportX < text.Length ? text[viewportX..] : "";
        if (CursorGutter)
        {
            var selectedEntry = listView.SelectedItem is { } s && s >= 0 && s < _rows.Count ? _rows[s].Entry : -1;
            text = (_rows[item].Entry == selectedEntry ? "›" : " ") + text;
        }

        listView.Move(col, row);
        listView.AddStr(TextWrap.Fit(text, width));
    }

    public bool RenderMark(ListView listView, int item, int row, bool isMarked, bool markMultiple) => false;

    public IList ToList() => _rows.Select(r => r.Text).ToList();

    public void Dispose()
    {
    }

    private void Rewrap()
    {
        _rows.Clear();
        for (var i = 0; i < _entries.Count; i++)
        {
            WrapEntry(i);
        }

        Changed(new NotifyCollectionChangedEventArgs(NotifyCollectionChangedAction.Reset));
    }

    private void WrapEntry(int index)
    {
        var entry = _entries[index];
        foreach (var paragraph in entry.Text.Split('\n'))
        {
            foreach (var line in TextWrap.Wrap(paragraph, _width, entry.Indent))
            {
                _rows.Add(new Row(index, line));
            }
        }
    }

    private void Changed(NotifyCollectionChangedEventArgs args)
    {
        if (!SuspendCollectionChangedEvent)
        {
            CollectionChanged?.Invoke(this, args);
        }
    }

    private sealed record Entry(int Key, string Text, string Indent);

    private sealed record Row(int Entry, string Text);
}
