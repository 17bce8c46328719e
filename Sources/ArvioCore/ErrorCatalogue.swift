/// Every error and warning Arvio shows a coordinator, in one place: its stable code, the exit
/// status (errors only), what it means and what to do. README's "Exit codes" table is this
/// list (`ErrorCatalogue.readmeTable`; a test keeps the two equal), and tests check that every
/// `"ARVIO-…"` code in the sources is listed here and that every error's `exitCode` agrees.
///
/// A code never changes once published. A new error gets a new code here first.
public enum ErrorCatalogue {
    public struct Entry: Sendable, Equatable {
        /// `ARVIO-…` for errors, `ARVIO-W-…` for warnings.
        public let code: String
        /// Process exit status; nil for warnings, which never stop Arvio unless `--strict`.
        public let exitCode: Int32?
        public let meaning: String
        public let whatToDo: String
    }

    /// An exit status that carries no code: success, and outcomes reported otherwise.
    public struct Status: Sendable, Equatable {
        public let exitCode: Int32
        public let meaning: String
        public let whatToDo: String
    }

    /// Exit status of `--strict` when there were warnings.
    public static let strictExitCode: Int32 = 19
    /// Exit status for wrong command-line usage (ArgumentParser's).
    public static let usageExitCode: Int32 = 64
    /// Exit status when standard output or standard error cannot be written (not a closed pipe).
    public static let writeFailedExitCode: Int32 = 74
    /// Exit statuses when a signal stopped Arvio (128 + the signal's number, as a shell reports
    /// it): SIGHUP (a closed terminal), SIGINT (Ctrl-C), SIGTERM.
    public static let hangUpExitCode: Int32 = 129
    public static let interruptExitCode: Int32 = 130
    public static let terminateExitCode: Int32 = 143

    public static let statuses: [Status] = [
        Status(exitCode: 0, meaning: "Done.", whatToDo: "—"),
        Status(exitCode: 1, meaning: "`arvio check` found something to fix before uploading (with `--strict`, also something to look at).",
               whatToDo: "Fix what it lists and check again."),
        Status(exitCode: 2, meaning: "A batch (`arvio import` or `next` with several files or a folder, `-o OUTFOLDER`) finished, but some files failed; the others were written.",
               whatToDo: "Each failed file was printed on one line with its code; `OUTFOLDER/arvio-summary.csv` lists them too (`error_code`)."),
        Status(exitCode: usageExitCode, meaning: "Wrong command-line usage.", whatToDo: "See `arvio --help` or `arvio COMMAND --help`."),
        Status(exitCode: hangUpExitCode, meaning: "Stopped because its terminal was closed (SIGHUP); its temporary files were removed and nothing half-written is left.",
               whatToDo: "Run it again."),
        Status(exitCode: interruptExitCode, meaning: "Stopped with Ctrl-C (SIGINT); its temporary files were removed and nothing half-written is left.",
               whatToDo: "Run it again when you want the output."),
        Status(exitCode: terminateExitCode, meaning: "Stopped by SIGTERM (e.g. `kill`, or the system shutting down); its temporary files were removed and nothing half-written is left.",
               whatToDo: "Run it again."),
    ]

