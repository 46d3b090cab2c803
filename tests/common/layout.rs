//! The layout checker: reads the AccessKit tree of a harness and lists what a person at this
//! text size would meet: controls or texts drawn over one another, controls that no scrolling
//! brings into the window, and words broken in the middle.
//!
//! How: every control and text node's box is clipped to where it can be seen: the window, the
//! boxes of the nodes around it, and the viewport of each scroll area it sits in (egui gives
//! a scroll area no node, but its scroll bar has one, as long as the viewport). Two leaves (never
//! a node and its parent) whose seen boxes share more than a point overlap. A control out of
//! view is scrolled to through AccessKit, as a screen reader does; one still out of view after
//! that is out of reach. While a modal dialog shows, only what is in it is checked. A word is
//! broken when a line ends and the next begins inside one run of letters and digits (runs
//! longer than any word, such as keys and hashes, may break).
//!
//! What it does not catch: text painted straight onto a figure (it has no node), words broken
//! inside a button or a non-selectable label (egui gives only selectable labels and text fields
//! their lines, as `TextRun` nodes), and frames or fills without a node.

use std::collections::{BTreeSet, HashSet};

use ambtelijke_ruimte::ui::{App, SettingsCmd};
use egui::{Rect, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{AccessKitNode, NodeT};

/// The text sizes the settings offer, from the smallest to the largest.
pub const SIZES: [f32; 6] = [0.8, 1.0, 1.25, 1.5, 1.75, 2.0];

/// The smallest window the app is made for.
pub const WINDOW: [f32; 2] = [1024.0, 700.0];

/// The app in the smallest window, on `screen`, with `session` unlocked if given.
pub fn small_window(
    root: &std::path::Path,
    session: Option<ambtelijke_ruimte::session::Session>,
    screen: ambtelijke_ruimte::ui::Screen,
) -> Harness<'static, App> {
    super::harness_sized(root, session, Some(screen), WINDOW, 0.25)
}

/// How far two boxes may touch (egui lays widgets edge to edge) before they overlap.
const TOUCH: f32 = 1.0;

/// One control or text in the tree, as drawn this frame.
#[derive(Debug, Clone)]
struct Item {
    key: String,
    role: Role,
    name: String,
    /// Its whole box.
    rect: Rect,
    /// The part of it inside every ancestor's box and the window: where it can be seen.
    seen: Rect,
    interactive: bool,
    ancestors: Vec<String>,
    /// Inside a modal dialog or a popup, which covers the page while it shows.
    in_dialog: bool,
    /// The rows of a wrapped text, as egui laid them out.
    rows: Vec<String>,
}

fn interactive(role: Role) -> bool {
    matches!(
        role,
        Role::Button
            | Role::DefaultButton
            | Role::Link
            | Role::TextInput
            | Role::MultilineTextInput
            | Role::PasswordInput
            | Role::SearchInput
            | Role::CheckBox
            | Role::RadioButton
            | Role::ComboBox
            | Role::Slider
            | Role::SpinButton
            | Role::Switch
            | Role::Tab
            | Role::MenuItem
    )
}

fn rect_of(node: &AccessKitNode<'_>, ppp: f32) -> Option<Rect> {
    let r = node.bounding_box()?;
    Some(Rect::from_min_max(
        egui::pos2(r.x0 as f32 / ppp, r.y0 as f32 / ppp),
        egui::pos2(r.x1 as f32 / ppp, r.y1 as f32 / ppp),
    ))
}

/// The rows of a text node: its `TextRun` children, the chunks of one row joined.
fn rows_of(node: &AccessKitNode<'_>) -> Vec<String> {
    let mut rows: Vec<(f64, String)> = Vec::new();
    for run in node.children().filter(|c| c.role() == Role::TextRun) {
        let top = run.bounding_box().map_or(0.0, |b| b.y0);
        let text = run.value().unwrap_or_default();
        match rows.last_mut() {
            Some((t, row)) if (*t - top).abs() < 0.5 => row.push_str(&text),
            _ => rows.push((top, text)),
        }
    }
    rows.into_iter().map(|(_, r)| r).collect()
}

fn walk(
    node: AccessKitNode<'_>,
    clip: Rect,
    ancestors: &mut Vec<String>,
    in_dialog: bool,
    ppp: f32,
    out: &mut Vec<Item>,
) {
    if node.is_hidden() {
        return;
    }
    let role = node.role();
    let rect = rect_of(&node, ppp);
    let here = rect.map_or(clip, |r| r.intersect(clip));
    let key = format!("{:?}", node.id());
    if let Some(rect) = rect
        && (interactive(role) || role == Role::Label)
    {
        out.push(Item {
            key: key.clone(),
            role,
            name: node.label().or_else(|| node.value()).unwrap_or_default(),
            rect,
            seen: here,
            interactive: interactive(role),
            ancestors: ancestors.clone(),
            in_dialog,
            rows: rows_of(&node),
        });
    }
    // A scroll area's rows that are scrolled away keep their boxes: the clip hides them.
    let child_clip = if rect.is_some() { here } else { clip };
    let dialog = in_dialog || role == Role::Dialog;
    // The viewport of a scroll area has no node of its own (nor has any `Ui`: containers carry
    // no box). Its scroll bars do: they follow the content's node, as long as the viewport.
    let children: Vec<AccessKitNode<'_>> = node.children().collect();
    ancestors.push(key);
    for (n, child) in children.iter().enumerate() {
        let mut clip = child_clip;
        if child.role() != Role::ScrollBar {
            let bars = children[n + 1..]
                .iter()
                .take_while(|c| c.role() == Role::ScrollBar)
                .filter_map(|c| rect_of(c, ppp));
            for bar in bars {
                if bar.height() > bar.width() {
                    clip.min.y = clip.min.y.max(bar.top());
                    clip.max.y = clip.max.y.min(bar.bottom());
                } else {
                    clip.min.x = clip.min.x.max(bar.left());
                    clip.max.x = clip.max.x.min(bar.right());
                }
            }
        }
        walk(*child, clip, ancestors, dialog, ppp, out);
    }
    ancestors.pop();
}

