//! The window icon, drawn in code: three bars in the boards' colours, each with a marker, the
//! six-boards figure in miniature. No image file to load or keep in sync.

use std::sync::Arc;

use egui::{Color32, IconData};

use super::theme;
use crate::content::Board;

const SIZE: usize = 64;

/// The icon as RGBA pixels.
pub fn icon() -> Arc<IconData> {
    let mut rgba = vec![0u8; SIZE * SIZE * 4];
    let background = Color32::from_rgb(0xf4, 0xf1, 0xea);
    let ink = Color32::from_rgb(0x1f, 0x2a, 0x38);
    let markers = [0.3f32, 0.7, 0.5];
    for y in 0..SIZE {
        for x in 0..SIZE {
            let (fx, fy) = (x as f32 + 0.5, y as f32 + 0.5);
            let mut colour = None;
            if inside_rounded(fx, fy, 2.0, 62.0, 12.0) {
                colour = Some(background);
            }
            for (row, board) in Board::ALL.into_iter().enumerate() {
                let top = 12.0 + row as f32 * 15.0;
                if (8.0..56.0).contains(&fx) && (top..top + 10.0).contains(&fy) {
                    colour = Some(theme::board(board));
                }
                let cx = 8.0 + markers[row] * 48.0;
                let cy = top + 5.0;
                let d2 = (fx - cx).powi(2) + (fy - cy).powi(2);
                if d2 <= 16.0 {
                    colour = Some(if d2 <= 9.0 { ink } else { background });
                }
            }
            if let Some(c) = colour {
                let i = (y * SIZE + x) * 4;
                rgba[i..i + 4].copy_from_slice(&[c.r(), c.g(), c.b(), 255]);
            }
        }
    }
    Arc::new(IconData {
        rgba,
        width: SIZE as u32,
        height: SIZE as u32,
    })
}

fn inside_rounded(x: f32, y: f32, min: f32, max: f32, r: f32) -> bool {
    let cx = x.clamp(min + r, max - r);
    let cy = y.clamp(min + r, max - r);
    (x - cx).powi(2) + (y - cy).powi(2) <= r * r
        && (min..=max).contains(&x)
        && (min..=max).contains(&y)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn icon_is_square_with_transparent_corners_and_coloured_bars() {
        let icon = icon();
        assert_eq!(
            (icon.width, icon.height, icon.rgba.len()),
            (64, 64, 64 * 64 * 4)
        );
        assert_eq!(icon.rgba[3], 0, "top-left corner is transparent");
        let px = |x: usize, y: usize| &icon.rgba[(y * SIZE + x) * 4..(y * SIZE + x) * 4 + 3];
        let blue = theme::board(Board::Political);
        assert_eq!(px(50, 16), &[blue.r(), blue.g(), blue.b()]);
    }
}
