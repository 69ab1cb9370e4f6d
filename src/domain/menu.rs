//! A menu button from the keyboard, as the WAI-ARIA menu button pattern has it: which item a
//! key opens the menu on, and where focus goes for a key pressed inside the open menu. The
//! component (`ui/widgets/menu_button.rs`) only applies the answer; what the items do is not
//! known here.

/// Where the focus goes for a key pressed inside an open menu.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MenuMove {
    /// Focus this item (its position among the items).
    Focus(usize),
    /// Close the menu and give the focus back to its button (Escape).
    CloseToButton,
    /// Close the menu and let the focus go where the key takes it (Tab).
    Close,
}

/// Which item the menu opens on for a key pressed on its button; `None`: the key does not
/// open it (a click does, on the first item).
pub fn opening_item(key: &str, n_items: usize) -> Option<usize> {
    match key {
        "Enter" | " " | "ArrowDown" => Some(0),
        "ArrowUp" => Some(n_items.saturating_sub(1)),
        _ => None,
    }
}

/// The move for `key` pressed while item `focused` of `n_items` has the focus; `None` for
/// keys the menu leaves alone (Enter and Space activate the item itself). Arrows wrap around.
pub fn menu_move(key: &str, focused: usize, n_items: usize) -> Option<MenuMove> {
    if n_items == 0 {
        return matches!(key, "Escape").then_some(MenuMove::CloseToButton);
    }
    let last = n_items - 1;
    match key {
        "ArrowDown" => Some(MenuMove::Focus(if focused >= last {
            0
        } else {
            focused + 1
        })),
        "ArrowUp" => Some(MenuMove::Focus(if focused == 0 || focused > last {
            last
        } else {
            focused - 1
        })),
        "Home" | "PageUp" => Some(MenuMove::Focus(0)),
        "End" | "PageDown" => Some(MenuMove::Focus(last)),
        "Escape" => Some(MenuMove::CloseToButton),
        "Tab" => Some(MenuMove::Close),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enter_space_and_down_open_on_the_first_item_up_on_the_last() {
        for key in ["Enter", " ", "ArrowDown"] {
            assert_eq!(opening_item(key, 3), Some(0), "{key}");
        }
        assert_eq!(opening_item("ArrowUp", 3), Some(2));
        assert_eq!(opening_item("a", 3), None);
        assert_eq!(opening_item("Escape", 3), None);
    }

    #[test]
    fn arrows_move_and_wrap_home_and_end_jump() {
        assert_eq!(menu_move("ArrowDown", 0, 3), Some(MenuMove::Focus(1)));
        assert_eq!(menu_move("ArrowDown", 2, 3), Some(MenuMove::Focus(0)));
        assert_eq!(menu_move("ArrowUp", 1, 3), Some(MenuMove::Focus(0)));
        assert_eq!(menu_move("ArrowUp", 0, 3), Some(MenuMove::Focus(2)));
        assert_eq!(menu_move("Home", 2, 3), Some(MenuMove::Focus(0)));
        assert_eq!(menu_move("End", 0, 3), Some(MenuMove::Focus(2)));
        // A menu of one keeps its item.
        assert_eq!(menu_move("ArrowDown", 0, 1), Some(MenuMove::Focus(0)));
    }

    #[test]
    fn escape_returns_to_the_button_tab_just_closes_other_keys_pass() {
        assert_eq!(menu_move("Escape", 1, 3), Some(MenuMove::CloseToButton));
        assert_eq!(menu_move("Tab", 1, 3), Some(MenuMove::Close));
        assert_eq!(menu_move("Enter", 1, 3), None);
        assert_eq!(menu_move(" ", 1, 3), None);
        assert_eq!(menu_move("Escape", 0, 0), Some(MenuMove::CloseToButton));
        assert_eq!(menu_move("ArrowDown", 0, 0), None);
    }
}
