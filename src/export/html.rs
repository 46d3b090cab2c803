//! A small, safe Markdown-to-HTML converter for the summaries we render ourselves: everything
//! is escaped first, then only headings, paragraphs, `- ` lists and `**bold**` become tags.

use std::fmt::Write;

use super::render::{ANCHOR, MARKER};

const STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;\
padding:0 1rem;line-height:1.5;color:#222;background:#fff}h1,h2,h3{line-height:1.25}\
h2{margin-top:2rem;border-bottom:1px solid #ddd}dl{display:grid;grid-template-columns:auto 1fr;\
gap:.2rem 1rem;color:#555}dt{font-weight:600}dd{margin:0}";

/// Converts a summary's Markdown into a complete standalone HTML document (UTF-8, neutral
/// inline style). The header block becomes an HTML comment plus a definition list.
pub fn render_html(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len() * 2 + 1024);
    out.push_str("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n");
    let mut lines = markdown.lines().peekable();
    let mut title = String::new();
    let mut header = String::new();
    if lines.peek() == Some(&MARKER) {
        lines.next();
        if lines.peek() == Some(&"---") {
            lines.next();
            header.push_str("<dl>\n");
            for line in lines.by_ref() {
                if line == "---" {
                    break;
                }
                let (key, value) = line.split_once(':').unwrap_or((line, ""));
                let _ = writeln!(
                    header,
                    "<dt>{}</dt><dd>{}</dd>",
                    escape(key.trim()),
                    escape(value.trim())
                );
            }
            header.push_str("</dl>\n");
        }
    }
    let rest: Vec<&str> = lines.collect();
    if let Some(h1) = rest.iter().find_map(|l| l.strip_prefix("# ")) {
        title = escape(h1.trim());
    }
    let _ = write!(
        out,
        "<title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{MARKER}\n{header}"
    );
    body(&mut out, &rest);
    out.push_str("</body>\n</html>\n");
    out
}

fn body(out: &mut String, lines: &[&str]) {
    let mut para: Vec<String> = Vec::new();
    let mut in_list = false;
    let flush = |out: &mut String, para: &mut Vec<String>| {
        if !para.is_empty() {
            let _ = writeln!(out, "<p>{}</p>", para.join("<br>\n"));
            para.clear();
        }
    };
    for raw in lines {
        let line = raw.trim_end();
        let heading = [("### ", "h3"), ("## ", "h2"), ("# ", "h1")]
            .into_iter()
            .find_map(|(p, tag)| line.strip_prefix(p).map(|t| (tag, t)));
        let item = line.strip_prefix("- ");
        if item.is_none() && in_list {
            out.push_str("</ul>\n");
            in_list = false;
        }
        if let Some((tag, text)) = heading {
            flush(out, &mut para);
            match text.rfind(ANCHOR) {
                Some(at) if tag == "h2" && text.ends_with('}') => {
                    let id = &text[at + ANCHOR.len()..text.len() - 1];
                    let _ = writeln!(
                        out,
                        "<h2 id=\"entry-{}\">{}</h2>",
                        escape(id),
                        inline(&text[..at])
                    );
                }
                _ => {
                    let _ = writeln!(out, "<{tag}>{}</{tag}>", inline(text));
                }
            }
        } else if let Some(text) = item {
            flush(out, &mut para);
            if !in_list {
                out.push_str("<ul>\n");
                in_list = true;
            }
            let _ = writeln!(out, "<li>{}</li>", inline(text));
        } else if line.is_empty() {
            flush(out, &mut para);
        } else {
            // `\#` is our escape for a user line that starts with `#`.
            let text = line.strip_prefix('\\').filter(|t| t.starts_with('#'));
            para.push(inline(text.unwrap_or(line)));
        }
    }
    flush(out, &mut para);
    if in_list {
        out.push_str("</ul>\n");
    }
}

/// Escapes, then turns `**x**` into `<strong>x</strong>` and `*x*` lines into emphasis.
fn inline(text: &str) -> String {
    let escaped = escape(text);
    let mut out = String::with_capacity(escaped.len() + 16);
    let mut parts = escaped.split("**");
    if let Some(first) = parts.next() {
        out.push_str(first);
    }
    let rest: Vec<&str> = parts.collect();
    // Pair the markers; an unpaired last one stays as text.
    let pairs = rest.len() / 2 * 2;
    for (i, part) in rest.iter().enumerate() {
        if i < pairs {
            out.push_str(if i % 2 == 0 { "<strong>" } else { "</strong>" });
        } else {
            out.push_str("**");
        }
        out.push_str(part);
    }
    match out.strip_prefix('*').and_then(|t| t.strip_suffix('*')) {
        Some(inner) if !inner.is_empty() && !inner.starts_with('*') => format!("<em>{inner}</em>"),
        _ => out,
    }
}

/// Escapes the five characters that matter in HTML text and attributes.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_user_text_is_escaped() {
        let md = format!(
            "{MARKER}\n---\ncoach: <b>Kim</b>\n---\n\n# T\n\n<script>alert('x')</script> & \"q\"\n"
        );
        let html = render_html(&md);
        assert!(!html.contains("<script>"), "{html}");
        assert!(
            html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;")
        );
        assert!(
            html.contains("<dt>coach</dt><dd>&lt;b&gt;Kim&lt;/b&gt;</dd>"),
            "{html}"
        );
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains("<meta charset=\"utf-8\">"));
        assert!(html.contains(MARKER));
    }

    #[test]
    fn headings_lists_paragraphs_and_bold() {
        let md = "# Titel\n\n## Eerste {#entry-01ABC}\n\n### Deel\n\n- een\n- **twee**\n\nregel 1\nregel 2\n\n**Label:** waarde\n";
        let html = render_html(md);
        assert!(html.contains("<h1>Titel</h1>"));
        assert!(
            html.contains("<h2 id=\"entry-01ABC\">Eerste</h2>"),
            "{html}"
        );
        assert!(html.contains("<h3>Deel</h3>"));
        assert!(html.contains("<ul>\n<li>een</li>\n<li><strong>twee</strong></li>\n</ul>"));
        assert!(html.contains("<p>regel 1<br>\nregel 2</p>"));
        assert!(html.contains("<p><strong>Label:</strong> waarde</p>"));
    }
}
