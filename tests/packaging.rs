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

/// The `[package.metadata.deb]` value of `key` (a one-line string).
fn deb_field(key: &str) -> String {
    let manifest = read("Cargo.toml");
    let deb = manifest
        .split("[package.metadata.deb]")
        .nth(1)
        .expect("Cargo.toml has [package.metadata.deb]");
    deb.lines()
        .find_map(|l| l.strip_prefix(key)?.trim_start().strip_prefix('='))
        .map(|v| v.trim().trim_matches('"').to_owned())
        .unwrap_or_else(|| panic!("no {key} in [package.metadata.deb]"))
}

/// The package names of a Depends-like list, without versions or alternatives' extras.
fn packages(list: &str) -> Vec<String> {
    list.split([',', '|'])
        .map(|p| p.split_whitespace().next().unwrap_or_default().to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}

/// `packaging/runtime-libraries`: (file name opened at run time, Debian package).
fn runtime_libraries() -> Vec<(String, String)> {
    read("packaging/runtime-libraries")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let mut words = l.split_whitespace();
            let so = words.next().unwrap_or_default().to_owned();
            let package = words.next().unwrap_or_else(|| panic!("no package: {l}"));
            (so, package.to_owned())
        })
        .collect()
}

#[test]
fn the_debs_depends_bring_every_library_the_window_opens_at_run_time() {
    let depends = packages(&deb_field("depends"));
    assert!(depends.contains(&"$auto".to_owned()), "{depends:?}");
    let libraries = runtime_libraries();
    assert!(libraries.len() >= 12, "{libraries:?}");
    for (so, package) in libraries {
        assert!(
            depends.contains(&package),
            "{so} is opened at run time, but its package {package} is not in Depends {depends:?}"
        );
    }
    // glvnd's libEGL and libGL need a driver behind them; Mesa's, unless a vendor's is there.
    let recommends = packages(&deb_field("recommends"));
    assert!(
        recommends.contains(&"libgl1-mesa-dri".to_owned()),
        "{recommends:?}"
    );
}

/// Every `"lib….so.N"` literal in `text`.
fn sonames(text: &str) -> Vec<String> {
    text.split('"')
        .skip(1)
        .step_by(2)
        .filter(|s| {
            s.starts_with("lib")
                && s.rsplit_once(".so.")
                    .is_some_and(|(_, n)| n.chars().all(|c| c.is_ascii_digit()))
        })
        .map(str::to_owned)
        .collect()
}

/// The source folder of every version of `name` in Cargo.lock, from cargo's registry.
fn crate_sources(name: &str) -> Vec<PathBuf> {
    let lock = read("Cargo.lock");
    let versions: Vec<&str> = lock
        .split("[[package]]")
        .filter(|p| p.lines().any(|l| l == format!("name = \"{name}\"")))
        .filter_map(|p| p.lines().find_map(|l| l.strip_prefix("version = ")))
        .map(|v| v.trim_matches('"'))
        .collect();
    assert!(!versions.is_empty(), "{name} is not in Cargo.lock");
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo")))
        .expect("CARGO_HOME or HOME");
    let registries: Vec<PathBuf> = std::fs::read_dir(home.join("registry/src"))
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    versions
        .iter()
        .map(|v| {
            registries
                .iter()
                .map(|r| r.join(format!("{name}-{v}")))
                .find(|p| p.is_dir())
                .unwrap_or_else(|| {
                    panic!("{name} {v}: no source in {}/registry/src", home.display())
                })
        })
        .collect()
}

fn source_text(name: &str, files: &[&str]) -> String {
    let mut text = String::new();
    for dir in crate_sources(name) {
        for file in files {
            let path = dir.join(file);
            let body = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e} (did the crate move it?)", path.display()));
            text.push_str(&body);
        }
    }
    text
}

