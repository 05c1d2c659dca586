//! List movement shared by every list on the screen: which keys move a cursor and by how
//! much, and a cursor kept on the rows there are.

use super::Action;

/// Rows moved by PageUp/PageDown.
const PAGE: isize = 10;

/// How far a movement action moves a cursor in any list; None for every other action.
pub fn movement(action: Action) -> Option<isize> {
    Some(match action {
        Action::Up => -1,
        Action::Down => 1,
        Action::PageUp => -PAGE,
        Action::PageDown => PAGE,
        // Far enough to reach either end of any list, without overflowing when added.
        Action::Top => isize::MIN / 2,
        Action::Bottom => isize::MAX / 2,
        _ => return None,
    })
}

/// A cursor moved by `delta`, kept on one of `len` rows.
pub fn moved(current: usize, delta: isize, len: usize) -> usize {
    (current as isize)
        .saturating_add(delta)
        .clamp(0, len.saturating_sub(1) as isize) as usize
}
