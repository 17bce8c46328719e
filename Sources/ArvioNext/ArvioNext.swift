// The next period's version of a report, edited into the original .docx.
