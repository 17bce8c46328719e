// Renderers: Markdown, a fresh THL-style .docx, and reading edited Markdown back.
