// arvio-floor FILE… [--part word/document.xml]: the benchmark's floor as a program of its own
// (see Sources/ArvioFloor), for timing it from outside, e.g. with hyperfine or /usr/bin/time.

import ArvioFloor
#if canImport(Glibc)
import Glibc
#endif

var part = "word/document.xml"
var files: [String] = []
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    if argument == "--part", let value = arguments.popFirst() { part = value } else { files.append(argument) }
}
guard !files.isEmpty else {
    print("usage: arvio-floor FILE.docx… [--part word/document.xml]")
    exit(64)
}
var failed = false
for file in files {
    if let walk = Floor.walk(path: file, part: part) {
        print("\(file)\t\(walk.xmlBytes) bytes\t\(walk.nodes) nodes")
    } else {
        print("\(file)\tcould not read \(part)")
        failed = true
    }
}
exit(failed ? 1 : 0)
