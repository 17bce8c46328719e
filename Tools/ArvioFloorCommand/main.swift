// arvio-floor FILE… [--part word/document.xml]: the benchmark's floor as a program of its own
// (see Tools/ArvioFloor), for timing it from outside, e.g. with hyperfine or /usr/bin/time.

import ArvioFloor
#if canImport(Glibc)
import Glibc
#endif

let usage = """
    usage: arvio-floor FILE.docx… [--part word/document.xml]
      Inflates the part (the main document by default) of each file and runs libxml2's reader over
      it, building nothing: the least any .docx reader does, which `make bench` compares Arvio with.
      Prints each file's part size and node count. Exit status 0; 1 when a file or its part could
      not be read (named on stderr); 64 for wrong usage.
    """

/// One line on standard error (file descriptor 2: no shared `FILE *` needed).
func complain(_ message: String) {
    let line = Array("arvio-floor: \(message)\n".utf8)
    _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}

func fail(_ message: String, status: Int32) -> Never {
    complain(message)
    exit(status)
}

var part = "word/document.xml"
var files: [String] = []
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--help", "-h":
        print(usage)
        exit(0)
    case "--part":
        guard let value = arguments.popFirst() else { fail("--part needs a part name, e.g. word/document.xml", status: 64) }
        part = value
    case let flag where flag.hasPrefix("-"):
        fail("unknown option \(flag)\n\(usage)", status: 64)
    default:
        files.append(argument)
    }
}
guard !files.isEmpty else { fail("no file given\n\(usage)", status: 64) }

var failed = false
for file in files {
    if let walk = Floor.walk(path: file, part: part) {
        print("\(file)\t\(walk.xmlBytes) bytes\t\(walk.nodes) nodes")
    } else {
        complain("\(file): cannot read its part \(part) (no such file, not a zip, or no such part)")
        failed = true
    }
}
exit(failed ? 1 : 0)