    /// In order of exit status.
    public static let errors: [Entry] = [
        Entry(code: "ARVIO-NOT-DOCX", exitCode: 10,
              meaning: "Not a Word .docx at all (Arvio says what it looks like, e.g. a PDF).",
              whatToDo: "Open it in Word and save it as a Word document (.docx)."),
        Entry(code: "ARVIO-EMPTY", exitCode: 10,
              meaning: "The file is empty (0 bytes).",
              whatToDo: "It may not have finished copying or downloading: fetch it again."),
        Entry(code: "ARVIO-LEGACY-DOC", exitCode: 11,
              meaning: "An old Word 97–2003 `.doc` file (also when renamed to .docx).",
              whatToDo: "Open it in Word and save it as .docx."),
        Entry(code: "ARVIO-ENCRYPTED", exitCode: 12,
              meaning: "Password-protected document, or an encrypted part inside the zip.",
              whatToDo: "In Word: File > Info > Protect Document, remove the password, save again."),
        Entry(code: "ARVIO-DAMAGED", exitCode: 13,
              meaning: "Damaged or incomplete file (truncated, bad checksum).",
              whatToDo: "Download or copy it again, or open it in Word and save a new copy."),
        Entry(code: "ARVIO-BAD-MODEL", exitCode: 13,
              meaning: "The .yaml/.json given to `arvio render` is not a report as `arvio import` writes it.",
              whatToDo: "Give it the file `arvio import` wrote (or the .docx itself)."),
        Entry(code: "ARVIO-NO-MAIN-PART", exitCode: 14,
              meaning: "The zip holds no Word main document.",
              whatToDo: "It is not a complete .docx: open it in Word and save it again."),
        Entry(code: "ARVIO-XML-MALFORMED", exitCode: 15,
              meaning: "A part is not valid XML (the message names the part and line).",
              whatToDo: "Open it in Word and save it again."),
        Entry(code: "ARVIO-XML-DOCTYPE", exitCode: 15,
              meaning: "A part has a DOCTYPE declaration, which Word never writes (a possible XML attack).",
              whatToDo: "Refused on purpose: ask where the file came from; save it again from Word."),
        Entry(code: "ARVIO-XML-TOO-DEEP", exitCode: 15,
              meaning: "Elements nested more than 256 deep (e.g. tables inside tables).",
              whatToDo: "Refused on purpose: simplify the nesting in Word, or ask where the file came from."),
        Entry(code: "ARVIO-TOO-LARGE", exitCode: 16,
              meaning: "Larger than any real document: a part over 256 MB, over 1 GB in all, over 20 000 zip entries, "
                  + "a part (or the parts read together) that compresses more than 200:1 (a \"zip bomb\"), or one that unpacks to more than its header declares.",
              whatToDo: "Refused on purpose: not a real report. Ask for the document again."),
        Entry(code: "ARVIO-UNSAFE-ZIP", exitCode: 17,
              meaning: "The zip has an unsafe file name (absolute path, `..`) or the same part twice, so programs could see different text.",
              whatToDo: "Save the document again from Word."),
        Entry(code: "ARVIO-STRICT", exitCode: strictExitCode,
              meaning: "`--strict` was given and Arvio had warnings (listed above it, one line each); nothing was written.",
              whatToDo: "Fix what the warnings say, or leave out `--strict`."),
        Entry(code: "ARVIO-BAD-MAPPING", exitCode: 20,
              meaning: "A mapping file given with `--mappings` is broken (the message names file and line).",
              whatToDo: "Fix the mapping file, or leave out `--mappings`."),
        Entry(code: "ARVIO-UNKNOWN-MAPPING", exitCode: 21,
              meaning: "`--mapping NAME` names no mapping (the message lists those available).",
              whatToDo: "Use one of the names listed."),
        Entry(code: "ARVIO-BAD-UPDATES", exitCode: 22,
              meaning: "The `--updates` file cannot be read, is not text, is not .yaml/.yml/.json/.md, or is not a report as `arvio import` writes it (the message names the line and column and what was expected).",
              whatToDo: "Give the YAML from `arvio import` or the Markdown from `arvio render`/`next --to md`."),
        Entry(code: "ARVIO-UPDATES-MISMATCH", exitCode: 23,
              meaning: "The `--updates` file was made from another report (another region, kind of document or period); the message says which.",
              whatToDo: "Give the updates file made from this report (`arvio next REPORT --to md`, or `arvio import REPORT`)."),
        Entry(code: "ARVIO-UPDATES-TEMPLATE-TEXT", exitCode: 24,
              meaning: "The `--updates` file changes THL's own text (preamble, Vinkkejä, Käsitteet, the schedule); the message names the paragraph.",
              whatToDo: "Undo that change in the updates file, or give `--allow-template-edits` if it is meant."),
        Entry(code: "ARVIO-NEXT-NO-PERIOD", exitCode: 30,
              meaning: "`arvio next` cannot tell which period the report covers.",
              whatToDo: "Say which period to prepare: `--period 2022-04`."),
        Entry(code: "ARVIO-NEXT-NOT-A-REPORT", exitCode: 31,
              meaning: "`arvio next` was given a plan or a final summary.",
              whatToDo: "Give it the oma-arviointi report."),
        Entry(code: "ARVIO-SUMMARY-NOT-A-REPORT", exitCode: 31,
              meaning: "`arvio summary` was given a plan or a final summary.",
              whatToDo: "Give it the oma-arviointi report."),
        Entry(code: "ARVIO-NEXT-PERIOD-NOT-AFTER", exitCode: 32,
              meaning: "`--period` is not after the period the report already covers.",
              whatToDo: "Choose a later period."),
        Entry(code: "ARVIO-NEXT-ENCODING", exitCode: 33,
              meaning: "The document is saved as UTF-16, which Arvio reads but does not edit.",
              whatToDo: "Open it in Word and save it again."),
        Entry(code: "ARVIO-NOT-A-PLAN", exitCode: 34,
              meaning: "`arvio init` was given something other than a hankesuunnitelma (a report, a final summary, a document Arvio does not recognise).",
              whatToDo: "Give it the project plan (.docx), or the YAML/JSON that `arvio migrate` wrote."),
        Entry(code: "ARVIO-NEXT-PERIOD-GUESSED", exitCode: 35,
              meaning: "`arvio next` had to guess the report's period (no title, header or File > Info states it), and the report already has the dated entries of the period after the guess (\"Huhtikuu 2022:\"): preparing it would write them again.",
              whatToDo: "Give the period to prepare with `--period` (e.g. `--period 2022-10`), or write the period on the title page (\"raportointi 15.5.2022\")."),
        Entry(code: "ARVIO-NO-LIBREOFFICE", exitCode: 40,
              meaning: "`arvio pdf` needs LibreOffice, which was not found.",
              whatToDo: "Install it (`sudo apt-get install libreoffice-writer-nogui`), or set `ARVIO_SOFFICE` to its `soffice` program."),
        Entry(code: "ARVIO-PDF-FAILED", exitCode: 41,
              meaning: "LibreOffice could not make a PDF of the document.",
              whatToDo: "Check that the document opens in Word or LibreOffice, save it again, and retry."),
        Entry(code: "ARVIO-PDF-TIMEOUT", exitCode: 41,
              meaning: "LibreOffice did not finish the PDF within the time limit and was stopped.",
              whatToDo: "Try again, or give more time with `--timeout`."),
        Entry(code: "ARVIO-CANNOT-LISTEN", exitCode: 50,
              meaning: "`arvio serve` cannot listen on that address and port: another program has the port, a port below 1024 needs administrator rights, or `--host` is no address of this machine.",
              whatToDo: "Choose another `--port`, or leave it out for a free one; give `--host` an address of this machine."),
        Entry(code: "ARVIO-OUTPUT-EXTENSION", exitCode: usageExitCode,
              meaning: "`-o` names a file whose extension contradicts what the command writes (YAML into `x.docx`, a Word document into `x.yaml`).",
              whatToDo: "Use the extension the message names, or choose the format with `--to`/`--json`."),
        Entry(code: "ARVIO-NOT-FOUND", exitCode: 66,
              meaning: "No such file.",
              whatToDo: "Check the name and the folder."),
        Entry(code: "ARVIO-UNREADABLE", exitCode: 66,
              meaning: "The file exists but cannot be read (e.g. permissions, or it is a folder).",
              whatToDo: "Check that you may read the file."),
        Entry(code: "ARVIO-OUTPUT-EXISTS", exitCode: 73,
              meaning: "`-o` names a file that exists.",
              whatToDo: "Choose another name, or add `--force` to replace it."),
        Entry(code: "ARVIO-OUTPUT-IS-INPUT", exitCode: 73,
              meaning: "`-o` names the input itself; Arvio never writes over its input.",
              whatToDo: "Choose another name with `-o`."),
        Entry(code: "ARVIO-CANNOT-WRITE", exitCode: 73,
              meaning: "The output cannot be written (the folder is missing or not writable, or the name is a folder); nothing is left behind.",
              whatToDo: "Check the folder, or choose another name with `-o`."),
        Entry(code: "ARVIO-APPEND-NOT-TEXT", exitCode: 73,
              meaning: "`arvio summary --append` names a file that is not UTF-8 text (e.g. a .docx).",
              whatToDo: "Give a text or Markdown file (.md, .txt); Arvio never writes into Word files."),
        Entry(code: "ARVIO-OUTPUT-NOT-FILE", exitCode: 73,
              meaning: "`-o` names something that is not a file: a folder, a device such as `/dev/null`, a named pipe; Arvio replaces only ordinary files, even with `--force`.",
              whatToDo: "Choose a file name with `-o`."),
        Entry(code: "ARVIO-DISK-FULL", exitCode: 73,
              meaning: "The disk (or your quota on it) is full; the output was not written and nothing is left behind.",
              whatToDo: "Make room on the disk, or write to another disk with `-o`."),
        Entry(code: "ARVIO-WRITE-FAILED", exitCode: writeFailedExitCode,
              meaning: "Standard output or standard error cannot be written (e.g. redirected to a full disk); what was printed is incomplete. A reader that stops early (`arvio dump FILE | head`) is not an error: Arvio then stops quietly with status 0.",
              whatToDo: "Redirect to a file on a disk with room, or use `-o FILE`."),
    ]

