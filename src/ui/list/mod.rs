//! The list of events: newest or oldest first, windowed when long, with the export menu.

mod event_list;
mod event_row;
mod export_menu;
mod list_order;
mod list_window;

pub use event_list::EventList;
