//! The packaging files in `packaging/` agree with the app and with each other: the desktop
//! entry names the window the app opens, the metainfo the entry and the binary, every icon
//! size exists at its size, the .deb metadata ships them all, and the tarball's install.sh
//! installs for one user and uninstalls without touching the journal. The validators
//! (desktop-file-validate, appstreamcli) run in `.ci/run`.

use std::path::{Path, PathBuf};
use std::process::Command;

use ambtelijke_ruimte::APP_ID;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const SIZES: [u32; 7] = [16, 32, 48, 64, 128, 256, 512];

fn root(rel: &str) -> PathBuf {
    Path::new(ROOT).join(rel)
}

fn read(rel: &str) -> String {
    let path = root(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn desktop_file() -> String {
    format!("packaging/{APP_ID}.desktop")
}

fn metainfo_file() -> String {
    format!("packaging/{APP_ID}.metainfo.xml")
}

fn png(size: u32) -> String {
    format!("packaging/icons/hicolor/{size}x{size}/apps/{APP_ID}.png")
}

fn svg() -> String {
    format!("packaging/icons/hicolor/scalable/apps/{APP_ID}.svg")
}

/// The value of `key` in the desktop entry's main group.
fn entry_value<'a>(entry: &'a str, key: &str) -> Option<&'a str> {
    entry
        .lines()
        .skip_while(|l| l.trim() != "[Desktop Entry]")
        .skip(1)
        .take_while(|l| !l.starts_with('['))
        .find_map(|l| l.strip_prefix(key)?.strip_prefix('='))
}

/// The text of every `<tag …>text</tag>` in `xml`, in order (enough for our own metainfo).
fn elements<'a>(xml: &'a str, tag: &str) -> Vec<(&'a str, &'a str)> {
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut found = Vec::new();
    let mut rest = xml;
    while let Some(start) = rest.find(&open) {
        let after = &rest[start + open.len()..];
        let Some(gt) = after.find('>') else { break };
        let (attrs, body) = (&after[..gt], &after[gt + 1..]);
        if attrs.starts_with([' ', '/']) || attrs.is_empty() {
            let Some(end) = body.find(&close) else { break };
            found.push((attrs.trim(), body[..end].trim()));
        }
        rest = body;
    }
    found
}

#[test]
fn the_desktop_entry_matches_the_window_and_speaks_dutch_and_english() {
    let entry = read(&desktop_file());
    let value = |key: &str| entry_value(&entry, key).unwrap_or_else(|| panic!("no {key}"));
    // The window's app_id / WM_CLASS is APP_ID (src/ui), so the desktop groups it under this entry.
    assert_eq!(value("StartupWMClass"), APP_ID);
    assert_eq!(value("Icon"), APP_ID);
    let bin = Path::new(env!("CARGO_BIN_EXE_ruimte"));
    assert_eq!(
        Some(value("Exec")),
        bin.file_name().and_then(|n| n.to_str())
    );
    for key in ["Name", "GenericName", "Comment", "Keywords"] {
        for lang in ["nl", "en"] {
            let text = value(&format!("{key}[{lang}]"));
            assert!(!text.trim().is_empty(), "{key}[{lang}] is empty");
        }
    }
    assert_ne!(
        value("Comment[nl]"),
        value("Comment[en]"),
        "Dutch is not English"
    );
    let categories: Vec<&str> = value("Categories").split(';').collect();
    assert!(categories.contains(&"Office") && categories.contains(&"Education"));
}

