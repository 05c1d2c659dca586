//! Windows over the screen: help, the palette, a long choice's picker, one session, a question,
//! an import's preview.
//! Which one is drawn is decided by `App::keyboard_owner`, like the keys they take.

pub mod confirm;
pub mod forget;
pub mod help;
pub mod import_preview;
pub mod palette;
pub mod picker;
pub mod session;

use ratatui::layout::Rect;

/// A window of this size in the middle of `area` (smaller if `area` is).
pub fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}
