// Renderers for a `Report` (ArvioReport), each knowing only the model below it:
//
//   Outline/   the report back in document order (DocumentOutline) and the table shapes —
//              spans, merges, shading — recovered from the typed rows (TableShapes)
//   Markdown/  MarkdownRenderer (report → GitHub-flavoured Markdown to read and edit) and
//              MarkdownReader (edited Markdown → report, for `arvio next --updates`)
//   Docx/      DocxRenderer (report → a fresh .docx in a THL-style template, written with
//              PackageWriter.create)
