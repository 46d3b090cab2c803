//! The recovery code on one sheet: the code large, in a face where 0 and O differ, the date
//! it was made, what it is for, and that the paper is as secret as the passphrase.

use super::ReportError;
use super::draw::{Meta, Op, render};
use super::fonts::{Face, Fonts};
use super::layout::{Flow, HEADING, INK, MARGIN, Style, WIDTH};
use super::words::{W, fill};
use crate::content::Lang;
use crate::journal::Date;

/// The code's size on paper.
const CODE_SIZE: f32 = 20.0;

/// Lays out and renders the recovery sheet. The bytes hold the code: write them only where the
/// user asked.
pub fn recovery_sheet_pdf(code: &str, made: Date, lang: Lang) -> Result<Vec<u8>, ReportError> {
    let fonts = Fonts::load()?;
    let mut flow = Flow::new(&fonts);
    flow.heading(W::RecoveryTitle.get(lang), 1);
    flow.paragraph(
        &fill(W::RecoveryMade.get(lang), &[&made.to_string()]),
        Style::BODY,
    );
    flow.gap(10.0);
    let style = Style {
        size: CODE_SIZE,
        colour: INK,
        face: Face::Mono,
        indent: 18.0,
    };
    let lines = flow.wrap(code, style, WIDTH - 36.0);
    let height = lines.len() as f32 * CODE_SIZE * 1.4 + 20.0;
    flow.push(Op::Rect {
        at: [MARGIN, flow.y, WIDTH, height],
        fill: None,
        stroke: Some((HEADING, 1.5)),
    });
    let bottom = flow.y + height;
    flow.gap(10.0);
    flow.paragraph(code, style);
    flow.y = bottom + 16.0;
    flow.paragraph(W::RecoveryWhat.get(lang), Style::BODY);
    // The warning stands out: this sheet opens the vault.
    let warning = Style {
        size: 12.0,
        colour: HEADING,
        ..Style::BODY
    };
    flow.paragraph(W::RecoverySecret.get(lang), warning);
    flow.paragraph(W::RecoveryReplaced.get(lang), Style::BODY);
    let pages = flow.finish(lang);
    render(
        &pages,
        &fonts,
        &Meta {
            title: W::RecoveryTitle.get(lang).to_owned(),
            lang,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sheet_is_one_page_with_the_code() {
        let code = "ABCDE-FGH0J-KMNPQ-RSTVW-XYZ12-34567";
        let pdf = recovery_sheet_pdf(code, Date::from_days(20_000), Lang::Nl).expect("pdf");
        assert!(pdf.starts_with(b"%PDF-"));
        assert!(
            pdf.windows(b"/Count 1".len()).any(|w| w == b"/Count 1"),
            "one page"
        );
        if let Ok(dir) = std::env::var("LOOK_DIR") {
            std::fs::write(format!("{dir}/sheet.pdf"), &pdf).expect("look");
        }
    }
}
