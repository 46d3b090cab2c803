//! Gathers the interface texts of `src/ui/text/*.strings` (one file per area, each line
//! `Key => "Dutch", "English";`) into the one table that `src/ui/i18n.rs` includes. The
//! `strings!` macro there checks them: a key without both texts does not compile.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() {
    let dir = Path::new("src/ui/text");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = match fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "strings"))
            .collect(),
        Err(e) => panic!("build.rs: cannot read {}: {e}", dir.display()),
    };
    files.sort();
    let mut table = String::from("strings! {\n");
    for file in &files {
        println!("cargo::rerun-if-changed={}", file.display());
        let text = fs::read_to_string(file)
            .unwrap_or_else(|e| panic!("build.rs: cannot read {}: {e}", file.display()));
        let _ = writeln!(table, "// {}", file.display());
        table.push_str(&text);
        table.push('\n');
    }
    table.push_str("}\n");
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    fs::write(Path::new(&out).join("strings.rs"), table)
        .unwrap_or_else(|e| panic!("build.rs: cannot write the text table: {e}"));
}
