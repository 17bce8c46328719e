/// An annex table that tracks one period per column (Liite 1's "11/2021"): which column is the
/// latest period, and how a row is named in plain text, so that the column can be written and
/// filled in as a list ("- Terveysasemat; Hoitosuunnitelmien määrä.: 75 %") and read back.
extension Annex {
    /// The last column, when its header names a period other than the baseline ("11/2021",
    /// "5/22", "Syksy 2021": any form `PeriodKey(notation:)` reads).
    public var periodColumn: (index: Int, period: PeriodKey)? {
        guard let last = columns.indices.last else { return nil }
        let header = columns[last].trimmingCharacters(in: .whitespaces)
        guard let period = PeriodKey(notation: header), !period.isBaseline else { return nil }
        return (last, period)
    }

    /// The column that names a row: the measure (second column) when there are columns before
    /// it for the group ("Työpaketti") and after it for the source, else the first.
    public var keyColumn: Int { columns.count >= 4 ? 1 : 0 }

    /// The row's name as the list writes it; empty for a row without one (a group row).
    public func rowKey(_ row: Int) -> String {
        guard rows.indices.contains(row), rows[row].indices.contains(keyColumn) else { return "" }
        return rows[row][keyColumn].raw.joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }

    /// The row's list item, "key: value", as `rowValue(in:)` reads it back.
    public func rowItem(_ row: Int, value: String) -> String { rowKey(row) + ": " + value }

    /// The row named `key` in "key: value" (the longest row name the text starts with), and the value.
    public func rowValue(in text: String) -> (row: Int, value: String)? {
        let key = TextKey.normalise(text)
        var best: (row: Int, length: Int)?
        for row in rows.indices {
            let name = TextKey.normalise(rowKey(row))
            guard !name.isEmpty, key.hasPrefix(name + ":"), name.count > best?.length ?? -1 else { continue }
            best = (row, name.count)
        }
        guard let best else { return nil }
        // The value is what follows the name's colon in the text as written.
        let written = rowKey(best.row)
        guard let range = text.range(of: written + ":") ?? text.range(of: ":") else { return nil }
        return (best.row, text[range.upperBound...].trimmingCharacters(in: .whitespaces))
    }
}