#[test]
fn the_runtime_library_list_names_every_library_the_window_crates_open() {
    let mut opened = sonames(&source_text(
        "glutin",
        &["src/api/egl/mod.rs", "src/api/glx/mod.rs"],
    ));
    opened.extend(sonames(&source_text(
        "xkbcommon-dl",
        &["src/lib.rs", "src/x11.rs"],
    )));
    // The client side only: the server library is for compositors.
    opened.extend(sonames(&source_text(
        "wayland-sys",
        &["src/client.rs", "src/cursor.rs", "src/egl.rs"],
    )));
    opened.extend(sonames(&source_text(
        "x11rb",
        &["src/xcb_ffi/raw_ffi/ffi.rs"],
    )));
    // winit opens a few of x11-dl's libraries by name: `ffi::Xlib::open()` and so on.
    let display = source_text("winit", &["src/platform_impl/linux/x11/xdisplay.rs"]);
    let x11_dl = crate_sources("x11-dl");
    let opens: Vec<&str> = display
        .split("ffi::")
        .skip(1)
        .filter_map(|s| s.split_once("::open()").map(|(n, _)| n))
        .filter(|n| n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
        .collect();
    assert!(opens.contains(&"Xlib"), "{opens:?}");
    for name in opens {
        let link = format!("x11_link! {{ {name},");
        // Each in the module of its own name (x11-dl's xfixes.rs reuses the name Xlib).
        let file = format!("src/{}.rs", name.to_lowercase());
        let found = x11_dl.iter().find_map(|dir| {
            let text = std::fs::read_to_string(dir.join(&file)).ok()?;
            let line = text.lines().find(|l| l.starts_with(&link))?.to_owned();
            sonames(&line).into_iter().next()
        });
        opened.push(found.unwrap_or_else(|| panic!("x11-dl: no library for {name}")));
    }
    let listed: Vec<String> = runtime_libraries().into_iter().map(|l| l.0).collect();
    for so in opened {
        assert!(
            listed.contains(&so),
            "{so} is opened at run time but not in packaging/runtime-libraries"
        );
    }
}

#[test]
fn the_deb_is_versioned_as_the_app_and_its_entry_starts_the_installed_program() {
    // No Debian revision: the package version is `ruimte --version` and the file name's.
    assert_eq!(deb_field("revision"), "");
    assert_eq!(deb_field("name"), "ambtelijke-ruimte");
    let entry = read(&desktop_file());
    let exec = entry_value(&entry, "Exec").expect("Exec");
    // A bare name is looked up on the PATH: the .deb must put it in /usr/bin.
    let program = exec.split_whitespace().next().unwrap_or_default();
    assert!(!program.contains('/'), "{exec}");
    let manifest = read("Cargo.toml");
    let line = format!("[\"target/release/{program}\", \"usr/bin/\", \"755\"]");
    assert!(
        manifest.contains(&line),
        "Exec={exec}, but the .deb does not install {program} in /usr/bin: {line}"
    );
}

/// Runs a tool and returns its stdout; fails, naming the tool, when it is missing or fails.
fn tool(program: &str, args: &[&str]) -> String {
    let out = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program} is needed: {e}"));
    assert!(
        out.status.success(),
        "{program} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
#[ignore = "needs scripts/package.sh (a release build: minutes)"]
fn the_built_deb_and_tarball_hold_what_the_menu_and_the_window_need() {
    let version = env!("CARGO_PKG_VERSION");
    let deb = root(&format!("dist/ambtelijke-ruimte_{version}_amd64.deb"));
    let deb = deb.to_str().expect("a UTF-8 path");
    let field = |name: &str| tool("dpkg-deb", &["-f", deb, name]).trim().to_owned();
    assert_eq!(field("Package"), "ambtelijke-ruimte");
    assert_eq!(field("Version"), version);
    assert_eq!(field("Architecture"), "amd64");
    let depends = packages(&field("Depends"));
    assert!(depends.contains(&"libc6".to_owned()), "{depends:?}");
    for (so, package) in runtime_libraries() {
        assert!(
            depends.contains(&package),
            "{so}: {package} not in {depends:?}"
        );
    }
    assert!(packages(&field("Recommends")).contains(&"libgl1-mesa-dri".to_owned()));
    let files = tool("dpkg-deb", &["-c", deb]);
    let mut wanted = vec![
        "./usr/bin/ruimte".to_owned(),
        format!("./usr/share/applications/{APP_ID}.desktop"),
        format!("./usr/share/metainfo/{APP_ID}.metainfo.xml"),
        format!("./usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg"),
    ];
    wanted.extend(SIZES.map(|s| format!("./usr/share/icons/hicolor/{s}x{s}/apps/{APP_ID}.png")));
    for path in &wanted {
        assert!(
            files.lines().any(|l| l.ends_with(path.as_str())),
            "{path} not in the .deb"
        );
    }
    let tarball = root(&format!(
        "dist/ambtelijke-ruimte-{version}-x86_64-linux.tar.gz"
    ));
    let listing = tool("tar", &["-tzf", tarball.to_str().expect("a UTF-8 path")]);
    let dir = format!("ambtelijke-ruimte-{version}");
    for name in ["ruimte", "install.sh", "README.md"] {
        assert!(
            listing.lines().any(|l| l == format!("{dir}/{name}")),
            "{name} not in the tarball"
        );
    }
}