    /// Warnings: shown on standard error by `import`, `inspect` and `next`, one line each, as
    /// `arvio: FILE: warning: … [ARVIO-W-…]`; `--strict` turns them into ARVIO-STRICT.
    public static let warnings: [Entry] = [
        Entry(code: "ARVIO-W-NO-TEMPLATE", exitCode: nil,
              meaning: "No known template wording found; the document was read with the shared THL mapping only.",
              whatToDo: "Choose the template with `--mapping NAME` (see `arvio mappings`)."),
        Entry(code: "ARVIO-W-NO-PERIOD", exitCode: nil,
              meaning: "The reporting period of an oma-arviointi could not be found in the title, header or tables.",
              whatToDo: "Write the period on the title page (e.g. \"raportointi 15.5.2022\"), or give `--period` to `arvio next`."),
        Entry(code: "ARVIO-W-GUESSED-PERIOD", exitCode: nil,
              meaning: "The reporting period was inferred (e.g. from a table's last filled column), not stated.",
              whatToDo: "Check the period Arvio names; give `--period` to `arvio next` if it is wrong."),
        Entry(code: "ARVIO-W-MISSING-GOAL", exitCode: nil,
              meaning: "An oma-arviointi lacks one or more of the five national goals' headings.",
              whatToDo: "Check that every goal heading is in the document as the template has it."),
        Entry(code: "ARVIO-W-MISSING-SECTION", exitCode: nil,
              meaning: "A national goal lacks a section its template has under every goal (e.g. \"Tehdyt kehittämistoimenpiteet\").",
              whatToDo: "Add the section, or check that its heading is written as the template has it."),
        Entry(code: "ARVIO-W-UNMAPPED", exitCode: nil,
              meaning: "Some text matched no section of the template; it is kept under `unmapped` with where it was.",
              whatToDo: "Check the headings around the text Arvio names (`arvio inspect` lists it)."),
        Entry(code: "ARVIO-W-TABLE", exitCode: nil,
              meaning: "A table or a table row could not be read as its kind (readiness, indicators, results, …); its text is kept.",
              whatToDo: "Check the table Arvio names against the template's."),
        Entry(code: "ARVIO-W-PROCESS-GOAL", exitCode: nil,
              meaning: "A process goal in the readiness table has no narrative in the text (Arvio looks for a heading or paragraph starting with its number), or a numbered narrative has no row in the table.",
              whatToDo: "Start the narrative with the number and title of its table row (\"1.1 …\")."),
        Entry(code: "ARVIO-W-NOT-READ", exitCode: nil,
              meaning: "Content imported into the document from another file (altChunk), or a part it points at (the theme), could not be read.",
              whatToDo: "Open the document in Word and save it again, so the content becomes part of the document."),
        Entry(code: "ARVIO-W-UNSUPPORTED", exitCode: nil,
              meaning: "Text inside an element Arvio does not know was kept as a paragraph of its own.",
              whatToDo: "Check that text in the output."),
        Entry(code: "ARVIO-W-MARKDOWN", exitCode: nil,
              meaning: "The Markdown given to `--updates` names an unknown mapping or has no known template wording.",
              whatToDo: "Start from the Markdown that `arvio render --to md` or `arvio next --to md` wrote."),
        Entry(code: "ARVIO-W-HEADING-UNSURE", exitCode: nil,
              meaning: "A line set like a heading (bold or larger, numbered) is no heading of the template and does not continue the numbering of the heading above it; it was read as text.",
              whatToDo: "If it is a heading, give it a heading style (Otsikko 1, 2, …) or the template's wording; otherwise nothing needs doing."),
        Entry(code: "ARVIO-W-PERIOD-UNREAD", exitCode: nil,
              meaning: "A header cell of a readiness or indicator table looks like a period (a year, a season or a month) but is none Arvio reads, so that column's values are not in the report.",
              whatToDo: "Write the period as the templates do (\"5/22\", \"11/22\", \"Lähtötila\") or as \"Kevät 2022\", \"Syksy 2022\", \"15.5.2022\"; if the column is no period, nothing needs doing."),
        Entry(code: "ARVIO-W-PLAN-EMPTY-GOAL", exitCode: nil,
              meaning: "`arvio init`: the hankesuunnitelma has neither benefit-goal text nor results-table rows for a national goal, so that goal's sections in the first report have THL's guidance text only.",
              whatToDo: "Write the goal's part of the report yourself, or add its text and rows to the plan and run `arvio init` again."),
        Entry(code: "ARVIO-W-PLAN-NO-PHASES", exitCode: nil,
              meaning: "`arvio migrate`: no numbered phases (\"1) … 2) …\") were found under the plan's \"Prosessitavoitteet\", so the migrated plan has no phases.",
              whatToDo: "Check that the phases under \"Prosessitavoitteet\" are numbered \"1)\", \"2)\", …; otherwise nothing needs doing."),
        Entry(code: "ARVIO-W-OTHER", exitCode: nil,
              meaning: "Reserved: no warning of this version has it. Files written by earlier versions may carry it for a remark that has its own code now.",
              whatToDo: "Read the message; importing the document again gives the remark its own code."),
    ]

    public static let all = errors + warnings

    public static func entry(_ code: String) -> Entry? { all.first { $0.code == code } }

    /// README's "Exit codes" table, rows in order of exit status (statuses first among equals).
    public static var readmeTable: String {
        var rows = ["| Exit | Identifier | Meaning | What to do |", "|---|---|---|---|"]
        var pending = statuses[...]
        for entry in errors {  // listed in order of exit status
            while let status = pending.first, status.exitCode <= entry.exitCode ?? 0 {
                rows.append("| \(status.exitCode) | — | \(status.meaning) | \(status.whatToDo) |")
                pending.removeFirst()
            }
            rows.append("| \(entry.exitCode.map(String.init) ?? "") | `\(entry.code)` | \(entry.meaning) | \(entry.whatToDo) |")
        }
        for status in pending { rows.append("| \(status.exitCode) | — | \(status.meaning) | \(status.whatToDo) |") }
        return rows.joined(separator: "\n")
    }

    /// README's table of warnings.
    public static var readmeWarningTable: String {
        (["| Identifier | Meaning | What to do |", "|---|---|---|"]
            + warnings.map { "| `\($0.code)` | \($0.meaning) | \($0.whatToDo) |" }).joined(separator: "\n")
    }
}
