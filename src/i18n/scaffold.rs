//! i18n stage: scaffolds a new locale's FTL from en-GB — every message kept as a comment
//! (its context comment, then the English entry to copy and translate), so the file is
//! valid FTL from the start and every message counts as missing until it is written.

use fluent_syntax::ast;

/// en-GB FTL → the new locale's starting file.
pub fn scaffold_ftl(source: &str) -> String {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) | Err((r, _)) => r,
    };
    let mut out = String::from(
        "# Translate each message: copy the commented English entry below its context, remove the\n\
         # leading `# `, and translate the text. Keep every { $variable } and { -term } exactly.\n\n",
    );
    for entry in resource.body {
        match entry {
            ast::Entry::Message(mut m) => {
                let context = m.comment.take();
                out.push_str(&commented(context, ast::Entry::Message(m)));
            }
            ast::Entry::Term(mut t) => {
                let context = t.comment.take();
                out.push_str(&commented(context, ast::Entry::Term(t)));
            }
            ast::Entry::Junk { .. } => {}
            other => out.push_str(&serialize(other)),
        }
    }
    out
}

/// The entry's context comment as is, then the entry itself commented out.
fn commented(context: Option<ast::Comment<&str>>, entry: ast::Entry<&str>) -> String {
    let mut out = String::from("\n");
    for line in context.iter().flat_map(|c| c.content.iter()) {
        out.push_str(&format!("# {line}").trim_end().to_owned());
        out.push('\n');
    }
    for line in serialize(entry).lines() {
        out.push_str(&format!("# {line}\n"));
    }
    out
}

fn serialize(entry: ast::Entry<&str>) -> String {
    fluent_syntax::serializer::serialize(&ast::Resource { body: vec![entry] })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_is_commented_with_its_context() {
        let src = "## Group\n\n# Context for m.\nm = Call { $emergency }\n    .lead = Bold\n";
        let out = scaffold_ftl(src);
        assert!(out.contains("## Group"), "{out}");
        assert!(
            out.contains("# Context for m.\n# m = Call { $emergency }\n#     .lead = Bold\n"),
            "{out}"
        );
        let parsed = fluent_syntax::parser::parse(out.as_str()).expect("valid FTL");
        assert!(
            !parsed
                .body
                .iter()
                .any(|e| matches!(e, ast::Entry::Message(_))),
            "{out}"
        );
    }
}