fn snapshot(h: &Harness<'_, App>) -> Vec<Item> {
    let window = h.ctx.content_rect();
    let ppp = h.ctx.pixels_per_point();
    let mut items = Vec::new();
    walk(
        h.root().accesskit_node(),
        window,
        &mut Vec::new(),
        false,
        ppp,
        &mut items,
    );
    // A modal dialog covers the page: only what is in it can be met.
    if items.iter().any(|i| i.in_dialog) {
        items.retain(|i| i.in_dialog);
    }
    items
}

fn visible(i: &Item) -> bool {
    i.seen.width() > 0.0 && i.seen.height() > 0.0
}

/// Whether a person can reach the control as it is now: whole across, and down either whole
/// or as much of it as the window can show.
fn in_view(i: &Item, window: Rect) -> bool {
    let across = i.seen.width() >= i.rect.width() - TOUCH;
    let down = i.seen.height() >= i.rect.height().min(window.height() * 0.5) - TOUCH;
    visible(i) && across && down
}

fn overlaps(items: &[Item], what: &str, out: &mut BTreeSet<String>) {
    let shown: Vec<&Item> = items.iter().filter(|i| visible(i)).collect();
    for (n, a) in shown.iter().enumerate() {
        for b in &shown[n + 1..] {
            if a.ancestors.contains(&b.key) || b.ancestors.contains(&a.key) {
                continue;
            }
            let both = a.seen.intersect(b.seen);
            if both.width() > TOUCH && both.height() > TOUCH {
                out.insert(format!(
                    "{what}: {:?} {:?} overlaps {:?} {:?} by {:.0}×{:.0}",
                    a.role,
                    short(&a.name),
                    b.role,
                    short(&b.name),
                    both.width(),
                    both.height()
                ));
            }
        }
    }
}

/// Longer runs of letters and digits than this are codes, keys or hashes, not words: they
/// may break where the line ends.
const LONGEST_WORD: usize = 24;

fn broken_words(items: &[Item], what: &str, out: &mut BTreeSet<String>) {
    let word = |c: &char| c.is_alphanumeric();
    for i in items {
        for pair in i.rows.windows(2) {
            // The run of letters and digits the line break falls in (a hyphen or a space is
            // a fair place to break; inside a group of a code is not).
            let tail: String = pair[0].chars().rev().take_while(word).collect();
            let head: String = pair[1].chars().take_while(word).collect();
            let run = tail.chars().count() + head.chars().count();
            if !tail.is_empty() && !head.is_empty() && run <= LONGEST_WORD {
                out.insert(format!(
                    "{what}: {:?} breaks a word: {:?} | {:?}",
                    short(&i.name),
                    pair[0],
                    pair[1]
                ));
            }
        }
    }
}

fn short(s: &str) -> String {
    let s: String = s.chars().take(48).collect();
    s.replace('\n', " ")
}

/// What is wrong with the layout on show, as sentences naming `what`: overlaps and broken
/// words in every position the page scrolls to, and controls out of reach. Scrolls the page
/// (through AccessKit, as a screen reader does) to every control not yet in view.
pub fn problems(h: &mut Harness<'_, App>, what: &str) -> Vec<String> {
    let window = h.ctx.content_rect();
    let mut out = BTreeSet::new();
    let mut items = snapshot(h);
    let mut pending: Vec<(String, String)> = Vec::new();
    for i in items.iter().filter(|i| i.interactive) {
        if i.rect.left() < window.left() - TOUCH || i.rect.right() > window.right() + TOUCH {
            out.insert(format!(
                "{what}: {:?} {:?} sticks out of the window across: {:?}",
                i.role,
                short(&i.name),
                i.rect
            ));
        } else if !in_view(i, window) {
            pending.push((i.key.clone(), format!("{:?} {:?}", i.role, short(&i.name))));
        }
    }
    let mut tried = HashSet::new();
    loop {
        overlaps(&items, what, &mut out);
        broken_words(&items, what, &mut out);
        pending.retain(|(key, _)| items.iter().any(|i| &i.key == key && !in_view(i, window)));
        let Some((key, name)) = pending.iter().find(|(k, _)| !tried.contains(k)).cloned() else {
            break;
        };
        tried.insert(key.clone());
        let node = h
            .root()
            .children_recursive()
            .find(|n| format!("{:?}", n.accesskit_node().id()) == key);
        if let Some(node) = node {
            node.scroll_to_me();
        }
        // The request is read in one frame, the area scrolls in the next, and the tree shows
        // it in the third.
        h.run_steps(3);
        items = snapshot(h);
        if let Some(i) = items.iter().find(|i| i.key == key && !in_view(i, window)) {
            out.insert(format!(
                "{what}: {name} cannot be scrolled into view: {:?} seen {:?}",
                i.rect, i.seen
            ));
        }
    }
    out.into_iter().collect()
}

/// Checks the state on show at every text size in [`SIZES`], returning every problem found.
pub fn problems_at_every_size(h: &mut Harness<'_, App>, what: &str) -> Vec<String> {
    let mut all = Vec::new();
    for scale in SIZES {
        h.state_mut().push(SettingsCmd::SetTextScale(scale));
        h.run();
        all.extend(problems(h, &format!("{what} at {scale}")));
    }
    all
}
