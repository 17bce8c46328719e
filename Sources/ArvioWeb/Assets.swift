/// The page's stylesheet and script, in the binary: nothing is fetched from elsewhere, and the
/// binary works wherever it is copied (SwiftPM resources would stay behind).
enum Assets {
    static let css = """
        :root { --ink: #1b2a38; --muted: #5b6b7a; --line: #c9d3dc; --accent: #00558c; --paper: #fbfcfd; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--paper); }
        header { display: flex; gap: 1rem; align-items: baseline; padding: .8rem 1.5rem; background: var(--accent); color: #fff; flex-wrap: wrap; }
        header a { color: #fff; }
        .brand { font-weight: 700; font-size: 1.4rem; text-decoration: none; }
        .tagline { opacity: .85; }
        .languages { margin-left: auto; }
        main { max-width: 62rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
        footer { max-width: 62rem; margin: 0 auto; padding: 1rem 1.5rem; color: var(--muted); border-top: 1px solid var(--line); }
        h1 { font-size: 1.6rem; margin: .6rem 0; }
        h2 { font-size: 1.3rem; margin-top: 1.6rem; border-bottom: 2px solid var(--accent); }
        h3 { font-size: 1.1rem; margin-top: 1.2rem; }
        h4 { font-size: 1rem; margin-top: 1rem; }
        .process-goal { color: var(--accent); font-size: 1.05rem; }
        .file { color: var(--muted); margin-top: 0; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
        dl.facts dt { font-weight: 600; }
        dl.facts dd { margin: 0; }
        .actions a, .button, button { display: inline-block; margin: .2rem .4rem .2rem 0; }
        .button, button { background: var(--accent); color: #fff; border: 0; border-radius: 4px; padding: .45rem .9rem; font: inherit; cursor: pointer; text-decoration: none; }
        button.secondary { background: #e6ebf0; color: var(--ink); }
        .warnings li, .findings li { margin: .3rem 0; }
        .detail { color: var(--muted); font-size: .9rem; }
        aside.findings { background: #fff8e5; border-left: 4px solid #e0a800; padding: .3rem .9rem; margin: .6rem 0; }
        .findings .severity { font-weight: 700; text-transform: uppercase; font-size: .8rem; }
        .findings .fix .severity { color: #b00020; }
        .guidance { color: var(--muted); font-style: italic; }
        .unmapped .tag { background: #eee; padding: 0 .3rem; font-size: .8rem; }
        ul { padding-left: 1.4rem; }
        .report ul { list-style: none; padding-left: .4rem; }
        li .label { color: var(--muted); }
        li.level-1 { margin-left: 1.5rem; } li.level-2 { margin-left: 3rem; } li.level-3 { margin-left: 4.5rem; }
        .table { overflow-x: auto; margin: .8rem 0; }
        table { border-collapse: collapse; }
        th, td { border: 1px solid var(--line); padding: .3rem .5rem; vertical-align: top; text-align: left; }
        th { background: #e8eef4; }
        td.group { font-weight: 700; background: #f1f4f7; }
        .light-red { background: #f4b6b6; } .light-yellow { background: #fff1a8; } .light-green { background: #b9e4c4; }
        .light-word { font-size: .8rem; color: var(--muted); }
        fieldset { border: 1px solid var(--line); margin: 1rem 0; padding: .6rem 1rem; background: #fff; }
        legend { font-weight: 700; padding: 0 .3rem; }
        label.entry { display: block; margin: .6rem 0; }
        label.entry span { font-weight: 600; }
        textarea { width: 100%; font: inherit; }
        label.check { display: block; margin: .3rem 0; }
        .draft-status { color: var(--muted); font-size: .9rem; min-height: 1.2rem; }
        pre.diff { background: #fff; border: 1px solid var(--line); padding: .6rem; overflow-x: auto; white-space: pre-wrap; }
        .errors li { margin: .5rem 0; }
        code.code { background: #fde8e8; padding: 0 .3rem; }
        .note { color: var(--muted); }
        .busy { font-weight: 600; color: var(--accent); }
        """

    /// Drafts kept in localStorage (across a reload), the copy button, the PDF progress note.
    static let javascript = """
        (function () {
          "use strict";
          var draft = document.querySelector("[data-draft-key]");
          if (draft) {
            var key = draft.getAttribute("data-draft-key");
            var status = draft.querySelector(".draft-status");
            var fields = draft.querySelectorAll("textarea, input[type=text], input:not([type]), input[type=checkbox]");
            var saved = {};
            try { saved = JSON.parse(window.localStorage.getItem(key) || "{}"); } catch (e) { saved = {}; }
            fields.forEach(function (field) {
              if (!(field.name in saved)) { return; }
              if (field.type === "checkbox") { field.checked = saved[field.name] === true; } else { field.value = saved[field.name]; }
            });
            var save = function () {
              var values = {};
              fields.forEach(function (field) { values[field.name] = field.type === "checkbox" ? field.checked : field.value; });
              try { window.localStorage.setItem(key, JSON.stringify(values)); } catch (e) { return; }
              if (status) { status.textContent = status.getAttribute("data-saved"); }
            };
            fields.forEach(function (field) { field.addEventListener("input", save); field.addEventListener("change", save); });
          }
          document.querySelectorAll("button.copy").forEach(function (button) {
            button.addEventListener("click", function () {
              var source = document.getElementById(button.getAttribute("data-copy"));
              if (!source) { return; }
              source.select();
              var done = function () { button.textContent = button.getAttribute("data-copied"); };
              if (navigator.clipboard && navigator.clipboard.writeText) {
                navigator.clipboard.writeText(source.value).then(done, function () { document.execCommand("copy"); done(); });
              } else { document.execCommand("copy"); done(); }
            });
          });
          // While a file is read or written: "Working…", and how many wait before it (GET /queue).
          var busy = document.querySelector(".busy");
          document.querySelectorAll("form#upload, form#next-form").forEach(function (form) {
            form.addEventListener("submit", function () {
              if (!busy) { return; }
              busy.hidden = false;
              busy.textContent = busy.getAttribute("data-working");
              window.setInterval(function () {
                fetch("/queue", { credentials: "same-origin" }).then(function (r) { return r.text(); }).then(function (count) {
                  var waiting = parseInt(count, 10);
                  busy.textContent = busy.getAttribute("data-working") + (waiting > 0 ? " " + busy.getAttribute("data-queue") + " " + waiting : "");
                });
              }, 1000);
            });
          });
          document.querySelectorAll("a.slow").forEach(function (link) {
            link.addEventListener("click", function () {
              var progress = link.parentNode.querySelector(".progress");
              if (progress) { progress.textContent = link.getAttribute("data-working"); }
            });
          });
        })();
        """
}
