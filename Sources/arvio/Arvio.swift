import ArgumentParser
import ArvioMessages

/// `arvio`: the coordinator's tool for THL oma-arviointi reports and project plans.
struct Arvio: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "arvio",
        abstract: HelpPhrase.arvio.now,
        discussion: """
            Exit codes: 0 done; 1 `arvio check` found something to fix before uploading; 2 some files of a batch \
            (`import`/`next` FOLDER… -o OUTFOLDER) failed, see OUTFOLDER/arvio-summary.csv; 10 not a Word document; \
            11 old Word 97–2003 .doc; 12 password-protected; \
            13 damaged or incomplete file; 14 no main document inside; 15 broken or refused XML; \
            16 larger than any real document (zip bomb); 17 unsafe zip contents; 19 warnings with --strict; \
            20 a mapping file is broken; 21 no such mapping; 22 the --updates file cannot be used; \
            23 the --updates file was made from another report; 24 the --updates file changes THL's own text; \
            30 the report's period is unknown (give --period); 31 not an oma-arviointi; 32 --period is not \
            after the report's; 33 the document cannot be edited (UTF-16); 34 not a hankesuunnitelma (init); 35 the period had to be guessed and its next period is written already (give --period); \
            40 LibreOffice is not installed (pdf); 41 LibreOffice failed or timed out; 64 wrong command-line usage \
            (also an -o name whose extension contradicts the format); 66 file not found or not readable; \
            73 the output cannot be written (exists, is the input, is not an ordinary file, the disk is full, or the \
            folder is not writable); 74 standard output or error cannot be written (a reader that stops early, as \
            `| head`, is not an error); 129, 130, 143 stopped by SIGHUP, Ctrl-C (SIGINT) or SIGTERM, temporary \
            files removed.

            Language of messages: --lang fi|sv|en, else ARVIO_LANG, else LANG (fi_FI → Finnish, sv_FI → Swedish), \
            else English.
            """,
        version: "0.1.0",
        subcommands: [Import.self, Inspect.self, Migrate.self, Init.self, Next.self, Render.self, Pdf.self, Summary.self, Diff.self, Check.self, Dump.self, Mappings.self, Serve.self]) }
}
