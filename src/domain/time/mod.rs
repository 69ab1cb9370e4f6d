//! Time for the timeline: the visible span and its zoom, tick marks that adapt from decades
//! to days, rows that keep marks from overlapping, and counts per bin when marks crowd.
//! Pure: no web APIs. Days are day numbers (days since 1970-01-01).

pub mod axis;
pub mod bins;
pub mod brush;
pub mod mark_kind;
pub mod play;
pub mod rows;
pub mod scale;
pub mod ticks;