#[test]
fn the_metainfo_names_the_entry_the_binary_this_version_and_real_screenshots() {
    let xml = read(&metainfo_file());
    let text = |tag: &str| -> Vec<&str> { elements(&xml, tag).into_iter().map(|e| e.1).collect() };
    assert_eq!(text("id"), [APP_ID]);
    assert_eq!(text("launchable"), [format!("{APP_ID}.desktop")]);
    assert_eq!(text("binary"), ["ruimte"]);
    assert_eq!(text("project_license"), ["EUPL-1.2"]);
    let summaries = elements(&xml, "summary");
    assert!(
        summaries.iter().any(|(a, _)| a.is_empty()),
        "an English summary"
    );
    assert!(
        summaries.iter().any(|(a, _)| *a == r#"xml:lang="nl""#),
        "a Dutch summary"
    );
    let newest = xml.find("<release ").map(|i| &xml[i..]).unwrap_or_default();
    let version = format!(r#"version="{}""#, env!("CARGO_PKG_VERSION"));
    assert!(
        newest.lines().next().is_some_and(|l| l.contains(&version)),
        "the newest release is this version: {newest:.80}"
    );
    let images = text("image");
    assert!(images.len() >= 3, "{images:?}");
    for url in images {
        let path = url
            .strip_prefix("https://")
            .and_then(|rest| rest.split_once('/'))
            .map(|(_, path)| path)
            .unwrap_or_else(|| panic!("not an https URL: {url}"));
        assert!(root(path).is_file(), "{url}: no {path} in the repository");
    }
}

#[test]
fn every_icon_size_is_rendered_at_its_size() {
    assert!(read(&svg()).contains("<svg"), "the scalable icon is an SVG");
    for size in SIZES {
        let path = root(&png(size));
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n") && bytes.len() > 24);
        assert_eq!(&bytes[12..16], b"IHDR");
        let dim = |at: usize| {
            u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
        };
        assert_eq!((dim(16), dim(20)), (size, size), "{}", path.display());
    }
}

#[test]
fn the_deb_ships_the_binary_and_every_packaging_file_where_desktops_look() {
    let manifest = read("Cargo.toml");
    let deb = manifest
        .split("[package.metadata.deb]")
        .nth(1)
        .expect("Cargo.toml has [package.metadata.deb]");
    let assets: Vec<(&str, &str)> = deb
        .lines()
        .filter_map(|l| l.trim().strip_prefix("[\""))
        .filter_map(|l| {
            let mut parts = l.split('"').step_by(2);
            Some((parts.next()?, parts.next()?))
        })
        .collect();
    let expected = [
        ("target/release/ruimte".to_owned(), "usr/bin/".to_owned()),
        (desktop_file(), "usr/share/applications/".to_owned()),
        (metainfo_file(), "usr/share/metainfo/".to_owned()),
        (svg(), "usr/share/icons/hicolor/scalable/apps/".to_owned()),
        (
            "README.md".to_owned(),
            "usr/share/doc/ambtelijke-ruimte/".to_owned(),
        ),
    ]
    .into_iter()
    .chain(SIZES.map(|s| (png(s), format!("usr/share/icons/hicolor/{s}x{s}/apps/"))));
    for (source, dest) in expected {
        assert!(
            assets.contains(&(source.as_str(), dest.as_str())),
            "{source} -> {dest} missing from {assets:?}"
        );
    }
    for (source, _) in assets.iter().filter(|a| !a.0.starts_with("target/")) {
        assert!(root(source).is_file(), "{source} does not exist");
    }
}

#[test]
#[cfg(unix)]
fn install_sh_installs_for_one_user_and_uninstalls_without_touching_the_journal() {
    let tmp = tempfile::tempdir().expect("tmp");
    // The tarball's layout, as scripts/package.sh makes it.
    let pkg = tmp.path().join("pkg");
    let put = |rel: &str, dest: &str| {
        let to = pkg.join(dest);
        std::fs::create_dir_all(to.parent().expect("parent")).expect("mkdir");
        std::fs::copy(root(rel), &to).expect("copy");
    };
    put("packaging/install.sh", "install.sh");
    // A stand-in for the program: copying the real debug build twice takes seconds.
    let program = "#!/bin/sh\necho ruimte stand-in\n";
    std::fs::write(pkg.join("ruimte"), program).expect("stand-in");
    put(
        &desktop_file(),
        &format!("share/applications/{APP_ID}.desktop"),
    );
    put(
        &metainfo_file(),
        &format!("share/metainfo/{APP_ID}.metainfo.xml"),
    );
    put(&svg(), &svg().replace("packaging/", "share/"));
    for s in SIZES {
        put(&png(s), &png(s).replace("packaging/", "share/"));
    }
    let home = tmp.path().join("home with space");
    let journal = home.join(".local/share/ambtelijke-ruimte/vault.ron");
    std::fs::create_dir_all(journal.parent().expect("parent")).expect("mkdir");
    std::fs::write(&journal, "(format: 2)").expect("journal");
    let run = |args: &[&str]| {
        let out = Command::new("sh")
            .arg(pkg.join("install.sh"))
            .args(args)
            .env_clear()
            .env("HOME", &home)
            .env("PATH", "/usr/bin:/bin")
            .output()
            .expect("sh runs");
        let text = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(out.status.success(), "install.sh {args:?}: {text}");
    };

    run(&[]);
    let local = home.join(".local");
    let bin = local.join("bin/ruimte");
    let ran = Command::new(&bin)
        .output()
        .expect("the installed program runs");
    assert_eq!(
        String::from_utf8_lossy(&ran.stdout).trim(),
        "ruimte stand-in"
    );
    let entry = std::fs::read_to_string(local.join(format!("share/applications/{APP_ID}.desktop")))
        .expect("the menu entry");
    assert_eq!(
        entry_value(&entry, "Exec"),
        Some(format!("\"{}\"", bin.display()).as_str()),
        "the menu starts the program by its full path, quoted"
    );
    for s in SIZES {
        assert!(local.join(png(s).replace("packaging/", "share/")).is_file());
    }
    assert!(
        local
            .join(format!("share/metainfo/{APP_ID}.metainfo.xml"))
            .is_file()
    );

    run(&["--uninstall"]);
    let mut left = Vec::new();
    let mut stack = vec![local.clone()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).expect("read_dir").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p)
            } else {
                left.push(p)
            }
        }
    }
    assert_eq!(left, [journal], "only the journal is left");
}
